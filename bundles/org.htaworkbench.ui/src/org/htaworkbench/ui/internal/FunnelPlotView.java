package org.htaworkbench.ui.internal;

import org.htaworkbench.charts.AnalysisCharts;

/**
 * Funnel plot of the focused analysis (see {@link FocusedAnalysis}): effect sizes against their standard errors with
 * the pseudo confidence region, and the studies trim-and-fill imputes when there are enough studies for it (k ≥ 3).
 */
public class FunnelPlotView extends AnalysisChartView {

    public static final String ID = "org.htaworkbench.ui.views.funnelPlot";

    @Override
    protected AnalysisCharts.Chart chart() {
        return AnalysisCharts.Chart.FUNNEL;
    }

    @Override
    protected String exportName() {
        return "funnel-plot";
    }
}
