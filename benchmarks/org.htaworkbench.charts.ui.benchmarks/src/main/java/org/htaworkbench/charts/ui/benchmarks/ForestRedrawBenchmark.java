package org.htaworkbench.charts.ui.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ICustomPaintListener;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.charts.AnalysisCharts;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.TextMetrics;
import org.htaworkbench.charts.ui.ChartRenderer;
import org.htaworkbench.charts.ui.internal.PaintResources;
import org.htaworkbench.charts.ui.internal.ScenePainter;
import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.PiType;
import org.htaworkbench.stats.RmaResult;

/**
 * Edit-to-pixels latency of the forest plot: after one study's event count is edited, how long until the forest plot
 * shows the new meta-analysis? Each iteration does, on the SWT UI thread and timed phase by phase:
 * <ol>
 * <li><b>edit</b>: the experimental arm's event count of one study changes by ±1 in the EMF evidence base (a new
 * reported value, as the editor sets it; an EContentAdapter observes the base as the views do);</li>
 * <li><b>analysis</b>: {@code Analyses.run(definition)}, exactly what {@code ForestPlotView.compute} calls: select the
 * results, 2x2 input, escalc (RR, add 1/2 to zero cells), REML random-effects fit (z test, 95 %), Q-profile CI of
 * tau², prediction interval, report;</li>
 * <li><b>spec</b>: {@code ForestPlots.of(model, options)} with the view's options (includes the common-effect refit);
 * with {@code -spec-path view}, what {@code AnalysisChartView.compute} does since commit 340c074 (every chart of the
 * analysis via {@code AnalysisCharts.of}, then the forest);</li>
 * <li><b>render()</b>: {@code ChartRenderer.render(chart, spec)} (stores the spec, calls redraw);</li>
 * <li><b>update+paint</b>: {@code chart.update()} and {@code Display.readAndDispatch()} until idle. The chart's plot
 * area lays the spec out and paints it in its paint event; a paint listener counts those events and every iteration
 * must have painted (else it waits, with display.sleep, for the paint and counts the iteration as "late");</li>
 * <li><b>X sync</b>: one X11 round trip ({@code Display.getCursorLocation}) so that drawing requests buffered for the
 * X server have been executed before the clock stops.</li>
 * </ol>
 * The view itself computes steps 2-3 in a background job started 200 ms (debounce) after the change and paints on
 * the UI thread; this benchmark runs them back to back, which is the work the user waits for (minus the debounce).
 * <p>
 * Afterwards a profile pass attributes the time: the engine calls alone (escalc, REML fit, prediction, Q-profile CI)
 * and the paint split into layout (text measured with the GC, as the renderer does) and drawing, using an
 * instrumented copy of what the renderer's paint listener does as the plot area's paint listener. Since the paint
 * fixes that copy paints, like {@code ChartPaintCache}, with one {@code PaintResources} kept across the pass's paints
 * (text widths and font metrics cached), and {@code ScenePainter.paint} itself skips the shapes outside the clip.
 * <p>
 * Arguments (all optional): {@code -k 100,1000,10000 -warmup 30 -iterations 200 -large-k 5000 -large-warmup 10
 * -large-iterations 40 -profile-iterations 30 -width 1200 -height 900 -seed 20260 -spec-path forest|view
 * -host plain|scrolled -out DIR} (default
 * DIR: {@code target/forest-redraw} next to the jar).
 * k at or above {@code -large-k} uses the large warm-up/iteration counts. Prints Markdown to stdout; per-iteration
 * CSV and a screenshot of the plot area per k go to {@code -out}.
 */
public final class ForestRedrawBenchmark {

    private static final String PROFILE_KEY = "org.htaworkbench.charts.ui.benchmarks.profileSpec";
    private static final String WHATIF_KEY = "org.htaworkbench.charts.ui.benchmarks.whatIfSpec";

    private ForestRedrawBenchmark() {
    }

    record Config(int[] ks, int warmup, int iterations, int largeK, int largeWarmup, int largeIterations,
            int profileIterations, int width, int height, long seed, Path out, SpecPath specPath, Host host) {
    }

    /** What holds the chart. */
    enum Host {
        /** the chart fills the shell, as SpecChartView up to c856b96 (the plot area is the visible area) */
        PLAIN,
        /**
         * as the views' ScrollingChart since c856b96: a vertically scrolled composite, the chart as tall as the spec's
         * minimum height (at most 30,000 px), shown from the top
         */
        SCROLLED
    }

