package org.htaworkbench.ui.internal;

import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;

/**
 * Forest plot of the evidence base's first saved analysis definition, recomputed from the model on every
 * change: edit an arm count and the plot follows.
 */
public class ForestPlotView extends SpecChartView {

    public static final String ID = "org.htaworkbench.ui.views.forestPlot";

    private volatile AnalysisResult lastResult;

    @Override
    protected ChartSpec compute(EvidenceBase base) {
        if (base.getAnalyses().isEmpty()) {
            return null;
        }
        AnalysisDefinition definition = base.getAnalyses().get(0);
        AnalysisResult result = Analyses.run(definition);
        lastResult = result;
        var model = result.report().model().orElse(null);
        if (model == null) {
            return null;
        }
        return ForestPlots.of(model, ForestOptions.defaults().withTitle(definition.getName())
                .withFavours("Favours microaxial flow pump", "Favours control"));
    }

    @Override
    protected String emptyMessage() {
        return "The evidence base has no analysis with an inverse-variance model to plot.";
    }

    @Override
    protected String exportName() {
        return "forest-plot";
    }

    /** The analysis result behind the plot shown (tests compare it with the engine). */
    public AnalysisResult getLastResult() {
        return lastResult;
    }
}
