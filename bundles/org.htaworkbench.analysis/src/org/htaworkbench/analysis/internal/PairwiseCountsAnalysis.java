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
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.stats.Measure;

/**
 * Pairwise meta-analysis of arm counts: two {@link ArmCountResult}s of a study (events/total per arm) make one 2x2
 * table {@code ai, n1i, ci, n2i}. The experimental arm is the INTERVENTION arm and the comparator the COMPARATOR
 * arm; when the arm kinds do not say, the first selected result is the experimental arm.
 */
public class PairwiseCountsAnalysis implements AnalysisType {

    public static final String ID = "org.htaworkbench.analysis.pairwise";

    @Override
    public List<Measure> measures() {
        return List.of(Measure.RR, Measure.OR, Measure.RD, Measure.PETO);
    }

    @Override
    public boolean accepts(Result result) {
        return result instanceof ArmCountResult;
    }

    @Override
    public AnalysisInput prepare(AnalysisDefinition definition, List<Result> results) {
        // a study reported in two subgroups (RevMan splits some studies so) gives one table per subgroup
        Map<List<Object>, List<ArmCountResult>> byStudy = new LinkedHashMap<>();
        for (Result r : results) {
            byStudy.computeIfAbsent(Arrays.asList(r.getStudy(), subgroup(r)), s -> new ArrayList<>())
                    .add((ArmCountResult) r);
        }
        int k = byStudy.size();
        double[] ai = new double[k], n1i = new double[k], ci = new double[k], n2i = new double[k];
        String[] labels = new String[k];
        List<String> sources = new ArrayList<>();
        List<Result> rowResults = new ArrayList<>();
        int i = 0;
        for (Map.Entry<List<Object>, List<ArmCountResult>> e : byStudy.entrySet()) {
            List<ArmCountResult> arms = e.getValue();
            rowResults.add(arms.get(0));
            String label = Analyses.studyLabel((Study) e.getKey().get(0));
            if (arms.size() != 2) {
                throw new AnalysisException("study " + label + ": select exactly two arm results for a 2x2 table, not "
                        + arms.size() + " " + arms.stream().map(Result::getId).toList(), arms.get(0).getId(), null);
            }
            ArmCountResult exp = arms.get(0), cmp = arms.get(1);
            if (kind(cmp) == ArmKind.INTERVENTION && kind(exp) == ArmKind.COMPARATOR) {
                exp = arms.get(1);
                cmp = arms.get(0);
            }
            ai[i] = ModelValues.value(exp, "events", exp.getEvents());
            n1i[i] = ModelValues.value(exp, "total", exp.getTotal());
            ci[i] = ModelValues.value(cmp, "events", cmp.getEvents());
            n2i[i] = ModelValues.value(cmp, "total", cmp.getTotal());
            labels[i] = label;
            sources.add(exp.getId() + "," + cmp.getId());
            i++;
        }
        return new AnalysisInput(AnalysisInput.Layout.TOTALS, labels, Map.of("ai", ai, "n1i", n1i, "ci", ci, "n2i", n2i),
                StudyCovariates.ofResults(rowResults), sources);
    }

    static String subgroup(Result r) {
        return r.getSubgroup() == null ? "" : r.getSubgroup();
    }

    private static ArmKind kind(ArmCountResult r) {
        return r.getArm() == null ? null : r.getArm().getKind();
    }
}
