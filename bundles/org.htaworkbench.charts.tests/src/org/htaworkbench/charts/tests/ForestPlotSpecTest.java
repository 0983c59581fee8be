package org.htaworkbench.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.charts.AxisSpec;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.charts.ForestRow;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.TextMetrics;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.Prediction;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.SubgroupResult;
import org.junit.jupiter.api.Test;

class ForestPlotSpecTest {
    private static final double Z975 = 1.959963984540054;
    private final Bcg bcg = Bcg.load();
    private final RmaResult reml = bcg.reml();
    private final ForestPlotSpec spec = ForestPlots.of(reml,
            ForestOptions.defaults().withFavours("Favours BCG", "Favours control"));

    @Test
    void bcgHasThirteenStudyRowsInDataOrderWithTheEnginesWeights() {
        List<ForestRow> studies = spec.studyRows();
        assertEquals(13, studies.size());
        double[] w = reml.weightsPercent();
        double[] wFe = MetaAnalysis.fit(bcg.data, ModelOptions.of(Method.FE)).weightsPercent();
        for (int i = 0; i < 13; i++) {
            ForestRow r = studies.get(i);
            assertEquals(bcg.labels[i], r.label());
            assertEquals(i, r.studyIndex());
            assertEquals(w[i], r.weightPercent(), 0.0, "weight of " + r.label());
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f%%", wFe[i]), r.cells().get(0));
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f%%", w[i]), r.cells().get(1));
        }
        assertEquals(List.of("Weight (common)", "Weight (random)", "Risk Ratio [95% CI]"), spec.columnHeaders());
        // metafor 3.8-1 weights(res), REML (bcg.json, REML_tight): Aronson 1948 5.0595 %
        assertEquals(5.059482734366658, studies.get(0).weightPercent(), 1e-6);
    }

    @Test
    void studyIntervalsAreExpOfYiPlusMinusZSe() {
        double[] yi = bcg.data.yi();
        double[] vi = bcg.data.vi();
        for (int i = 0; i < 13; i++) {
            ForestRow r = spec.studyRows().get(i);
            assertEquals(Math.exp(yi[i]), r.estimate(), 1e-12);
            assertEquals(Math.exp(yi[i] - Z975 * Math.sqrt(vi[i])), r.lower(), 1e-12);
            assertEquals(Math.exp(yi[i] + Z975 * Math.sqrt(vi[i])), r.upper(), 1e-12);
        }
        // Aronson 1948: RR 0.41 [0.13, 1.26]
        assertEquals("0.41 [0.13, 1.26]", spec.studyRows().get(0).cells().get(2));
    }

    @Test
    void squaresScaleWithTheSquareRootOfTheWeight() {
        double[] w = reml.weightsPercent();
        double max = java.util.Arrays.stream(w).max().orElseThrow();
        for (ForestRow r : spec.studyRows()) {
            assertEquals(Math.sqrt(r.weightPercent() / max), r.boxScale(), 1e-12);
        }
        assertEquals(1.0, spec.studyRows().stream().mapToDouble(ForestRow::boxScale).max().orElseThrow(), 0.0);
    }

    @Test
    void randomEffectsDiamondIsTheEnginesEstimateAndCi() {
        ForestRow d = spec.row("random").orElseThrow();
        assertEquals(ForestRow.Kind.DIAMOND, d.kind());
        assertEquals(Math.exp(reml.estimate()), d.estimate(), 1e-12);
        assertEquals(Math.exp(reml.ciLower()), d.lower(), 1e-12);
        assertEquals(Math.exp(reml.ciUpper()), d.upper(), 1e-12);
        // metafor rma(yi, vi, method="REML") on dat.bcg: estimate -0.7145, CI -1.0669 to -0.3622
        assertEquals(Math.exp(-0.7145323), d.estimate(), 1e-6);
        assertEquals("0.49 [0.34, 0.70]", d.cells().get(2));
        assertEquals(Math.exp(reml.estimate()), spec.referenceValue(), 1e-12);
    }

