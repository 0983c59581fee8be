package org.htaworkbench.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.AnalysisType;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.stats.Measure;

/**
 * Meta-analysis of single proportions: each selected {@link ArmCountResult} is one row {@code xi, ni}
 * (events, total). Default measure PLO (logit), back-transformed to a proportion.
 */
public class ProportionAnalysis implements AnalysisType {

    public static final String ID = "org.htaworkbench.analysis.proportion";

    @Override
    public List<Measure> measures() {
        return List.of(Measure.PLO, Measure.PR, Measure.PAS, Measure.PFT);
    }

    @Override
    public boolean accepts(Result result) {
        return result instanceof ArmCountResult;
    }

    @Override
    public AnalysisInput prepare(AnalysisDefinition definition, List<Result> results) {
        int k = results.size();
        double[] xi = new double[k], ni = new double[k];
        String[] labels = new String[k];
        List<String> sources = new ArrayList<>();
        Map<Study, Integer> perStudy = new HashMap<>();
        results.forEach(r -> perStudy.merge(r.getStudy(), 1, Integer::sum));
        for (int i = 0; i < k; i++) {
            ArmCountResult r = (ArmCountResult) results.get(i);
            xi[i] = ModelValues.value(r, "events", r.getEvents());
            ni[i] = ModelValues.value(r, "total", r.getTotal());
            String label = Analyses.studyLabel(r.getStudy());
            if (perStudy.get(r.getStudy()) > 1) {
                label += " (" + (r.getArm() != null && r.getArm().getLabel() != null ? r.getArm().getLabel() : r.getId()) + ")";
            }
            labels[i] = label;
            sources.add(r.getId());
        }
        return new AnalysisInput(AnalysisInput.Layout.PROPORTIONS, labels, Map.of("xi", xi, "ni", ni),
                StudyCovariates.ofResults(results), sources);
    }
}