    /** How the forest plot spec is made from the analysis result. */
    enum SpecPath {
        /** {@code ForestPlots.of(model, options)}: the forest plot only (ForestPlotView up to commit acf2a8b) */
        FOREST,
        /**
         * {@code AnalysisChartView.compute}: {@code AnalysisCharts.of(definition, result, 2)} (select the results, favours
         * labels), then its forest. Up to commit 1ed3821 that computed every chart of the analysis (forest, funnel with
         * trim-and-fill, leave-one-out, cumulative); since then only the chart asked for
         */
        VIEW
    }

    /** The forest plot spec for an analysis result, by the configured path. */
    static ForestPlotSpec forestSpec(SpecPath path, SyntheticEvidenceBase evidence, AnalysisResult result,
            ForestOptions options) {
        return switch (path) {
            case FOREST -> ForestPlots.of(model(result), options);
            case VIEW -> {
                var definition = evidence.definition;
                AnalysisCharts charts = AnalysisCharts.of(definition, result, 2);
                yield (ForestPlotSpec) charts.spec(AnalysisCharts.Chart.FOREST).orElseThrow(
                        () -> new IllegalStateException(charts.unavailable(AnalysisCharts.Chart.FOREST)));
            }
        };
    }

    /** One k's results. */
    record Result(int k, int rows, int warmup, int iterations, Samples edit, Samples analysis, Samples spec,
            Samples render, Samples paint, Samples paintCallback, Samples xsync, Samples total,
            Samples allocAnalysis, Samples allocSpec, int latePaints, int extraPaints, int paintedInUpdate,
            long gcCount, long gcMillis, Point plotSize, Profile profile, WhatIf whatIf) {
    }

    record Profile(int iterations, Samples escalc, Samples fit, Samples predict, Samples confint, Samples feRefit,
            Samples twinCallback, Samples twinLayout, Samples twinDraw, Samples drawVisible, Samples drawNoText,
            Samples layoutApprox, int shapes, int texts, int shapesVisible, double contentHeight) {
    }

    /** End to end with a prototype paint listener (not product code): text widths cached, only visible shapes drawn. */
    record WhatIf(int iterations, Samples total, Samples paintCallback, Samples analysisAndSpec) {
    }

    /** What the instrumented paint listener draws of the laid-out scene. */
    private enum DrawMode {
        /** everything, as ChartRenderer.paint */
        ALL,
        /** only the shapes that intersect the plot area (what a culling painter would draw) */
        VISIBLE,
        /** everything but the texts (to tell text from geometry) */
        NO_TEXT
    }

    public static void main(String[] args) throws Exception {
        Config c = parse(args);
        Files.createDirectories(c.out());
        String load0 = loadAverage();
        Display display = new Display();
        Shell shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Forest plot redraw benchmark");
        shell.setLayout(new FillLayout());
        shell.setSize(c.width(), c.height());
        shell.open();
        drain(display);
        List<Result> results = new ArrayList<>();
        try {
            for (int k : c.ks()) {
                results.add(run(display, shell, c, k));
            }
        } finally {
            display.dispose();
        }
        String load1 = loadAverage();
        print(c, results, load0, load1);
    }

    // ------------------------------------------------------------------------------------------------ one k

