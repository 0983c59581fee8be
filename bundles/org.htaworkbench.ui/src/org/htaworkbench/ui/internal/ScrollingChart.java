package org.htaworkbench.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.ui.ChartRenderer;

/**
 * A chart that fills its place, and scrolls when its spec needs more room to stay readable: down for a forest plot
 * of hundreds of studies (the pooled diamond and the heterogeneity line stay reachable instead of being squeezed
 * into unreadable rows), sideways when a forest plot's text columns would leave no room for the plot.
 */
public final class ScrollingChart {

    /** X11 cannot map windows taller than 32767 pixels. */
    private static final int MAXIMUM_HEIGHT = 30_000;

    private final ScrolledComposite scroller;
    private Chart chart;

    public ScrollingChart(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.getVerticalBar().setIncrement(15);
    }

    /** Shows the spec (creating the chart the first time). */
    public void show(ChartSpec spec) {
        if (chart == null) {
            chart = ChartRenderer.createChart(scroller, spec);
            scroller.setContent(chart);
        } else {
            ChartRenderer.render(chart, spec);
        }
        scroller.setMinSize(spec.minimumWidth(), Math.min(MAXIMUM_HEIGHT, spec.minimumHeight()));
    }

    /** The control to put on top of a stack. */
    public Control control() {
        return scroller;
    }

    /** The chart, or null before the first {@link #show}. */
    public Chart chart() {
        return chart;
    }
}
