package org.htaworkbench.charts;

/**
 * UI-free content of a chart. Every spec can be laid out for a size ({@link ChartLayouts#layout}) and written as
 * SVG ({@link SvgWriter}); the SWT layer paints the same layout.
 */
public sealed interface ChartSpec permits ForestPlotSpec, FunnelPlotSpec, BubblePlotSpec, KaplanMeierSpec, PrismaSpec {

    String title();

    /** A size at which the chart reads well (pixels); layouts accept any size. */
    int preferredWidth();

    int preferredHeight();
}