    private static Result run(Display display, Shell shell, Config c, int k) throws IOException {
        boolean large = k >= c.largeK();
        int warmup = large ? c.largeWarmup() : c.warmup();
        int iterations = large ? c.largeIterations() : c.iterations();
        System.err.printf(Locale.ROOT, "k = %d: building the evidence base ...%n", k);
        SyntheticStudies studies = new SyntheticStudies(k, c.seed());
        SyntheticEvidenceBase evidence = new SyntheticEvidenceBase(studies);
        // ForestPlotView's options up to acf2a8b (the view path, -spec-path view, derives its own)
        ForestOptions options = ForestOptions.defaults().withTitle(evidence.definition.getName())
                .withFavours("Favours microaxial flow pump", "Favours control");

        ForestPlotSpec first = forestSpec(c.specPath(), evidence, Analyses.run(evidence.definition), options);
        // like SpecChartView.show: a chart filling the view (here the shell's client area), or scrolled in it
        ScrolledComposite scroller = null;
        Chart chart;
        if (c.host() == Host.SCROLLED) {
            scroller = new ScrolledComposite(shell, SWT.V_SCROLL);
            scroller.setExpandHorizontal(true);
            scroller.setExpandVertical(true);
            chart = ChartRenderer.createChart(scroller, first);
            scroller.setContent(chart);
            scroller.setMinHeight(Math.min(30_000, first.minimumHeight()));
        } else {
            chart = ChartRenderer.createChart(shell, first);
        }
        shell.layout(true, true);
        drain(display);
        Control plot = chart.getPlotArea().getControl();
        PaintProbe probe = new PaintProbe(display, plot);
        chart.redraw();
        waitForPaint(display, probe, 0);
        syncX(display);
        Point plotSize = plot.getSize();
        System.err.printf(Locale.ROOT, "k = %d: chart %s, plot area %s; %d warm-up + %d measured iterations%n", k,
                chart.getSize(), plotSize, warmup, iterations);

        int n = warmup + iterations;
        Samples edit = new Samples(iterations), analysis = new Samples(iterations), spec = new Samples(iterations),
                render = new Samples(iterations), paint = new Samples(iterations),
                paintCallback = new Samples(iterations), xsync = new Samples(iterations),
                total = new Samples(iterations);
        Samples allocAnalysis = new Samples(iterations), allocSpec = new Samples(iterations);
        int late = 0, extra = 0, inUpdate = 0;
        long gc0 = 0, gcT0 = 0;
        int rows = first.rows().size();
        for (int i = 0; i < n; i++) {
            boolean measured = i >= warmup;
            if (i == warmup) {
                gc0 = gcCount();
                gcT0 = gcMillis();
            }
            int notifications = evidence.notifications;
            int paints = probe.paints;
            probe.callbackNanos = 0;

            long t0 = System.nanoTime();
            evidence.edit(i);
            long t1 = System.nanoTime();
            long a1 = allocated();
            AnalysisResult result = Analyses.run(evidence.definition);
            RmaResult model = model(result);
            long t2 = System.nanoTime();
            long a2 = allocated();
            ForestPlotSpec s = forestSpec(c.specPath(), evidence, result, options);
            long t3 = System.nanoTime();
            long a3 = allocated();
            ChartRenderer.render(chart, s);
            if (scroller != null) {
                scroller.setMinHeight(Math.min(30_000, s.minimumHeight())); // as ScrollingChart.show
            }
            long t4 = System.nanoTime();
            chart.update();
            if (probe.paints > paints && measured) {
                inUpdate++;
            }
            while (display.readAndDispatch()) {
                // drain: paint and whatever else the redraw queued
            }
            boolean painted = probe.paints > paints;
            if (!painted) {
                waitForPaint(display, probe, paints);
            }
            long t5 = System.nanoTime();
            syncX(display);
            long t6 = System.nanoTime();

            if (evidence.notifications == notifications) {
                throw new IllegalStateException("the edit did not notify the observer");
            }
            if (!measured) {
                continue;
            }
            if (!painted) {
                late++;
            }
            extra += Math.max(0, probe.paints - paints - 1);
            rows = s.rows().size();
            edit.add(t1 - t0);
            allocAnalysis.add(a2 - a1);
            allocSpec.add(a3 - a2);
            analysis.add(t2 - t1);
            spec.add(t3 - t2);
            render.add(t4 - t3);
            paint.add(t5 - t4);
            paintCallback.add(probe.callbackNanos);
            xsync.add(t6 - t5);
            total.add(t6 - t0);
        }
        long gcCount = gcCount() - gc0;
        long gcMs = gcMillis() - gcT0;
        writeCsv(c.out().resolve("forest-redraw-k" + k + ".csv"), edit, analysis, spec, render, paint, paintCallback,
                xsync, total);
        // the part of the plot area on screen (all of it, unless scrolled)
        int visibleHeight = scroller == null ? plotSize.y
                : Math.min(plotSize.y, scroller.getClientArea().height - plot.getLocation().y);
        screenshot(display, plot, visibleHeight, c.out().resolve("forest-redraw-k" + k + ".png"));

        int profileIterations = large ? Math.max(5, c.profileIterations() / 3) : c.profileIterations();
        Profile profile = profile(display, chart, probe, studies, evidence, options, profileIterations, visibleHeight);
        WhatIf whatIf = whatIf(display, chart, probe, evidence, options, profileIterations, c.specPath());
        probe.dispose();
        chart.dispose();
        if (scroller != null) {
            scroller.dispose();
        }
        drain(display);
        return new Result(k, rows, warmup, iterations, edit, analysis, spec, render, paint, paintCallback, xsync,
                total, allocAnalysis, allocSpec, late, extra, inUpdate, gcCount, gcMs, plotSize, profile, whatIf);
    }