    @Test
    void commonEffectDiamondIsTheFeRefit() {
        RmaResult fe = MetaAnalysis.fit(bcg.data, ModelOptions.of(Method.FE));
        ForestRow d = spec.row("common").orElseThrow();
        assertEquals(Math.exp(fe.estimate()), d.estimate(), 1e-12);
        assertEquals(Math.exp(fe.ciLower()), d.lower(), 1e-12);
        assertEquals(Math.exp(fe.ciUpper()), d.upper(), 1e-12);
        ForestPlotSpec feOnly = ForestPlots.of(fe, ForestOptions.defaults());
        assertTrue(feOnly.row("random").isEmpty());
        assertTrue(feOnly.row("pi").isEmpty(), "FE models have no prediction interval");
        assertEquals(List.of("Weight", "Risk Ratio [95% CI]"), feOnly.columnHeaders());
    }

    @Test
    void predictionIntervalIsTheEnginesPi() {
        Prediction p = reml.predict();
        ForestRow pi = spec.row("pi").orElseThrow();
        assertEquals(ForestRow.Kind.PREDICTION, pi.kind());
        assertEquals(Math.exp(p.piLower().getAsDouble()), pi.lower(), 1e-12);
        assertEquals(Math.exp(p.piUpper().getAsDouble()), pi.upper(), 1e-12);
        assertEquals("[0.15, 1.55]", pi.cells().get(2));
        // metafor predict(res, transf=exp): pi.lb 0.1546, pi.ub 1.5490
        assertEquals(0.15463431340090578, pi.lower(), 1e-6);
        assertEquals(1.5490278391134338, pi.upper(), 1e-6);
        assertTrue(ForestPlots.of(reml, ForestOptions.defaults().withPrediction(false)).row("pi").isEmpty());
    }

    @Test
    void ratioMeasuresGetALogAxisWithTheNullLineAtOne() {
        AxisSpec a = spec.axis();
        assertTrue(a.log());
        assertEquals(1.0, spec.nullValue(), 0.0);
        assertTrue(a.contains(1.0));
        for (ForestRow r : spec.studyRows()) {
            assertTrue(a.contains(r.estimate()), r.label());
        }
        assertEquals(0.05, a.min(), 1e-12);
        assertEquals(20, a.max(), 1e-12);
        assertEquals(0.5, a.fraction(1.0), 1e-12, "symmetric log axis puts 1 in the middle");
        assertEquals("Risk Ratio (log scale)", a.title());
        assertEquals("Favours BCG", spec.favoursLeft());
    }

    @Test
    void differenceMeasuresGetALinearAxisWithTheNullLineAtZero() {
        EffectSizeData d = EffectSizes.generic(new double[] {-1.2, 0.3, 0.8}, new double[] {0.04, 0.09, 0.25},
                new String[] {"A", "B", "C"});
        ForestPlotSpec s = ForestPlots.of(MetaAnalysis.fit(d, ModelOptions.of(Method.DL)), ForestOptions.defaults());
        assertFalse(s.axis().log());
        assertEquals(0.0, s.nullValue(), 0.0);
        assertEquals(-1.2, s.studyRows().get(0).estimate(), 1e-12);
        assertTrue(s.axis().min() <= -1.2 - Z975 * 0.2 + 1e-9);
    }

    @Test
    void heterogeneityAndOverallTestTexts() {
        assertEquals("Heterogeneity: tau² = 0.3132, I² = 92.2%, Q = 152.23 (df = 12), p < 0.001",
                spec.row("heterogeneity").orElseThrow().label());
        assertEquals("Test for overall effect: z = -3.97, p < 0.001", spec.row("overall-test").orElseThrow().label());
    }

