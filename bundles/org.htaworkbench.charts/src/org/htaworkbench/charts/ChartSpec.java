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

    /**
     * The height below which the chart no longer reads (labels too small to tell apart), so a window showing it
     * should scroll rather than shrink it further; 0 when the chart scales to any height.
     */
    default int minimumHeight() {
        return 0;
    }

    /** Like {@link #minimumHeight()} for the width; 0 when the chart scales to any width. */
    default int minimumWidth() {
        return 0;
    }
}