    private static RmaResult model(AnalysisResult r) {
        return r.report().model().orElseThrow(() -> new IllegalStateException("no inverse-variance model"));
    }

    // ------------------------------------------------------------------------------------------------ profile

    /**
     * Where the time goes: the engine's steps one by one (the same data and settings as Analyses.run uses), and the
     * paint split into layout and drawing by an instrumented copy of ChartRenderer.paint used as the plot area's
     * paint listener (the renderer's own listener is idle meanwhile: the chart holds no spec under its key).
     */
    private static Profile profile(Display display, Chart chart, PaintProbe probe, SyntheticStudies studies,
            SyntheticEvidenceBase evidence, ForestOptions options, int iterations, int visibleHeight) {
        System.err.printf(Locale.ROOT, "k = %d: profile pass, %d iterations%n", studies.k, iterations);
        Samples escalc = new Samples(iterations), fit = new Samples(iterations), predict = new Samples(iterations),
                confint = new Samples(iterations), feRefit = new Samples(iterations),
                twinCallback = new Samples(iterations), twinLayout = new Samples(iterations),
                twinDraw = new Samples(iterations), layoutApprox = new Samples(iterations);
        ModelOptions reml = ModelOptions.of(Method.REML); // z test, 95 %, tight convergence: MetaSettings' defaults
        ContinuityCorrection cc = new ContinuityCorrection(0.5, ContinuityCorrection.To.ONLY_ZERO, false);
        long[] twin = new long[3];
        Scene[] lastScene = new Scene[1];
        DrawMode[] mode = {DrawMode.ALL};
        Samples drawVisible = new Samples(iterations), drawNoText = new Samples(iterations);
        // as ChartPaintCache: fonts, metrics and text widths kept across paints (the scene is not: every paint here
        // lays out, as the product does after an edit)
        PaintResources resources = new PaintResources(display);
        ICustomPaintListener instrumented = new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                if (chart.getData(PROFILE_KEY) instanceof ChartSpec cs) {
                    long a = System.nanoTime();
                    Point size = chart.getPlotArea().getSize();
                    try (ScenePainter p = new ScenePainter(e.gc, resources)) {
                        Scene scene = ChartLayouts.layout(cs, size.x, size.y, p);
                        long b = System.nanoTime();
                        p.paint(select(scene, mode[0], visibleHeight), 0, 0);
                        long d = System.nanoTime();
                        twin[0] = b - a;
                        twin[1] = d - b;
                        lastScene[0] = scene;
                    }
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        };
        chart.getPlotArea().addCustomPaintListener(instrumented);
        Object rendered = chart.getData(ChartRenderer.SPEC_KEY);
        chart.setData(ChartRenderer.SPEC_KEY, null);
        int warm = Math.max(3, iterations / 3);
        double[] ai = new double[studies.k], n1i = new double[studies.k], ci = new double[studies.k],
                n2i = new double[studies.k];
        try {
            for (int i = 0; i < warm + iterations; i++) {
                boolean measured = i >= warm;
                evidence.edit(10_000 + i);
                for (int j = 0; j < studies.k; j++) {
                    ai[j] = studies.ai[j];
                    n1i[j] = studies.n1i[j];
                    ci[j] = studies.ci[j];
                    n2i[j] = studies.n2i[j];
                }
                long t0 = System.nanoTime();
                EffectSizeData data = EffectSizes.twoByTwoFromTotals(Measure.RR, ai, n1i, ci, n2i, studies.labels, cc);
                long t1 = System.nanoTime();
                RmaResult r = MetaAnalysis.fit(data, reml);
                long t2 = System.nanoTime();
                r.predict(PiType.DEFAULT);
                r.transformed(PiType.DEFAULT);
                long t3 = System.nanoTime();
                r.confint();
                long t4 = System.nanoTime();
                MetaAnalysis.fit(data, reml.withMethod(Method.FE));
                long t5 = System.nanoTime();

                ForestPlotSpec spec = ForestPlots.of(r, options);
                long t6 = System.nanoTime();
                ChartLayouts.layout(spec, chart.getPlotArea().getSize().x, chart.getPlotArea().getSize().y,
                        TextMetrics.APPROXIMATE);
                long t7 = System.nanoTime();

                chart.setData(PROFILE_KEY, spec);
                long[] drawn = new long[DrawMode.values().length];
                long callbackAll = 0;
                for (DrawMode m : DrawMode.values()) {
                    mode[0] = m;
                    int paints = probe.paints;
                    probe.callbackNanos = 0;
                    chart.redraw();
                    chart.update();
                    while (display.readAndDispatch()) {
                        // drain
                    }
                    waitForPaint(display, probe, paints);
                    syncX(display);
                    drawn[m.ordinal()] = twin[1];
                    if (m == DrawMode.ALL) {
                        callbackAll = probe.callbackNanos;
                        twin[2] = twin[0];
                    }
                }
                mode[0] = DrawMode.ALL;
                if (!measured) {
                    continue;
                }
                escalc.add(t1 - t0);
                fit.add(t2 - t1);
                predict.add(t3 - t2);
                confint.add(t4 - t3);
                feRefit.add(t5 - t4);
                layoutApprox.add(t7 - t6);
                twinCallback.add(callbackAll);
                twinLayout.add(twin[2]);
                twinDraw.add(drawn[DrawMode.ALL.ordinal()]);
                drawVisible.add(drawn[DrawMode.VISIBLE.ordinal()]);
                drawNoText.add(drawn[DrawMode.NO_TEXT.ordinal()]);
            }
        } finally {
            chart.getPlotArea().removeCustomPaintListener(instrumented);
            resources.dispose();
            chart.setData(PROFILE_KEY, null);
            chart.setData(ChartRenderer.SPEC_KEY, rendered);
        }
        Scene scene = lastScene[0];
        int texts = 0, visible = 0;
        double bottom = 0;
        double h = visibleHeight;
        for (Scene.Shape s : scene.shapes()) {
            double y = y(s);
            bottom = Math.max(bottom, y);
            if (s instanceof Scene.Text) {
                texts++;
            }
            if (visible(s, h)) {
                visible++;
            }
        }
        return new Profile(iterations, escalc, fit, predict, confint, feRefit, twinCallback, twinLayout, twinDraw,
                drawVisible, drawNoText, layoutApprox, scene.shapes().size(), texts, visible, bottom);
    }