    @Test
    void intervalsLeavingTheAxisGetArrowsAndAreDrawnWithThem() {
        ForestPlotSpec narrow = ForestPlots.of(reml, ForestOptions.defaults().withAxis(0.5, 2));
        ForestRow aronson = narrow.studyRows().get(0); // 0.41 [0.13, 1.26]
        assertTrue(aronson.arrowLower());
        assertFalse(aronson.arrowUpper());
        ForestRow cw = narrow.studyRows().get(11); // Comstock & Webster 1969: 1.56 [0.37, 6.53]
        assertTrue(cw.arrowLower());
        assertTrue(cw.arrowUpper());
        long arrows = narrow.studyRows().stream().mapToLong(r -> (r.arrowLower() ? 1 : 0) + (r.arrowUpper() ? 1 : 0))
                .sum();
        Scene scene = ChartLayouts.layout(narrow, 980, 600, TextMetrics.APPROXIMATE);
        long triangles = scene.shapes().stream()
                .filter(s -> s instanceof Scene.Polygon p && p.points().length == 6).count();
        assertEquals(arrows, triangles);
        assertTrue(spec.studyRows().stream().noneMatch(r -> r.arrowLower() || r.arrowUpper()),
                "the automatic axis covers every BCG interval");
    }

    @Test
    void layoutDrawsDiamondsAtTheAxisPositionsOfTheCi() {
        Scene scene = ChartLayouts.layout(spec, 980, 600, TextMetrics.APPROXIMATE);
        List<Scene.Polygon> diamonds = scene.shapes().stream()
                .filter(s -> s instanceof Scene.Polygon p && p.points().length == 8).map(s -> (Scene.Polygon) s)
                .toList();
        assertEquals(2, diamonds.size());
        Scene.Polygon random = diamonds.get(1);
        double[] p = random.points();
        // left and right tips are the CI limits, the top and bottom the estimate: fractions on the same axis
        double w = p[4] - p[0];
        AxisSpec a = spec.axis();
        ForestRow d = spec.row("random").orElseThrow();
        double expected = (a.fraction(d.estimate()) - a.fraction(d.lower())) / (a.fraction(d.upper())
                - a.fraction(d.lower()));
        assertEquals(expected, (p[2] - p[0]) / w, 1e-9);
        assertTrue(scene.texts().contains("Aronson 1948"));
        assertTrue(scene.texts().contains("\u2190 Favours BCG"));
        assertTrue(scene.texts().contains("Favours control \u2192"));
    }

    @Test
    void subgroupSectionsHaveSubtotalsAndTheTestForSubgroupDifferences() {
        ForestPlotSpec s = ForestPlots.ofSubgroups(bcg.data, bcg.alloc, ModelOptions.of(Method.REML),
                ForestOptions.defaults());
        SubgroupResult sg = Sensitivity.subgroups(bcg.data, bcg.alloc, ModelOptions.of(Method.REML));
        assertEquals(13, s.studyRows().size());
        assertEquals(List.of("alternate", "random", "systematic"),
                s.rowsOfKind(ForestRow.Kind.HEADER).stream().map(ForestRow::label).toList());
        for (var e : sg.groups().entrySet()) {
            ForestRow sub = s.row("subtotal:" + e.getKey()).orElseThrow();
            assertEquals(Math.exp(e.getValue().estimate()), sub.estimate(), 1e-12);
            assertEquals(Math.exp(e.getValue().ciLower()), sub.lower(), 1e-12);
            assertEquals("Subtotal (k = " + e.getValue().k() + ")", sub.label());
        }
        // the studies of a section follow its header
        List<ForestRow> rows = s.rows();
        int h = rows.indexOf(s.row("header:alternate").orElseThrow());
        assertEquals("Frimodt-Moller et al 1973", rows.get(h + 1).label());
        assertEquals("Stein & Aronson 1953", rows.get(h + 2).label());
        assertEquals("subtotal:alternate", rows.get(h + 3).tag());
        assertEquals(String.format(java.util.Locale.ROOT, "Test for subgroup differences: Q = %.2f (df = 2), p = %.3f",
                sg.qBetween(), sg.pBetween()), s.row("subgroup-test").orElseThrow().label());
        RmaResult overall = reml;
        assertEquals(Math.exp(overall.estimate()), s.row("random").orElseThrow().estimate(), 1e-12);
    }
}
