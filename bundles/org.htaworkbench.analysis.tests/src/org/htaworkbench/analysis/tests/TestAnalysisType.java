package org.htaworkbench.analysis.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.AnalysisType;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.MetaAnalysisRunner;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.analysis.MetaSettings;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.Measure;

/**
 * A third-party analysis type contributed by this bundle's plugin.xml: reported ratio estimates, always pooled with a
 * common-effect model and se taken from the upper CI limit only (so its numbers differ from the built-in generic type).
 */
public class TestAnalysisType implements AnalysisType {

    public static final String ID = "org.htaworkbench.analysis.tests.unweighted";

    @Override
    public List<Measure> measures() {
        return List.of(Measure.GEN_LOG);
    }

    @Override
    public boolean accepts(Result result) {
        return result instanceof EffectEstimateResult;
    }

    @Override
    public AnalysisInput prepare(AnalysisDefinition definition, List<Result> results) {
        int k = results.size();
        double[] yi = new double[k], sei = new double[k];
        String[] labels = new String[k];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            EffectEstimateResult r = (EffectEstimateResult) results.get(i);
            yi[i] = Math.log(r.getEstimate().getValue());
            sei[i] = (Math.log(r.getInterval().getUpper().getValue()) - yi[i]) / 1.959963984540054;
            labels[i] = Analyses.studyLabel(r.getStudy());
            sources.add(r.getId());
        }
        return new AnalysisInput(AnalysisInput.Layout.GENERIC_SEI, labels, Map.of("yi", yi, "sei", sei), Map.of(), sources);
    }

    @Override
    public MetaReport analyse(AnalysisInput input, MetaSettings settings) {
        return MetaAnalysisRunner.run(input, settings.toBuilder().method("FE").build());
    }
}