    /**
     * What the two paint fixes suggested by the profile would give, measured with a prototype paint listener that
     * lives in this benchmark (the product code is unchanged): the layout gets text widths from a cache kept across
     * paints (each distinct string is measured with the GC once), and only the shapes that meet the paint event's
     * area are drawn. Edit, Analyses.run and ForestPlots.of are the product's, as in the main loop.
     */
    private static WhatIf whatIf(Display display, Chart chart, PaintProbe probe, SyntheticEvidenceBase evidence,
            ForestOptions options, int iterations, SpecPath path) {
        System.err.printf(Locale.ROOT, "what-if pass, %d iterations%n", iterations);
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        ICustomPaintListener prototype = new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                if (chart.getData(WHATIF_KEY) instanceof ChartSpec cs) {
                    Point size = chart.getPlotArea().getSize();
                    try (ScenePainter p = new ScenePainter(e.gc)) {
                        TextMetrics cached = (text, sz, bold) -> widths.computeIfAbsent(
                                (bold ? "b" : "r") + sz + "|" + text, key -> p.width(text, sz, bold));
                        Scene scene = ChartLayouts.layout(cs, size.x, size.y, cached);
                        List<Scene.Shape> kept = new ArrayList<>();
                        for (Scene.Shape sh : scene.shapes()) {
                            if (meets(sh, e.y, e.y + e.height)) {
                                kept.add(sh);
                            }
                        }
                        p.paint(new Scene(scene.width(), scene.height(), kept), 0, 0);
                    }
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        };
        chart.getPlotArea().addCustomPaintListener(prototype);
        Object rendered = chart.getData(ChartRenderer.SPEC_KEY);
        chart.setData(ChartRenderer.SPEC_KEY, null);
        Samples total = new Samples(iterations), callback = new Samples(iterations), compute = new Samples(iterations);
        int warm = Math.max(3, iterations / 3);
        try {
            for (int i = 0; i < warm + iterations; i++) {
                int paints = probe.paints;
                probe.callbackNanos = 0;
                long t0 = System.nanoTime();
                evidence.edit(20_000 + i);
                ForestPlotSpec spec = forestSpec(path, evidence, Analyses.run(evidence.definition), options);
                long t1 = System.nanoTime();
                chart.setData(WHATIF_KEY, spec);
                chart.redraw();
                chart.update();
                while (display.readAndDispatch()) {
                    // drain
                }
                waitForPaint(display, probe, paints);
                syncX(display);
                long t2 = System.nanoTime();
                if (i >= warm) {
                    total.add(t2 - t0);
                    callback.add(probe.callbackNanos);
                    compute.add(t1 - t0);
                }
            }
        } finally {
            chart.getPlotArea().removeCustomPaintListener(prototype);
            chart.setData(WHATIF_KEY, null);
            chart.setData(ChartRenderer.SPEC_KEY, rendered);
        }
        return new WhatIf(iterations, total, callback, compute);
    }

