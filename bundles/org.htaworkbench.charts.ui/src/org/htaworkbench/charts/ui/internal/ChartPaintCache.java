package org.htaworkbench.charts.ui.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Widget;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.Scene;

/**
 * What a chart widget keeps between paint events: its {@link PaintResources} (fonts, colours, font metrics, text
 * widths) and the scene last laid out, with the spec and size it was laid out for.
 * <p>
 * Why: the layout measured every string of the spec on every paint event (36 ms of 153 ms at k = 1,000, charts.ui
 * benchmark, RESULTS.md), although an expose, an overlapping window or a resize that keeps the plot area's size
 * repaints the same scene. The scene is reused while the spec (the same instance: specs are immutable) and the size
 * stay; a new spec or size lays out again, with the cached text widths.
 */
public final class ChartPaintCache {
    /** Key of a widget's cache in {@link Widget#getData(String)}. */
    public static final String KEY = "org.htaworkbench.charts.paintCache";

    private final PaintResources resources;
    private ChartSpec spec;
    private int width;
    private int height;
    private Scene scene;
    private int layouts;
    private int lastDrawn;

    public ChartPaintCache(PaintResources resources) {
        this.resources = resources;
    }

    /** The cache of a widget prepared by {@code ChartRenderer.render}, or null. */
    public static ChartPaintCache of(Widget w) {
        return w.getData(KEY) instanceof ChartPaintCache c ? c : null;
    }

    /** Lays out {@code spec} for the size unless the last paint did, and paints it at (0, 0) with {@code gc}. */
    public Scene paint(GC gc, ChartSpec spec, int width, int height) {
        resources.trim();
        try (ScenePainter p = new ScenePainter(gc, resources)) {
            Scene s = scene(spec, width, height, p);
            p.paint(s, 0, 0);
            lastDrawn = p.drawnShapes();
            return s;
        }
    }

    private Scene scene(ChartSpec spec, int width, int height, ScenePainter metrics) {
        if (scene == null || spec != this.spec || width != this.width || height != this.height) {
            scene = ChartLayouts.layout(spec, width, height, metrics);
            this.spec = spec;
            this.width = width;
            this.height = height;
            layouts++;
        }
        return scene;
    }

    /** Layouts done so far (for tests: repaints of the same spec and size do none). */
    public int layouts() {
        return layouts;
    }

    /** Shapes drawn by the last paint, which skipped the ones outside its clipping area (for tests). */
    public int lastDrawnShapes() {
        return lastDrawn;
    }

    public PaintResources resources() {
        return resources;
    }

    /** Forgets the scene and disposes the fonts and colours (when the chart is disposed). */
    public void dispose() {
        scene = null;
        spec = null;
        resources.dispose();
    }
}
