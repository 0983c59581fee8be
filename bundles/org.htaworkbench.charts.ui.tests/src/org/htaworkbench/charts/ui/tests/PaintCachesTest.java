package org.htaworkbench.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.charts.ForestRow;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.Scene.Anchor;
import org.htaworkbench.charts.Scene.Style;
import org.htaworkbench.charts.ui.ChartExport;
import org.htaworkbench.charts.ui.ChartRenderer;
import org.htaworkbench.charts.ui.internal.ChartPaintCache;
import org.htaworkbench.charts.ui.internal.FontKey;
import org.htaworkbench.charts.ui.internal.PaintResources;
import org.htaworkbench.charts.ui.internal.ScenePainter;
import org.htaworkbench.charts.ui.internal.TextExtentCache;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paint caches and culling (text widths and font metrics kept across paints, the scene kept per spec and size,
 * only the shapes meeting the clipping area drawn) change no pixel and no layout: compared with
 * {@link LegacyScenePainter}, the painter as it was before them. Needs a display (xvfb-run).
 */
class PaintCachesTest {
    /** Plot area of the benchmark's 1200x900 view (RESULTS.md): only the first ~72 of 1,006 rows are visible. */
    private static final int VIEW_W = 1179, VIEW_H = 856;
    private static final int STUDY_NAVY = 0x1F4E79;
    private static Display display;
    private static Map<String, ChartSpec> specs;
    private static ForestPlotSpec large;

    @BeforeAll
    static void setUp() throws Exception {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        specs = new LinkedHashMap<>(ChartRenderingTest.allCharts());
        large = forest(1000, -1);
    }

    @AfterAll
    static void tearDown() {
        if (display != null && !display.isDisposed()) {
            display.dispose();
        }
    }