    private static boolean meets(Scene.Shape s, double top, double bottom) {
        // visible(s, h) tests [0, h]; shift the shape's range by -top
        return visible(shift(s, -top), bottom - top);
    }

    private static Scene.Shape shift(Scene.Shape s, double dy) {
        if (dy == 0) {
            return s;
        }
        return switch (s) {
            case Scene.Line l -> new Scene.Line(l.x1(), l.y1() + dy, l.x2(), l.y2() + dy, l.style());
            case Scene.Rect r -> new Scene.Rect(r.x(), r.y() + dy, r.w(), r.h(), r.style());
            case Scene.Polygon p -> new Scene.Polygon(shiftPoints(p.points(), dy), p.style());
            case Scene.Polyline p -> new Scene.Polyline(shiftPoints(p.points(), dy), p.style());
            case Scene.Circle c -> new Scene.Circle(c.cx(), c.cy() + dy, c.r(), c.style());
            case Scene.Text t -> new Scene.Text(t.x(), t.y() + dy, t.text(), t.size(), t.bold(), t.italic(),
                    t.anchor(), t.color(), t.rotation());
        };
    }

    private static double[] shiftPoints(double[] pts, double dy) {
        for (int i = 1; i < pts.length; i += 2) {
            pts[i] += dy;
        }
        return pts;
    }

    private static Scene select(Scene scene, DrawMode mode, double height) {
        if (mode == DrawMode.ALL) {
            return scene;
        }
        List<Scene.Shape> kept = new ArrayList<>();
        for (Scene.Shape s : scene.shapes()) {
            if (mode == DrawMode.VISIBLE ? visible(s, height) : !(s instanceof Scene.Text)) {
                kept.add(s);
            }
        }
        return new Scene(scene.width(), scene.height(), kept);
    }

    /** Whether the shape's vertical extent meets [0, height] (the plot area; x is never out of range here). */
    private static boolean visible(Scene.Shape s, double height) {
        double lo, hi;
        switch (s) {
            case Scene.Line l -> {
                lo = Math.min(l.y1(), l.y2());
                hi = Math.max(l.y1(), l.y2());
            }
            case Scene.Rect r -> {
                lo = r.y();
                hi = r.y() + r.h();
            }
            case Scene.Polygon p -> {
                double[] pts = p.points();
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
                for (int i = 1; i < pts.length; i += 2) {
                    lo = Math.min(lo, pts[i]);
                    hi = Math.max(hi, pts[i]);
                }
            }
            case Scene.Polyline p -> {
                double[] pts = p.points();
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
                for (int i = 1; i < pts.length; i += 2) {
                    lo = Math.min(lo, pts[i]);
                    hi = Math.max(hi, pts[i]);
                }
            }
            case Scene.Circle c -> {
                lo = c.cy() - c.r();
                hi = c.cy() + c.r();
            }
            case Scene.Text t -> {
                lo = t.y() - t.size(); // baseline minus ascent (bounded by the size)
                hi = t.y() + t.size() * 0.3;
            }
        }
        return hi >= 0 && lo <= height;
    }

    /** A representative y of a shape (its top, or its baseline for text). */
    private static double y(Scene.Shape s) {
        return switch (s) {
            case Scene.Line l -> Math.min(l.y1(), l.y2());
            case Scene.Rect r -> r.y();
            case Scene.Polygon p -> p.points()[1];
            case Scene.Polyline p -> p.points()[1];
            case Scene.Circle c -> c.cy() - c.r();
            case Scene.Text t -> t.y();
        };
    }

    // ------------------------------------------------------------------------------------------------ SWT helpers

    /** Counts paint events of the plot area and the time spent in them (SWT filter before, listener after). */
    static final class PaintProbe {
        final Display display;
        final Control plot;
        int paints;
        long callbackNanos;
        private long start;
        private final Listener before;
        private final PaintListener after;

        PaintProbe(Display display, Control plot) {
            this.display = display;
            this.plot = plot;
            before = e -> {
                if (e.widget == plot) {
                    start = System.nanoTime();
                }
            };
            // registered after the PlotArea's own paint listener (added in its constructor): runs after the chart
            // (and the custom paint listeners it calls) painted
            after = e -> {
                paints++;
                callbackNanos += System.nanoTime() - start;
            };
            display.addFilter(SWT.Paint, before);
            plot.addPaintListener(after);
        }

