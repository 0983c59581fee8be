package org.htaworkbench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.htaworkbench.stats.internal.Dist;

/** Leave-one-out, cumulative and subgroup analyses (metafor {@code leave1out}, {@code cumul}, subgroup fits). */
public final class Sensitivity {
    private Sensitivity() {
    }

    /** {@code leave1out(res)}: one refit per omitted study, in data order. Needs k &gt;= 2. */
    public static List<SummaryRow> leaveOneOut(EffectSizeData data, ModelOptions options) {
        int k = data.k();
        if (k < 2) {
            throw InvalidStudyDataException.ofDataset("k", "leave-one-out needs k >= 2");
        }
        String[] labels = data.labels();
        List<SummaryRow> rows = new ArrayList<>(k);
        int[] idx = new int[k - 1];
        for (int omit = 0; omit < k; omit++) {
            for (int i = 0, j = 0; i < k; i++) {
                if (i != omit) {
                    idx[j++] = i;
                }
            }
            rows.add(SummaryRow.of(labels[omit], MetaAnalysis.fit(data.subset(idx), options)));
        }
        return rows;
    }

    /**
     * {@code cumul(res, order=...)}: studies are added in the given order (0-based positions, a
     * permutation of 0..k-1); row i is the fit to the first i+1 studies and is labelled with the study added.
     */
    public static List<SummaryRow> cumulative(EffectSizeData data, ModelOptions options, int[] order) {
        int k = data.k();
        if (order == null || order.length != k) {
            throw InvalidStudyDataException.ofDataset("order", "order must list each of the " + k + " studies once");
        }
        boolean[] seen = new boolean[k];
        for (int o : order) {
            if (o < 0 || o >= k || seen[o]) {
                throw InvalidStudyDataException.ofDataset("order", "order is not a permutation of 0.." + (k - 1));
            }
            seen[o] = true;
        }
        String[] labels = data.labels();
        List<SummaryRow> rows = new ArrayList<>(k);
        for (int n = 1; n <= k; n++) {
            rows.add(SummaryRow.of(labels[order[n - 1]], MetaAnalysis.fit(data.subset(Arrays.copyOf(order, n)), options)));
        }
        return rows;
    }

    /** Positions sorted by a key, ties kept in data order (as R's {@code order()}). */
    public static int[] orderBy(double[] key) {
        Integer[] idx = new Integer[key.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> key[i])); // stable
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Subgroups with separate tau²: the model is fitted within each level of {@code group} (one label per
     * study), Q-between is the Q of a common-effect meta-analysis of the subgroup estimates with their SEs.
     */
    public static SubgroupResult subgroups(EffectSizeData data, String[] group, ModelOptions options) {
        int k = data.k();
        if (group == null || group.length != k) {
            throw InvalidStudyDataException.ofDataset("group", "need one subgroup label per study (" + k + ")");
        }
        Map<String, List<Integer>> members = new TreeMap<>(); // R sorts factor levels
        for (int i = 0; i < k; i++) {
            if (group[i] == null) {
                throw new InvalidStudyDataException(i, data.labels()[i], "group", "missing subgroup label");
            }
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        if (members.size() < 2) {
            throw InvalidStudyDataException.ofDataset("group", "need at least 2 subgroups");
        }
        Map<String, RmaResult> fits = new LinkedHashMap<>();
        double[] est = new double[members.size()];
        double[] var = new double[members.size()];
        int g = 0;
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            RmaResult r = MetaAnalysis.fit(data.subset(e.getValue().stream().mapToInt(Integer::intValue).toArray()),
                    options);
            fits.put(e.getKey(), r);
            est[g] = r.estimate();
            var[g] = r.se() * r.se();
            g++;
        }
        RmaResult between = MetaAnalysis.fit(est, var, ModelOptions.of(Method.FE));
        int df = members.size() - 1;
        return new SubgroupResult(fits, between.q(), df, Dist.pchisqUpper(between.q(), df));
    }
}
