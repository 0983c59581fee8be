package com.example.hta.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.AnalysisType;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.StandardNormal;

/**
 * Meta-analysis of reported mean differences: {@code EffectEstimateResult}s with measure MD and a confidence interval,
 * pooled on the raw scale with {@code sei = (upper - lower) / (2 z)}. The estimator, test and level come from the
 * analysis definition; the default {@code analyse} runs the product's engine.
 */
public class MeanDifferenceAnalysis implements AnalysisType {
    public List<Measure> measures() { return List.of(Measure.GEN); }
    public boolean accepts(Result r) {
        return r instanceof EffectEstimateResult e && e.getMeasure() == EffectMeasure.MD && e.getInterval() != null;
    }
    public AnalysisInput prepare(AnalysisDefinition definition, List<Result> results) {
        int k = results.size();
        double[] yi = new double[k], sei = new double[k];
        String[] labels = new String[k];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            EffectEstimateResult r = (EffectEstimateResult) results.get(i);
            Interval ci = r.getInterval();
            if (r.getEstimate() == null || r.getEstimate().getValue() == null || ci.getLower() == null
                    || ci.getLower().getValue() == null || ci.getUpper() == null || ci.getUpper().getValue() == null) {
                throw new AnalysisException("result '" + r.getId() + "' has no estimate or no interval limits", r.getId(), null);
            }
            double z = StandardNormal.criticalValue(ci.getLevel() == null ? 95 : ci.getLevel());
            yi[i] = r.getEstimate().getValue();
            sei[i] = (ci.getUpper().getValue() - ci.getLower().getValue()) / (2 * z);
            labels[i] = Analyses.studyLabel(r.getStudy());
            sources.add(r.getId());
        }
        return new AnalysisInput(AnalysisInput.Layout.GENERIC_SEI, labels, Map.of("yi", yi, "sei", sei), Map.of(), sources);
    }
}
