package org.htaworkbench.charts.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.ui.internal.ChartPaintCache;
import org.htaworkbench.charts.ui.internal.PaintResources;
import org.htaworkbench.charts.ui.internal.ScenePainter;

/**
 * Renders a UI-free {@link ChartSpec} (forest, funnel, bubble, Kaplan-Meier, PRISMA) into an SWTChart
 * {@link Chart}. SWTChart has no forest/funnel/PRISMA types, so the chart is used as the host: its own title,
 * legend and axes are hidden and the spec's layout ({@link ChartLayouts}) is painted on the plot area by a custom
 * paint listener. Screen, PNG ({@link ChartExport}) and SVG therefore show the same geometry.
 *
 * <pre>
 * Chart chart = ChartRenderer.createChart(parent, ForestPlots.of(result, ForestOptions.defaults()));
 * ...
 * ChartRenderer.render(chart, newSpec); // after a model change: replaces the content and redraws
 * </pre>
 */
public final class ChartRenderer {
    /** Key of the rendered spec in {@link Chart#getData(String)}. */
    public static final String SPEC_KEY = "org.htaworkbench.charts.spec";
    private static final String LISTENER_KEY = "org.htaworkbench.charts.listener";

    private ChartRenderer() {
    }

    /** Creates a chart under {@code parent} showing {@code spec}. */
    public static Chart createChart(Composite parent, ChartSpec spec) {
        Chart chart = new Chart(parent, SWT.DOUBLE_BUFFERED);
        render(chart, spec);
        return chart;
    }

    /** Shows {@code spec} in {@code chart} (replacing what a previous call rendered) and redraws. */
    public static void render(Chart chart, ChartSpec spec) {
        if (chart.getData(LISTENER_KEY) == null) {
            prepare(chart);
        }
        chart.setData(SPEC_KEY, spec);
        chart.redraw();
    }

    /**
     * Hides SWTChart's own title, legend and axes and installs the painter, once per chart: each of these setters
     * makes SWTChart lay out its axes again, which grows with the chart's height (a scrolled forest plot of k = 1,000
     * is 15,000 px tall: 8 ms per edit; charts.ui benchmark, RESULTS.md).
     */
    private static void prepare(Chart chart) {
        // SWTChart compresses series to the plot area's pixels; a chart created before layout would keep only
        // the first point of any series a caller adds. Keep everything.
        chart.enableCompress(false);
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        for (IAxis a : chart.getAxisSet().getAxes()) {
            a.getTitle().setVisible(false);
            a.getTick().setVisible(false);
            a.getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
        }
        chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getPlotArea().setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        // kept across paint events (text widths, font metrics, the laid-out scene) and disposed with the chart
        ChartPaintCache cache = new ChartPaintCache(new PaintResources(chart.getDisplay()));
        chart.setData(ChartPaintCache.KEY, cache);
        chart.addDisposeListener(e -> cache.dispose());
        ICustomPaintListener l = new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                Object s = chart.getData(SPEC_KEY);
                if (s instanceof ChartSpec cs) {
                    Point size = chart.getPlotArea().getSize();
                    cache.paint(e.gc, cs, size.x, size.y);
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        };
        chart.getPlotArea().addCustomPaintListener(l);
        chart.setData(LISTENER_KEY, l);
    }

    /** The spec shown by a chart prepared with {@link #render}, or null. */
    public static ChartSpec specOf(Chart chart) {
        return chart.getData(SPEC_KEY) instanceof ChartSpec s ? s : null;
    }

    /**
     * Lays out and paints a spec at (0, 0) with the given size, measuring text with the GC's fonts (each distinct
     * string once). Draws only the shapes that meet the GC's clipping area. A chart prepared with {@link #render}
     * paints through its own cache instead, which also keeps the widths and the scene between paint events.
     */
    public static Scene paint(org.eclipse.swt.graphics.GC gc, ChartSpec spec, int width, int height) {
        try (ScenePainter p = new ScenePainter(gc)) {
            Scene scene = ChartLayouts.layout(spec, width, height, p);
            p.paint(scene, 0, 0);
            return scene;
        }
    }
}
