package org.htaworkbench.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.charts.BubblePlots;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.charts.FunnelPlots;
import org.htaworkbench.charts.KaplanMeierPlots;
import org.htaworkbench.charts.PrismaDiagrams;
import org.htaworkbench.charts.SensitivityPlots;
import org.htaworkbench.charts.ui.ChartExport;
import org.htaworkbench.charts.ui.ChartRenderer;
import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.MetaRegression;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.testdata.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every chart offscreen under a real display (run under xvfb-run where there is none). Writes the PNGs
 * and SVGs to the directory named by the system property {@code charts.screenshots.dir} or the environment
 * variable {@code CHARTS_SCREENSHOTS_DIR} (an absolute path, e.g. $PWD/docs/screenshots/charts) only when one is set.
 */
class ChartRenderingTest {
    private static final int STUDY_NAVY = 0x1F4E79;
    private static Display display;
    private static Map<String, ChartSpec> specs;

    @BeforeAll
    static void setUp() throws Exception {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        specs = allCharts();
    }

    @AfterAll
    static void tearDown() {
        if (display != null && !display.isDisposed()) {
            display.dispose();
        }
    }

    static Map<String, ChartSpec> allCharts() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TestData.open(TestData.DAT_BCG_CSV);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                rows.add(l.replace("\"", "").split(","));
            }
        }
        int k = rows.size();
        double[] ai = new double[k], bi = new double[k], ci = new double[k], di = new double[k], lat = new double[k],
                year = new double[k];
        String[] lab = new String[k], alloc = new String[k];
        double[][] mods = new double[k][1];
        for (int i = 0; i < k; i++) {
            String[] f = rows.get(i);
            lab[i] = f[1] + " " + f[2];
            year[i] = Double.parseDouble(f[2]);
            ai[i] = Double.parseDouble(f[3]);
            bi[i] = Double.parseDouble(f[4]);
            ci[i] = Double.parseDouble(f[5]);
            di[i] = Double.parseDouble(f[6]);
            lat[i] = Double.parseDouble(f[7]);
            mods[i][0] = lat[i];
            alloc[i] = f[8];
        }
        EffectSizeData d = EffectSizes.twoByTwo(Measure.RR, ai, bi, ci, di, lab, null);
        RmaResult reml = MetaAnalysis.fit(d, ModelOptions.of(Method.REML));
        ForestOptions fo = ForestOptions.defaults().withFavours("Favours BCG", "Favours control");
        EvidenceBase base = ImpellaEvidenceBase.load();
        Study padberg = base.getStudies().stream().filter(s -> "padberg2024".equals(s.getId())).findFirst()
                .orElseThrow();
        Map<String, ChartSpec> m = new LinkedHashMap<>();
        m.put("forest-bcg", ForestPlots.of(reml, fo.withTitle("BCG vaccine and tuberculosis (dat.bcg)")));
        m.put("forest-subgroups-bcg", ForestPlots.ofSubgroups(d, alloc, ModelOptions.of(Method.REML),
                fo.withTitle("BCG vaccine by method of allocation")));
        m.put("leave-one-out-bcg", SensitivityPlots.leaveOneOut(reml, fo.withTitle("Leave-one-out analysis (BCG)")));
        m.put("cumulative-bcg", SensitivityPlots.cumulative(reml, Sensitivity.orderBy(year),
                fo.withTitle("Cumulative meta-analysis by publication year (BCG)")));
        m.put("funnel-trimfill-bcg", FunnelPlots.withTrimFill(reml, "Funnel plot with trim and fill (BCG)"));
        m.put("bubble-bcg", BubblePlots.of(
                MetaRegression.fit(d, mods, new String[] {"ablat"}, true, ModelOptions.of(Method.REML)), d, lat,
                "Absolute latitude (degrees)", "Meta-regression of the BCG effect on latitude"));
        m.put("kaplan-meier-padberg2024", KaplanMeierPlots.of(padberg,
                "Padberg 2024: survival after infarct-related cardiogenic shock by support"));
        m.put("prisma-impella", PrismaDiagrams.of(base.getEvidenceProcess(),
                "PRISMA 2020 flow diagram: Impella for cardiogenic shock"));
        return m;
    }

    @Test
    void everyChartRendersOffscreenToANonTrivialImage() throws Exception {
        String dirName = System.getProperty("charts.screenshots.dir");
        if (dirName == null || dirName.isBlank()) {
            dirName = System.getenv("CHARTS_SCREENSHOTS_DIR");
        }
        // Only an absolute directory counts: Tycho hands an unset pom property through as "" or "null", which
        // would otherwise become a stray folder inside the test bundle.
        Path out = dirName == null || dirName.isBlank() || !Path.of(dirName).isAbsolute() ? null : Path.of(dirName);
        if (out != null) {
            Files.createDirectories(out);
        }
        for (Map.Entry<String, ChartSpec> e : specs.entrySet()) {
            ChartSpec spec = e.getValue();
            ImageData img = ChartExport.toImageData(spec, spec.preferredWidth(), spec.preferredHeight());
            assertEquals(spec.preferredWidth(), img.width);
            Stats s = stats(img);
            assertTrue(s.colours > 20, e.getKey() + ": only " + s.colours + " colours");
            assertTrue(s.dark > 0.005 && s.dark < 0.5, e.getKey() + ": dark fraction " + s.dark);
            if (e.getKey().startsWith("forest")) {
                assertTrue(s.count(STUDY_NAVY) > 200, e.getKey() + ": study squares missing");
            }
            if (out != null) {
                ChartExport.png(spec, spec.preferredWidth(), spec.preferredHeight(), out.resolve(e.getKey() + ".png"));
                ChartExport.svg(spec, spec.preferredWidth(), spec.preferredHeight(), out.resolve(e.getKey() + ".svg"));
            }
        }
    }

    @Test
    void chartWidgetShowsTheSpecAndExportsPngAndSvg(@TempDir Path dir) throws Exception {
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            ChartSpec forest = specs.get("forest-bcg");
            Chart chart = ChartRenderer.createChart(shell, forest);
            shell.setSize(1000, 560);
            shell.open();
            long end = System.currentTimeMillis() + 1500;
            while (System.currentTimeMillis() < end) {
                while (display.readAndDispatch()) {
                    // drain
                }
                Thread.sleep(10);
            }
            assertSame(forest, ChartRenderer.specOf(chart));
            assertTrue(chart.getSeriesSet().getSeries().length == 0, "content is painted, not SWTChart series");
            Image image = new Image(display, chart.getSize().x, chart.getSize().y);
            try {
                chart.renderOffscreenImage(image);
                Stats s = stats(image.getImageData());
                assertTrue(s.count(STUDY_NAVY) > 200, "the widget paints the study squares");
            } finally {
                image.dispose();
            }
            Path png = dir.resolve("forest.png");
            Path svg = dir.resolve("forest.svg");
            ChartExport.export(chart, png);
            ChartExport.export(chart, svg);
            ImageData loaded = new ImageLoader().load(png.toString())[0];
            assertEquals(chart.getPlotArea().getSize().x, loaded.width);
            assertTrue(Files.readString(svg).contains("Random-effects model (REML)"));
            // re-rendering replaces the content
            ChartRenderer.render(chart, specs.get("prisma-impella"));
            assertSame(specs.get("prisma-impella"), ChartRenderer.specOf(chart));
        } finally {
            shell.dispose();
        }
    }

    record Stats(int colours, double dark, Map<Integer, Integer> histogram) {
        int count(int rgb) {
            return histogram.getOrDefault(rgb, 0);
        }
    }

    static Stats stats(ImageData img) {
        Set<Integer> colours = new HashSet<>();
        Map<Integer, Integer> hist = new java.util.HashMap<>();
        long dark = 0;
        for (int y = 0; y < img.height; y++) {
            for (int x = 0; x < img.width; x++) {
                RGB c = img.palette.getRGB(img.getPixel(x, y));
                int rgb = (c.red << 16) | (c.green << 8) | c.blue;
                colours.add(rgb);
                hist.merge(rgb, 1, Integer::sum);
                if (c.red + c.green + c.blue < 3 * 128) {
                    dark++;
                }
            }
        }
        return new Stats(colours.size(), dark / (double) (img.width * img.height), hist);
    }
}