    /** A forest plot of k synthetic studies (risk ratios, REML); {@code edited} gets one more event (or -1). */
    static ForestPlotSpec forest(int k, int edited) {
        Random rnd = new Random(20260);
        double[] ai = new double[k], n1i = new double[k], ci = new double[k], n2i = new double[k];
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            n1i[i] = 20 + rnd.nextInt(480);
            n2i[i] = 20 + rnd.nextInt(480);
            double p = 0.05 + 0.35 * rnd.nextDouble();
            ci[i] = Math.round(p * n2i[i]);
            ai[i] = Math.min(n1i[i] - 1, Math.round(p * Math.exp(-0.2 + 0.3 * rnd.nextGaussian()) * n1i[i]));
            labels[i] = "Author" + i + " " + (1950 + rnd.nextInt(75));
        }
        if (edited >= 0) {
            ai[edited]++;
        }
        var data = EffectSizes.twoByTwoFromTotals(Measure.RR, ai, n1i, ci, n2i, labels, null);
        return ForestPlots.of(MetaAnalysis.fit(data, ModelOptions.of(Method.REML)), ForestOptions.defaults()
                .withTitle("Synthetic k = " + k).withFavours("Favours treatment", "Favours control"));
    }

    // ------------------------------------------------------------------------------------------------ text widths

    @Test
    void cachedWidthsAreTheWidthsTheGcMeasures() {
        List<String> texts = new ArrayList<>();
        for (ForestRow r : large.rows().subList(0, 300)) {
            texts.add(r.label());
            texts.addAll(r.cells());
        }
        texts.addAll(List.of("Heterogeneity: tau² = 0.3132, I² = 92.2%", "\u2190 Favours treatment", "", " ", "Møller"));
        double[] sizes = {7.92, 8.64, 10.5, 11, 12, 15};
        Image image = new Image(display, 20, 20);
        GC gc = new GC(image);
        // a small cache, so that the passes below also measure again after evictions
        PaintResources shared = new PaintResources(display, 500);
        try (LegacyScenePainter direct = new LegacyScenePainter(gc)) {
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 2) {
                    gc.setTextAntialias(SWT.ON); // as during a paint: widths are cached per antialiasing mode
                }
                ScenePainter cached = new ScenePainter(gc, shared);
                for (double size : sizes) {
                    for (boolean bold : new boolean[] {false, true}) {
                        for (String t : texts) {
                            assertEquals(direct.width(t, size, bold), cached.width(t, size, bold), 0.0,
                                    "'" + t + "' at " + size + (bold ? " bold" : ""));
                        }
                    }
                }
                cached.dispose();
                assertFalse(shared.isDisposed(), "a painter does not dispose shared resources");
            }
            assertTrue(shared.widths().size() <= 500, "bounded: " + shared.widths().size());
            assertTrue(shared.widths().hits() > 0 && shared.widths().misses() > 0);
        } finally {
            shared.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void theWidthCacheForgetsTheLeastRecentlyUsedFirst() {
        TextExtentCache c = new TextExtentCache(2);
        FontKey f = FontKey.of(12, 96, false, false);
        c.put(f, SWT.DEFAULT, "a", 5);
        c.put(f, SWT.DEFAULT, "b", 6);
        assertEquals(5, c.get(f, SWT.DEFAULT, "a"));
        c.put(f, SWT.DEFAULT, "c", 7);
        assertEquals(-1, c.get(f, SWT.DEFAULT, "b"), "least recently used");
        assertEquals(5, c.get(f, SWT.DEFAULT, "a"));
        assertEquals(7, c.get(f, SWT.DEFAULT, "c"));
        assertEquals(2, c.size());
        assertEquals(-1, c.get(FontKey.of(12, 96, true, false), SWT.DEFAULT, "a"), "another font");
        assertEquals(-1, c.get(FontKey.of(12.01, 96, false, false), SWT.DEFAULT, "a"), "another size");
        assertEquals(-1, c.get(f, SWT.ON, "a"), "another antialiasing mode");
        assertEquals(FontKey.of(12, 96, false, false), f, "equal keys for the same font");
    }

    // ------------------------------------------------------------------------------------------------ same output

    @Test
    void everyChartPaintsTheSamePixelsAsBefore() {
        Map<String, int[]> cases = new LinkedHashMap<>();
        specs.forEach((name, s) -> cases.put(name, new int[] {s.preferredWidth(), s.preferredHeight()}));
        Map<String, ChartSpec> all = new LinkedHashMap<>(specs);
        all.put("forest-k1000-view", large);
        cases.put("forest-k1000-view", new int[] {VIEW_W, VIEW_H});
        all.put("forest-bcg-small", specs.get("forest-bcg"));
        cases.put("forest-bcg-small", new int[] {500, 300});
        for (Map.Entry<String, ChartSpec> e : all.entrySet()) {
            int w = cases.get(e.getKey())[0], h = cases.get(e.getKey())[1];
            ImageData before = legacy(e.getValue(), w, h);
            ImageData now = ChartExport.toImageData(e.getValue(), w, h);
            assertPixelsEqual(before, now, e.getKey() + " (ChartExport)");
            // through a chart's cache: the second paint reuses scene, widths and metrics
            PaintResources res = new PaintResources(display);
            ChartPaintCache cache = new ChartPaintCache(res);
            try {
                assertPixelsEqual(before, paintImage(w, h, gc -> cache.paint(gc, e.getValue(), w, h)),
                        e.getKey() + " (cache, first paint)");
                assertPixelsEqual(before, paintImage(w, h, gc -> cache.paint(gc, e.getValue(), w, h)),
                        e.getKey() + " (cache, repaint)");
                assertEquals(1, cache.layouts(), e.getKey());
            } finally {
                cache.dispose();
            }
        }
    }

    @Test
    void layoutOfAThousandStudiesIsTheSameWithTheCaches() {
        ForestPlotSpec edited = forest(1000, 417);
        ChartPaintCache cache = new ChartPaintCache(new PaintResources(display));
        Image image = new Image(display, VIEW_W, VIEW_H);
        GC gc = new GC(image);
        try (LegacyScenePainter direct = new LegacyScenePainter(gc)) {
            Scene expected = ChartLayouts.layout(large, VIEW_W, VIEW_H, direct);
            Scene first = cache.paint(gc, large, VIEW_W, VIEW_H);
            assertSameShapes(expected, first);
            assertSame(first, cache.paint(gc, large, VIEW_W, VIEW_H), "same spec and size: the same scene");
            long misses = cache.resources().widths().misses();
            // an edit: a new spec, laid out again, with all but the edited study's strings cached
            Scene afterEdit = cache.paint(gc, edited, VIEW_W, VIEW_H);
            assertSameShapes(ChartLayouts.layout(edited, VIEW_W, VIEW_H, direct), afterEdit);
            assertEquals(2, cache.layouts());
            long measured = cache.resources().widths().misses() - misses;
            assertTrue(measured < 20, measured + " strings measured again after one edit");
            assertTrue(first.shapes().size() > 6000);
        } finally {
            cache.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------------ culling

    @Test
    void shapesOutsideTheClippingAreaAreNotDrawn() {
        Scene scene = new Scene.Builder(200, 200)
                .rect(0, 0, 200, 200, Style.fill(0xFFFFFF))
                .rect(10, 10, 20, 20, Style.fill(0xFF0000))
                .rect(150, 150, 20, 20, Style.fill(0x0000FF))
                .text(10, 60, "Visible", 12, false, Anchor.START, 0x000000)
                .text(10, 180, "Hidden", 12, false, Anchor.START, 0x000000)
                .line(120, 5, 190, 5, Style.stroke(0x00FF00, 2))
                .build();
        Image image = new Image(display, 200, 200);
        GC gc = new GC(image);
        Color grey = new Color(display, 0x80, 0x80, 0x80);
        try {
            gc.setBackground(grey);
            gc.fillRectangle(0, 0, 200, 200);
            gc.setClipping(0, 0, 100, 100);
            try (ScenePainter p = new ScenePainter(gc)) {
                p.paint(scene, 0, 0);
                assertEquals(3, p.drawnShapes(), "background, red square, 'Visible'");
                assertEquals(3, p.culledShapes(), "blue square, 'Hidden', green line");
            }
        } finally {
            gc.dispose();
            grey.dispose();
        }
        ImageData d = image.getImageData();
        image.dispose();
        assertEquals(0xFF0000, rgb(d, 20, 20));
        assertEquals(0xFFFFFF, rgb(d, 90, 90));
        assertEquals(0x808080, rgb(d, 160, 160), "outside the clip: untouched");
        assertEquals(0x808080, rgb(d, 150, 5), "outside the clip: untouched");
    }

    @Test
    void cullingChangesNoPixelInsideTheClippingArea() {
        // random shapes of every kind, most of them just inside or outside the clipping rectangle's edges; painted
        // once clipped (culling what lies outside) and once whole: inside the rectangle the pixels must agree
        int cx = 90, cy = 70, cw = 60, ch = 50;
        Random rnd = new Random(42);
        Scene.Builder b = new Scene.Builder(240, 200).rect(0, 0, 240, 200, Style.fill(0xFFFFFF));
        for (int i = 0; i < 2000; i++) {
            double x, y;
            switch (rnd.nextInt(5)) {
                case 0 -> { // near the top edge
                    x = cx - 30 + rnd.nextDouble() * (cw + 60);
                    y = cy - 30 + rnd.nextDouble() * 34;
                }
                case 1 -> { // near the bottom edge (texts hang above their baseline)
                    x = cx - 30 + rnd.nextDouble() * (cw + 60);
                    y = cy + ch - 4 + rnd.nextDouble() * 34;
                }
                case 2 -> { // near the left edge
                    x = cx - 30 + rnd.nextDouble() * 34;
                    y = cy - 30 + rnd.nextDouble() * (ch + 60);
                }
                case 3 -> { // near the right edge
                    x = cx + cw - 4 + rnd.nextDouble() * 34;
                    y = cy - 30 + rnd.nextDouble() * (ch + 60);
                }
                default -> {
                    x = 20 + rnd.nextDouble() * 200;
                    y = 20 + rnd.nextDouble() * 160;
                }
            }
            int colour = rnd.nextInt(0x1000000);
            double sw = rnd.nextInt(5) * 0.75;
            Style style = switch (rnd.nextInt(4)) {
                case 0 -> Style.stroke(colour, sw);
                case 1 -> Style.dashed(colour, sw);
                case 2 -> Style.fill(colour).withOpacity(0.3 + 0.7 * rnd.nextDouble());
                default -> Style.fillAndStroke(colour, rnd.nextInt(0x1000000), sw);
            };
            switch (rnd.nextInt(6)) {
                case 0 -> b.line(x, y, x + rnd.nextGaussian() * 15, y + rnd.nextGaussian() * 15, style);
                case 1 -> b.rect(x, y, rnd.nextDouble() * 12 - 2, rnd.nextDouble() * 12 - 2, style);
                case 2 -> b.circle(x, y, rnd.nextDouble() * 8, style);
                case 3 -> b.polygon(style, x, y, x + 9, y - 4, x + 9, y + 4, x + rnd.nextDouble() * 5, y + 9);
                case 4 -> b.polyline(style, x, y, x + 6, y + 3, x - 4, y + 8);
                default -> b.add(new Scene.Text(x, y, rnd.nextBoolean() ? "Ag 1.23 [0.4, 5]" : "Wj%",
                        6 + rnd.nextDouble() * 12, rnd.nextBoolean(), rnd.nextBoolean(),
                        Anchor.values()[rnd.nextInt(3)], colour, rnd.nextInt(8) == 0 ? -90 : 0));
            }
        }
        Scene scene = b.build();
        int[] culled = new int[1];
        ImageData clipped = paintImage(240, 200, gc -> {
            gc.setClipping(cx, cy, cw, ch);
            try (ScenePainter p = new ScenePainter(gc)) {
                p.paint(scene, 0, 0);
                culled[0] = p.culledShapes();
            }
        });
        ImageData whole = paintImage(240, 200, gc -> {
            try (ScenePainter p = new ScenePainter(gc)) {
                p.paint(scene, 0, 0);
            }
        });
        assertTrue(culled[0] > 800, "most shapes lie outside the clip: " + culled[0]);
        for (int y = cy; y < cy + ch; y++) {
            for (int x = cx; x < cx + cw; x++) {
                assertEquals(rgb(whole, x, y), rgb(clipped, x, y), "pixel " + x + "," + y);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the widget

    @Test
    void theChartLaysOutAgainOnlyWhenTheSpecOrTheSizeChanges() {
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            ChartSpec forest = specs.get("forest-bcg");
            Chart chart = ChartRenderer.createChart(shell, forest);
            shell.setSize(1000, 560);
            shell.open();
            Control plot = chart.getPlotArea().getControl();
            int[] paints = new int[1];
            plot.addPaintListener(e -> paints[0]++);
            ChartPaintCache cache = ChartPaintCache.of(chart);
            waitFor(() -> paints[0] > 0 && cache.layouts() > 0);
            settle();
            int layouts = cache.layouts();
            Point size = plot.getSize();

            int before = paints[0];
            plot.redraw(); // an expose
            plot.update();
            waitFor(() -> paints[0] > before);
            assertEquals(layouts, cache.layouts(), "expose: the cached scene");
            assertEquals(size, plot.getSize());

            int before2 = paints[0];
            ChartRenderer.render(chart, forest); // the same spec again
            waitFor(() -> paints[0] > before2);
            assertEquals(layouts, cache.layouts(), "same spec and size: the cached scene");

            int before3 = paints[0];
            ChartRenderer.render(chart, specs.get("forest-subgroups-bcg"));
            waitFor(() -> paints[0] > before3);
            assertEquals(layouts + 1, cache.layouts(), "new spec: a new layout");

            shell.setSize(900, 500);
            waitFor(() -> !plot.getSize().equals(size) && cache.layouts() > layouts + 1);
            assertTrue(cache.layouts() > layouts + 1, "new size: a new layout");

            PaintResources res = cache.resources();
            assertTrue(res.fontCount() > 0);
            chart.dispose();
            assertTrue(res.isDisposed(), "fonts and colours disposed with the chart");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aLargeForestInTheWidgetDrawsOnlyTheVisibleRows() {
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            Chart chart = ChartRenderer.createChart(shell, large);
            shell.setSize(1200, 900);
            shell.open();
            ChartPaintCache cache = ChartPaintCache.of(chart);
            Control plot = chart.getPlotArea().getControl();
            int[] paints = new int[1];
            plot.addPaintListener(e -> paints[0]++);
            waitFor(() -> paints[0] > 0 && cache.lastDrawnShapes() > 0);
            settle();
            int total = ChartLayouts.layout(large, plot.getSize().x, plot.getSize().y, null).shapes().size();
            int drawn = cache.lastDrawnShapes();
            assertTrue(drawn > 100 && drawn < total / 5, drawn + " of " + total + " shapes drawn");
            Image image = new Image(display, chart.getSize().x, chart.getSize().y);
            try {
                chart.renderOffscreenImage(image);
                ChartRenderingTest.Stats s = ChartRenderingTest.stats(image.getImageData());
                assertTrue(s.count(STUDY_NAVY) > 200, "the widget paints the visible study squares");
            } finally {
                image.dispose();
            }
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aScrolledLargeForestDrawsOnlyWhatTheViewportShows() {
        // as the views host a chart since c856b96: a ScrolledComposite, the chart as tall as the spec's minimum
        // height, so the paint event's clip is the visible part of the plot area
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            ScrolledComposite scroller = new ScrolledComposite(shell, SWT.V_SCROLL);
            scroller.setExpandHorizontal(true);
            scroller.setExpandVertical(true);
            Chart chart = ChartRenderer.createChart(scroller, large);
            scroller.setContent(chart);
            scroller.setMinHeight(large.minimumHeight());
            shell.setSize(1200, 900);
            shell.open();
            ChartPaintCache cache = ChartPaintCache.of(chart);
            Control plot = chart.getPlotArea().getControl();
            int[] paints = new int[1];
            plot.addPaintListener(e -> paints[0]++);
            waitFor(() -> paints[0] > 0 && cache.lastDrawnShapes() > 0);
            settle();
            assertTrue(plot.getSize().y > 10_000, "the plot area is as tall as the content: " + plot.getSize());
            int total = ChartLayouts.layout(large, plot.getSize().x, plot.getSize().y, null).shapes().size();
            assertTrue(cache.lastDrawnShapes() < total / 5, cache.lastDrawnShapes() + " of " + total + " drawn");
            int layouts = cache.layouts();

            int before = paints[0];
            scroller.setOrigin(0, plot.getSize().y / 2); // scrolling: the same scene, other shapes drawn
            waitFor(() -> paints[0] > before);
            settle();
            assertEquals(layouts, cache.layouts(), "scrolling lays out nothing");
            assertTrue(cache.lastDrawnShapes() < total / 5, cache.lastDrawnShapes() + " of " + total + " drawn");
        } finally {
            shell.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The chart painted as before the caches: laid out and drawn by {@link LegacyScenePainter}. */
    private static ImageData legacy(ChartSpec spec, int w, int h) {
        return paintImage(w, h, gc -> {
            try (LegacyScenePainter p = new LegacyScenePainter(gc)) {
                p.paint(ChartLayouts.layout(spec, w, h, p), 0, 0);
            }
        });
    }

    private static ImageData paintImage(int w, int h, java.util.function.Consumer<GC> painter) {
        Image image = new Image(display, w, h);
        try {
            GC gc = new GC(image);
            try {
                painter.accept(gc);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static void assertPixelsEqual(ImageData expected, ImageData actual, String what) {
        assertEquals(expected.width, actual.width, what);
        assertEquals(expected.height, actual.height, what);
        if (!Arrays.equals(expected.data, actual.data)) {
            int differing = 0, firstX = -1, firstY = -1;
            for (int y = 0; y < expected.height; y++) {
                for (int x = 0; x < expected.width; x++) {
                    if (rgb(expected, x, y) != rgb(actual, x, y)) {
                        if (differing++ == 0) {
                            firstX = x;
                            firstY = y;
                        }
                    }
                }
            }
            assertEquals(0, differing, what + ": pixels differ, first at " + firstX + "," + firstY);
        }
    }

    /** Shape by shape (the records' equals compares polygon point arrays by identity). */
    private static void assertSameShapes(Scene expected, Scene actual) {
        assertEquals(expected.width(), actual.width());
        assertEquals(expected.height(), actual.height());
        assertEquals(expected.shapes().size(), actual.shapes().size());
        for (int i = 0; i < expected.shapes().size(); i++) {
            Scene.Shape e = expected.shapes().get(i), a = actual.shapes().get(i);
            switch (e) {
                case Scene.Polygon p -> {
                    Scene.Polygon q = (Scene.Polygon) a;
                    assertArrayEquals(p.points(), q.points(), "shape " + i);
                    assertEquals(p.style(), q.style(), "shape " + i);
                }
                case Scene.Polyline p -> {
                    Scene.Polyline q = (Scene.Polyline) a;
                    assertArrayEquals(p.points(), q.points(), "shape " + i);
                    assertEquals(p.style(), q.style(), "shape " + i);
                }
                default -> assertEquals(e, a, "shape " + i);
            }
        }
    }

    private static int rgb(ImageData d, int x, int y) {
        var c = d.palette.getRGB(d.getPixel(x, y));
        return (c.red << 16) | (c.green << 8) | c.blue;
    }

    private static void waitFor(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }

    /** Lets the shell reach its final size and paint (no window manager under Xvfb). */
    private static void settle() {
        long end = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(10, () -> {
            });
            display.sleep();
        }
    }
}
