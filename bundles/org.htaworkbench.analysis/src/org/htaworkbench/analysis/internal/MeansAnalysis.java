package org.htaworkbench.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.AnalysisType;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.StatisticKind;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.SummaryStatisticResult;
import org.htaworkbench.stats.Measure;

/**
 * Two-group meta-analysis of means: two {@link SummaryStatisticResult}s (statistic MEAN, with a standard deviation)
 * of a study make one row {@code m1i, sd1i, n1i, m2i, sd2i, n2i}. The group size is the result's own total, else its
 * arm's n. The experimental group is the INTERVENTION arm; when the arm kinds do not say, the first selected result.
 * A study reported in several subgroups gives one row per subgroup.
 */
public class MeansAnalysis implements AnalysisType {

    public static final String ID = "org.htaworkbench.analysis.means";

    @Override
    public List<Measure> measures() {
        return List.of(Measure.MD, Measure.SMD);
    }

    @Override
    public boolean accepts(Result result) {
        return result instanceof SummaryStatisticResult s && s.getStatistic() == StatisticKind.MEAN
                && s.getStandardDeviation() != null;
    }

    @Override
    public AnalysisInput prepare(AnalysisDefinition definition, List<Result> results) {
        Map<List<Object>, List<SummaryStatisticResult>> byStudy = new LinkedHashMap<>();
        for (Result r : results) {
            byStudy.computeIfAbsent(Arrays.asList(r.getStudy(), PairwiseCountsAnalysis.subgroup(r)),
                    s -> new ArrayList<>()).add((SummaryStatisticResult) r);
        }
        int k = byStudy.size();
        double[] m1 = new double[k], sd1 = new double[k], n1 = new double[k];
        double[] m2 = new double[k], sd2 = new double[k], n2 = new double[k];
        String[] labels = new String[k];
        List<String> sources = new ArrayList<>();
        List<Result> rowResults = new ArrayList<>();
        int i = 0;
        for (Map.Entry<List<Object>, List<SummaryStatisticResult>> e : byStudy.entrySet()) {
            List<SummaryStatisticResult> groups = e.getValue();
            String label = Analyses.studyLabel((Study) e.getKey().get(0));
            if (groups.size() != 2) {
                throw new AnalysisException("study " + label + ": select exactly two group means, not " + groups.size()
                        + " " + groups.stream().map(Result::getId).toList(), groups.get(0).getId(), null);
            }
            SummaryStatisticResult exp = groups.get(0), cmp = groups.get(1);
            if (kind(cmp) == ArmKind.INTERVENTION && kind(exp) == ArmKind.COMPARATOR) {
                exp = groups.get(1);
                cmp = groups.get(0);
            }
            m1[i] = ModelValues.value(exp, "mean", exp.getValue());
            sd1[i] = ModelValues.value(exp, "standard deviation", exp.getStandardDeviation());
            n1[i] = ModelValues.value(exp, "number of participants", total(exp));
            m2[i] = ModelValues.value(cmp, "mean", cmp.getValue());
            sd2[i] = ModelValues.value(cmp, "standard deviation", cmp.getStandardDeviation());
            n2[i] = ModelValues.value(cmp, "number of participants", total(cmp));
            labels[i] = label;
            sources.add(exp.getId() + "," + cmp.getId());
            rowResults.add(exp);
            i++;
        }
        return new AnalysisInput(AnalysisInput.Layout.MEANS, labels,
                Map.of("m1i", m1, "sd1i", sd1, "n1i", n1, "m2i", m2, "sd2i", sd2, "n2i", n2),
                StudyCovariates.ofResults(rowResults), sources);
    }

    private static ReportedValue total(SummaryStatisticResult r) {
        if (r.getTotal() != null) {
            return r.getTotal();
        }
        return r.getArm() == null ? null : r.getArm().getN();
    }

    private static ArmKind kind(SummaryStatisticResult r) {
        return r.getArm() == null ? null : r.getArm().getKind();
    }
}
