package org.htaworkbench.ui.internal;

import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.FunnelPlots;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.stats.RmaResult;

/**
 * Funnel plot of the evidence base's first saved analysis: effect sizes against their standard errors with the
 * pseudo 95% confidence region, and the studies trim-and-fill imputes when there are enough studies for it (k ≥ 3).
 */
public class FunnelPlotView extends SpecChartView {

    public static final String ID = "org.htaworkbench.ui.views.funnelPlot";

    /** Trim-and-fill estimates the number of missing studies from the ranks of at least three. */
    static final int MIN_STUDIES_FOR_TRIM_AND_FILL = 3;

    @Override
    protected ChartSpec compute(EvidenceBase base) {
        if (base.getAnalyses().isEmpty()) {
            return null;
        }
        AnalysisDefinition definition = base.getAnalyses().get(0);
        RmaResult model = Analyses.run(definition).report().model().orElse(null);
        if (model == null) {
            return null;
        }
        String title = "Funnel plot: " + definition.getName();
        return model.k() >= MIN_STUDIES_FOR_TRIM_AND_FILL ? FunnelPlots.withTrimFill(model, title)
                : FunnelPlots.of(model, title + " (too few studies for trim-and-fill)");
    }

    @Override
    protected String emptyMessage() {
        return "The evidence base has no analysis with an inverse-variance model to plot.";
    }

    @Override
    protected String exportName() {
        return "funnel-plot";
    }
}
