package org.htaworkbench.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.AnalysisType;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.StandardNormal;

/**
 * Generic inverse-variance meta-analysis of reported estimates with a confidence interval
 * ({@link EffectEstimateResult}). Ratio measures (RR, OR, HR) are analysed on the log scale with
 * {@code sei = (log ub - log lb) / (2 z)} (measure GEN_LOG, back-transformed with exp); difference measures (MD, SMD,
 * RD) on the raw scale with {@code sei = (ub - lb) / (2 z)} (GEN); z from each interval's level (95 when unset).
 * Ratio and difference measures cannot be mixed in one analysis.
 */
public class GenericEstimateAnalysis implements AnalysisType {

    public static final String ID = "org.htaworkbench.analysis.generic";

    private static final Set<EffectMeasure> RATIOS = Set.of(EffectMeasure.RR, EffectMeasure.OR, EffectMeasure.HR);
    private static final Set<EffectMeasure> DIFFERENCES = Set.of(EffectMeasure.MD, EffectMeasure.SMD, EffectMeasure.RD);

    @Override
    public List<Measure> measures() {
        return List.of(Measure.GEN_LOG, Measure.GEN);
    }

    @Override
    public Measure defaultMeasure(AnalysisInput input) {
        String[] ratio = input.covariate("ratio");
        return ratio != null && ratio.length > 0 && ratio[0].equals("true") ? Measure.GEN_LOG : Measure.GEN;
    }

    @Override
    public boolean accepts(Result result) {
        return result instanceof EffectEstimateResult e
                && (RATIOS.contains(e.getMeasure()) || DIFFERENCES.contains(e.getMeasure()));
    }

    @Override
    public AnalysisInput prepare(AnalysisDefinition definition, List<Result> results) {
        int k = results.size();
        double[] yi = new double[k], sei = new double[k];
        String[] labels = new String[k];
        String[] ratioFlags = new String[k];
        List<String> sources = new ArrayList<>();
        Boolean ratio = null;
        for (int i = 0; i < k; i++) {
            EffectEstimateResult r = (EffectEstimateResult) results.get(i);
            boolean isRatio = RATIOS.contains(r.getMeasure());
            if (ratio != null && ratio != isRatio) {
                throw new AnalysisException("result '" + r.getId() + "' (" + r.getMeasure()
                        + ") mixes ratio and difference measures", r.getId(), null);
            }
            ratio = isRatio;
            double est = ModelValues.value(r, "estimate", r.getEstimate());
            Interval ci = r.getInterval();
            if (ci == null) {
                throw new AnalysisException("result '" + r.getId() + "' has no confidence interval", r.getId(), null);
            }
            double lb = ModelValues.value(r, "interval lower limit", ci.getLower());
            double ub = ModelValues.value(r, "interval upper limit", ci.getUpper());
            double level = ci.getLevel() == null ? 95 : ci.getLevel();
            if (!(level > 0 && level < 100)) {
                throw new AnalysisException("result '" + r.getId() + "': the interval's level must be between 0 and 100 percent, got "
                        + level, r.getId(), null);
            }
            double z = StandardNormal.criticalValue(level);
            if (isRatio) {
                if (!(est > 0 && lb > 0 && ub > 0)) {
                    throw new AnalysisException("result '" + r.getId() + "': a ratio estimate and its CI must be positive",
                            r.getId(), null);
                }
                yi[i] = Math.log(est);
                sei[i] = (Math.log(ub) - Math.log(lb)) / (2 * z);
            } else {
                yi[i] = est;
                sei[i] = (ub - lb) / (2 * z);
            }
            if (!(sei[i] > 0)) {
                throw new AnalysisException("result '" + r.getId() + "': the CI upper limit must exceed the lower limit",
                        r.getId(), null);
            }
            labels[i] = Analyses.studyLabel(r.getStudy());
            ratioFlags[i] = Boolean.toString(isRatio);
            sources.add(r.getId());
        }
        return new AnalysisInput(AnalysisInput.Layout.GENERIC_SEI, labels, Map.of("yi", yi, "sei", sei),
                covariates(results, ratioFlags), sources);
    }

    private static Map<String, String[]> covariates(List<Result> results, String[] ratioFlags) {
        Map<String, String[]> covariates = new LinkedHashMap<>(
                StudyCovariates.ofResults(results));
        covariates.put("ratio", ratioFlags);
        return covariates;
    }
}
