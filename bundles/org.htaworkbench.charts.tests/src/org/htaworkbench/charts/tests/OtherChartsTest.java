package org.htaworkbench.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.charts.BubblePlotSpec;
import org.htaworkbench.charts.BubblePlots;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestRow;
import org.htaworkbench.charts.FunnelPlotSpec;
import org.htaworkbench.charts.FunnelPlots;
import org.htaworkbench.charts.SensitivityPlots;
import org.htaworkbench.stats.MetaRegression;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.PublicationBias;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.SummaryRow;
import org.htaworkbench.stats.TrimFillResult;
import org.junit.jupiter.api.Test;

class OtherChartsTest {
    private static final double Z975 = 1.959963984540054;
    private final Bcg bcg = Bcg.load();
    private final RmaResult reml = bcg.reml();

    @Test
    void leaveOneOutRowsAreTheEnginesRefits() {
        ForestPlotSpec s = SensitivityPlots.leaveOneOut(reml, null);
        List<SummaryRow> l1o = Sensitivity.leaveOneOut(bcg.data, reml.options());
        List<ForestRow> rows = s.studyRows();
        assertEquals(13, rows.size());
        for (int i = 0; i < 13; i++) {
            assertEquals(ForestRow.Kind.POINT, rows.get(i).kind());
            assertEquals("Omitting " + bcg.labels[i], rows.get(i).label());
            assertEquals(l1o.get(i).transformedEstimate(), rows.get(i).estimate(), 1e-12);
            assertEquals(l1o.get(i).transformedCiLower(), rows.get(i).lower(), 1e-12);
            assertEquals(l1o.get(i).transformedCiUpper(), rows.get(i).upper(), 1e-12);
            assertEquals("12", rows.get(i).cells().get(0));
        }
        ForestRow all = s.row("all").orElseThrow();
        assertEquals(Math.exp(reml.estimate()), all.estimate(), 1e-12);
        assertTrue(s.axis().log());
    }

    @Test
    void cumulativeRowsAddStudiesInOrderAndEndAtTheFullModel() {
        int[] order = Sensitivity.orderBy(bcg.year);
        ForestPlotSpec s = SensitivityPlots.cumulative(reml, order, null);
        List<ForestRow> rows = s.studyRows();
        assertEquals("+ " + bcg.labels[order[0]], rows.get(0).label());
        assertEquals("1", rows.get(0).cells().get(0));
        assertEquals(Math.exp(bcg.data.yi()[order[0]]), rows.get(0).estimate(), 1e-12, "k = 1 pools one study");
        assertEquals(Math.exp(reml.estimate()), rows.get(12).estimate(), 1e-9);
        assertEquals(Math.exp(reml.ciUpper()), rows.get(12).upper(), 1e-9);
    }

    @Test
    void funnelHasOnePointPerStudyAndThePseudoConfidenceRegion() {
        FunnelPlotSpec f = FunnelPlots.of(reml, "Funnel");
        assertEquals(13, f.points().size());
        for (int i = 0; i < 13; i++) {
            assertEquals(Math.exp(bcg.data.yi()[i]), f.points().get(i).x(), 1e-12);
            assertEquals(Math.sqrt(bcg.data.vi()[i]), f.points().get(i).se(), 1e-15);
        }
        assertTrue(f.imputed().isEmpty());
        assertTrue(Double.isNaN(f.adjustedEstimate()));
        assertEquals(Math.exp(reml.estimate()), f.estimate(), 1e-12);
        assertEquals(Math.exp(reml.estimate()), f.regionLeft()[0], 1e-12, "apex at se = 0");
        assertEquals(Math.exp(reml.estimate() - Z975 * f.seMax()), f.regionLeft()[1], 1e-9);
        assertEquals(Math.exp(reml.estimate() + Z975 * f.seMax()), f.regionRight()[1], 1e-9);
        double maxSe = java.util.Arrays.stream(bcg.data.vi()).map(Math::sqrt).max().orElseThrow();
        assertTrue(f.seMax() >= maxSe);
        assertTrue(f.yAxis().reversed(), "se = 0 at the top");
        assertTrue(f.xAxis().log());
        assertTrue(f.xAxis().contains(f.regionLeft()[1]) && f.xAxis().contains(f.regionRight()[1]));
    }

    @Test
    void funnelWithTrimAndFillShowsTheImputedStudies() {
        TrimFillResult tf = PublicationBias.trimFill(bcg.data, reml.options());
        FunnelPlotSpec f = FunnelPlots.withTrimFill(reml, null);
        assertEquals(tf.k0(), f.imputed().size());
        assertTrue(tf.k0() > 0, "metafor's trimfill imputes 1 study on the right for dat.bcg REML");
        for (int i = 0; i < tf.k0(); i++) {
            assertEquals(Math.exp(tf.filledYi()[i]), f.imputed().get(i).x(), 1e-12);
            assertEquals(Math.sqrt(tf.filledVi()[i]), f.imputed().get(i).se(), 1e-15);
        }
        assertEquals(Math.exp(tf.model().estimate()), f.adjustedEstimate(), 1e-12);
        assertTrue(f.legend().stream().anyMatch(l -> l.contains("k0 = " + tf.k0())));
    }

    @Test
    void bubblePlotLineIsTheMetaRegressionFit() {
        double[][] mods = new double[13][1];
        for (int i = 0; i < 13; i++) {
            mods[i][0] = bcg.ablat[i];
        }
        MetaRegressionResult mr = MetaRegression.fit(bcg.data, mods, new String[] {"ablat"}, true,
                ModelOptions.of(Method.REML));
        BubblePlotSpec b = BubblePlots.of(mr, bcg.data, bcg.ablat, "Absolute latitude", null);
        assertEquals(13, b.bubbles().size());
        double b0 = mr.coefficients().get(0).estimate(), b1 = mr.coefficients().get(1).estimate();
        // metafor: rma(yi, vi, mods = ~ ablat, data = dat.bcg): intercept 0.2515, slope -0.0291
        assertEquals(-0.0291, b1, 5e-5);
        for (double[] p : b.line()) {
            assertEquals(Math.exp(b0 + b1 * p[0]), p[1], 1e-9);
            assertTrue(p[2] < p[1] && p[1] < p[3]);
        }
        double maxW = 0;
        for (int i = 0; i < 13; i++) {
            maxW = Math.max(maxW, 1 / (bcg.data.vi()[i] + mr.tau2()));
        }
        for (int i = 0; i < 13; i++) {
            BubblePlotSpec.Bubble bu = b.bubbles().get(i);
            assertEquals(bcg.ablat[i], bu.x(), 0.0);
            assertEquals(Math.exp(bcg.data.yi()[i]), bu.y(), 1e-12);
            assertEquals(Math.sqrt(1 / (bcg.data.vi()[i] + mr.tau2()) / maxW), bu.sizeScale(), 1e-12);
        }
        assertTrue(b.caption().startsWith("Slope -0.0291"));
        assertThrows(IllegalArgumentException.class,
                () -> BubblePlots.of(mr, bcg.data, new double[3], "x", null));
        assertNotNull(b.yAxis());
    }
}