        void dispose() {
            display.removeFilter(SWT.Paint, before);
            if (!plot.isDisposed()) {
                plot.removePaintListener(after);
            }
        }
    }

    private static void waitForPaint(Display display, PaintProbe probe, int paintsBefore) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (probe.paints <= paintsBefore) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the plot area was not painted within 5 s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** One X11 round trip: every drawing request sent before has been executed by the X server when it returns. */
    private static void syncX(Display display) {
        display.getCursorLocation();
    }

    private static void drain(Display display) {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(10, () -> {
            });
            display.sleep();
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private static void screenshot(Display display, Control plot, int height, Path file) {
        Point size = plot.getSize();
        Image image = new Image(display, size.x, height);
        GC gc = new GC(plot);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------------ output

    private static void writeCsv(Path file, Samples... s) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("iteration,edit_ns,analysis_ns,spec_ns,render_ns,update_paint_ns,paint_callback_ns,xsync_ns,total_ns");
            for (int i = 0; i < s[0].size(); i++) {
                StringBuilder b = new StringBuilder().append(i);
                for (Samples x : s) {
                    b.append(',').append(x.get(i));
                }
                w.println(b);
            }
        }
    }

    private static void print(Config c, List<Result> results, String load0, String load1) {
        StringBuilder o = new StringBuilder();
        o.append("# Forest plot: edit -> recompute -> redraw latency\n\n");
        o.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        o.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs available, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1 << 20)).append(" MiB\n");
        o.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(", DISPLAY=").append(System.getenv("DISPLAY")).append('\n');
        o.append("- SWT ").append(SWT.getPlatform()).append(' ').append(SWT.getVersion()).append(", GTK ")
                .append(System.getProperty("org.eclipse.swt.internal.gtk.version")).append('\n');
        o.append("- shell ").append(c.width()).append('x').append(c.height()).append(", seed ").append(c.seed())
                .append(", spec path ").append(c.specPath()).append(c.specPath() == SpecPath.FOREST
                        ? " (ForestPlots.of)" : " (AnalysisCharts.of: every chart of the analysis, then the forest)")
                .append(", host ").append(c.host()).append('\n');
        o.append("- load average (1/5/15 min) before: ").append(load0).append(", after: ").append(load1).append("\n\n");

        o.append("## End to end (edit -> pixels), milliseconds\n\n");
        o.append("| k | forest rows | plot area px | warm-up / measured | median | p90 | max | min | mean | GCs (ms) "
                + "in measured | painted in update() / late |\n");
        o.append("|---:|---:|---|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            o.append(String.format(Locale.ROOT, "| %,d | %,d | %dx%d | %d / %d | **%s** | %s | %s | %s | %s | %d (%d) | %d / %d |%n",
                    r.k(), r.rows(), r.plotSize().x, r.plotSize().y, r.warmup(), r.iterations(),
                    f(r.total().medianMs()), f(r.total().p90Ms()), f(r.total().maxMs()), f(r.total().minMs()),
                    f(r.total().meanMs()), r.gcCount(), r.gcMillis(), r.paintedInUpdate(), r.latePaints()));
        }
        o.append("\n## Breakdown per phase: median (p90), milliseconds\n\n");
        o.append("| k | edit (EMF) | analysis (Analyses.run) | spec (" + (c.specPath() == SpecPath.FOREST
                ? "ForestPlots.of" : "select + AnalysisCharts.of") + ") | render() | update + paint "
                + "| of which plot-area paint event | X sync | total |\n");
        o.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            o.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.k(),
                    mp(r.edit()), mp(r.analysis()), mp(r.spec()), mp(r.render()), mp(r.paint()),
                    mp(r.paintCallback()), mp(r.xsync()), mp(r.total())));
        }
        o.append("\nAllocated per iteration (median, MB): ");
        for (Result r : results) {
            o.append(String.format(Locale.ROOT, "k = %,d: analysis %.1f, spec %.1f; ", r.k(), r.allocAnalysis().medianMs(),
                    r.allocSpec().medianMs()));
        }
        o.append("\n\n## Profile: where the time goes, median (p90), milliseconds\n\n");
        o.append("Engine steps timed one by one on the same data and settings (not part of the end-to-end figures); "
                + "the paint split by an instrumented copy of the renderer's paint: layout (text measured with the GC, "
                + "widths cached across paints), then drawing the scene (ScenePainter.paint skips the shapes outside "
                + "the clip).\n\n");
        o.append("### Analysis engine\n\n");
        o.append("| k | n | escalc (RR) | REML fit | predict + back-transform | Q-profile CI of tau² | FE refit (in ForestPlots.of) |\n");
        o.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            Profile p = r.profile();
            o.append(String.format(Locale.ROOT, "| %,d | %d | %s | %s | %s | %s | %s |%n", r.k(), p.iterations(),
                    mp(p.escalc()), mp(p.fit()), mp(p.predict()), mp(p.confint()), mp(p.feRefit())));
        }
        o.append("\n### Paint\n\n");
        o.append("| k | n | paint event | layout (GC text metrics) | layout (approx. metrics, no GC) | draw scene "
                + "| draw only the visible shapes | draw without texts | scene shapes (texts) | shapes in the visible "
                + "area | content height px |\n");
        o.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        for (Result r : results) {
            Profile p = r.profile();
            o.append(String.format(Locale.ROOT, "| %,d | %d | %s | %s | %s | %s | %s | %s | %,d (%,d) | %,d | %,.0f |%n",
                    r.k(), p.iterations(), mp(p.twinCallback()), mp(p.twinLayout()), mp(p.layoutApprox()),
                    mp(p.twinDraw()), mp(p.drawVisible()), mp(p.drawNoText()), p.shapes(), p.texts(),
                    p.shapesVisible(), p.contentHeight()));
        }
        o.append("\n## What-if: prototype paint listener in this benchmark (text widths cached across paints, only "
                + "shapes meeting the paint area drawn); edit, Analyses.run and ForestPlots.of unchanged. Median (p90), ms\n\n");
        o.append("| k | n | end to end | of which edit + analysis + spec | paint event | product end to end (main loop) |\n");
        o.append("|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            WhatIf w = r.whatIf();
            o.append(String.format(Locale.ROOT, "| %,d | %d | **%s** | %s | %s | %s |%n", r.k(), w.iterations(),
                    mp(w.total()), mp(w.analysisAndSpec()), mp(w.paintCallback()), mp(r.total())));
        }
        o.append("\nTarget: < 100 ms edit -> redraw. Per-iteration CSV and screenshots: ").append(c.out().toAbsolutePath())
                .append('\n');
        System.out.print(o);
        System.out.flush();
    }

    private static String f(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms)
                : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }

    private static String mp(Samples s) {
        return f(s.medianMs()) + " (" + f(s.p90Ms()) + ")";
    }

    /** Bytes allocated by this thread so far (HotSpot). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionTime());
        }
        return n;
    }

    private static String loadAverage() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return p[0] + " / " + p[1] + " / " + p[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** target/forest-redraw next to the jar (not the working directory: the benchmark is run from the repository root). */
    private static Path defaultOut() {
        try {
            Path jar = Path.of(ForestRedrawBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("forest-redraw");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "forest-redraw");
        }
    }

    static Config parse(String[] args) {
        int[] ks = {100, 1000, 10_000};
        int warmup = 30, iterations = 200, largeK = 5000, largeWarmup = 10, largeIterations = 40, profile = 30;
        int width = 1200, height = 900;
        long seed = 20260;
        SpecPath specPath = SpecPath.FOREST;
        Host host = Host.PLAIN;
        Path out = defaultOut();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (v == null) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            switch (a) {
                case "-k" -> ks = java.util.Arrays.stream(v.split(",")).map(String::trim)
                        .mapToInt(x -> Integer.parseInt(x.replace("_", ""))).toArray();
                case "-warmup" -> warmup = Integer.parseInt(v);
                case "-iterations" -> iterations = Integer.parseInt(v);
                case "-large-k" -> largeK = Integer.parseInt(v);
                case "-large-warmup" -> largeWarmup = Integer.parseInt(v);
                case "-large-iterations" -> largeIterations = Integer.parseInt(v);
                case "-profile-iterations" -> profile = Integer.parseInt(v);
                case "-width" -> width = Integer.parseInt(v);
                case "-height" -> height = Integer.parseInt(v);
                case "-seed" -> seed = Long.parseLong(v);
                case "-spec-path" -> specPath = SpecPath.valueOf(v.toUpperCase(Locale.ROOT));
                case "-host" -> host = Host.valueOf(v.toUpperCase(Locale.ROOT));
                case "-out" -> out = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
            i++;
        }
        return new Config(ks, warmup, iterations, largeK, largeWarmup, largeIterations, profile, width, height, seed,
                out, specPath, host);
    }
}
