package org.htaworkbench.ui.internal;

import org.htaworkbench.charts.AnalysisCharts;

/**
 * Forest plot of the focused analysis (see {@link FocusedAnalysis}), recomputed from the model on every change: edit
 * an arm count and the plot follows.
 */
public class ForestPlotView extends AnalysisChartView {

    public static final String ID = "org.htaworkbench.ui.views.forestPlot";

    @Override
    protected AnalysisCharts.Chart chart() {
        return AnalysisCharts.Chart.FOREST;
    }

    @Override
    protected String exportName() {
        return "forest-plot";
    }
}
