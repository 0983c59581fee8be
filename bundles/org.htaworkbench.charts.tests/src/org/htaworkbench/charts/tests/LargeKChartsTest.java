package org.htaworkbench.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.htaworkbench.charts.BubblePlotSpec;
import org.htaworkbench.charts.BubblePlots;
import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.charts.ForestRow;
import org.htaworkbench.charts.FunnelPlotSpec;
import org.htaworkbench.charts.FunnelPlots;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.TextMetrics;
import org.htaworkbench.stats.BackTransform;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.MetaRegression;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.junit.jupiter.api.Test;

/**
 * Forest, funnel and bubble specs and the forest layout for many studies: every study's values are the data's after
 * the per-study array copies were hoisted out of the loops. How long they take is measured by the charts.ui
 * benchmark (RESULTS.md), not here.
 */
class LargeKChartsTest {
    private static final double Z975 = 1.959963984540054;

    /** Synthetic 2x2 studies (risk ratio), fixed seed. */
    static EffectSizeData riskRatios(int k) {
        Random rnd = new Random(20260);
        double[] ai = new double[k], n1i = new double[k], ci = new double[k], n2i = new double[k];
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            n1i[i] = 20 + rnd.nextInt(480);
            n2i[i] = 20 + rnd.nextInt(480);
            double p = 0.05 + 0.35 * rnd.nextDouble();
            ci[i] = Math.round(p * n2i[i]);
            ai[i] = Math.min(n1i[i], Math.round(p * Math.exp(-0.2 + 0.3 * rnd.nextGaussian()) * n1i[i]));
            labels[i] = "Author" + i + " " + (1950 + rnd.nextInt(75));
        }
        return EffectSizes.twoByTwoFromTotals(Measure.RR, ai, n1i, ci, n2i, labels, null);
    }

    /** Synthetic proportions with the Freeman-Tukey transform, whose back-transform needs each study's n. */
    static EffectSizeData freemanTukey(int k) {
        Random rnd = new Random(7);
        double[] xi = new double[k], ni = new double[k];
        String[] labels = new String[k];
        for (int i = 0; i < k; i++) {
            ni[i] = 10 + rnd.nextInt(300);
            xi[i] = Math.round(ni[i] * rnd.nextDouble() * 0.6);
            labels[i] = "Cohort " + i;
        }
        return EffectSizes.proportions(Measure.PFT, xi, ni, labels, null);
    }

    @Test
    void forestRowsOfAThousandStudiesAreTheDatasValues() {
        EffectSizeData d = riskRatios(1000);
        RmaResult r = MetaAnalysis.fit(d, ModelOptions.of(Method.REML));
        ForestPlotSpec s = ForestPlots.of(r, ForestOptions.defaults());
        List<ForestRow> rows = s.studyRows();
        assertEquals(1000, rows.size());
        double[] yi = d.yi(), vi = d.vi(), w = r.weightsPercent();
        String[] labels = d.labels();
        for (int i = 0; i < 1000; i++) {
            ForestRow row = rows.get(i);
            double se = Math.sqrt(vi[i]);
            assertEquals(labels[i], row.label());
            assertEquals(i, row.studyIndex());
            assertEquals(Math.exp(yi[i]), row.estimate(), 0.0, row.label());
            assertEquals(Math.exp(yi[i] - Z975 * se), row.lower(), 1e-12 * row.lower(), row.label());
            assertEquals(Math.exp(yi[i] + Z975 * se), row.upper(), 1e-12 * row.upper(), row.label());
            assertEquals(w[i], row.weightPercent(), 0.0);
        }
    }

    @Test
    void freemanTukeyRowsBackTransformWithEachStudysOwnN() {
        EffectSizeData d = freemanTukey(300);
        RmaResult r = MetaAnalysis.fit(d, ModelOptions.of(Method.REML));
        double[] yi = d.yi(), vi = d.vi(), ni = d.ni();
        List<ForestRow> rows = ForestPlots.of(r, ForestOptions.defaults()).studyRows();
        for (int i = 0; i < 300; i++) {
            double se = Math.sqrt(vi[i]);
            assertEquals(BackTransform.ipft(yi[i], ni[i]), rows.get(i).estimate(), 0.0);
            // z from the charts' own quantile function: may differ from Z975 in the last bit
            assertEquals(BackTransform.ipft(yi[i] - Z975 * se, ni[i]), rows.get(i).lower(), 1e-12);
            assertEquals(BackTransform.ipft(yi[i] + Z975 * se, ni[i]), rows.get(i).upper(), 1e-12);
        }
        // the bubble plot back-transforms the same way
        double[] x = new double[300];
        double[][] mods = new double[300][1];
        for (int i = 0; i < 300; i++) {
            x[i] = i % 17;
            mods[i][0] = x[i];
        }
        MetaRegressionResult mr = MetaRegression.fit(d, mods, new String[] {"x"}, true, ModelOptions.of(Method.REML));
        BubblePlotSpec b = BubblePlots.of(mr, d, x, "x", null);
        for (int i = 0; i < 300; i++) {
            assertEquals(BackTransform.ipft(yi[i], ni[i]), b.bubbles().get(i).y(), 0.0);
            assertEquals(d.labels()[i], b.bubbles().get(i).label());
        }
    }

    @Test
    void funnelPointsOfAThousandStudiesAreTheDatasValues() {
        EffectSizeData d = riskRatios(1000);
        FunnelPlotSpec f = FunnelPlots.of(MetaAnalysis.fit(d, ModelOptions.of(Method.REML)), "Funnel");
        double[] yi = d.yi(), vi = d.vi();
        assertEquals(1000, f.points().size());
        for (int i = 0; i < 1000; i++) {
            FunnelPlotSpec.Point p = f.points().get(i);
            assertEquals(d.labels()[i], p.label());
            assertEquals(Math.exp(yi[i]), p.x(), 0.0);
            assertEquals(Math.sqrt(vi[i]), p.se(), 0.0);
        }
    }

    @Test
    void studyLabelsAreIndentedOnlyUnderSubgroupHeadings() {
        EffectSizeData d = riskRatios(200);
        String[] group = new String[200];
        for (int i = 0; i < 200; i++) {
            group[i] = i % 3 == 0 ? "A" : "B";
        }
        ModelOptions reml = ModelOptions.of(Method.REML);
        ForestPlotSpec plain = ForestPlots.of(MetaAnalysis.fit(d, reml), ForestOptions.defaults());
        ForestPlotSpec grouped = ForestPlots.ofSubgroups(d, group, reml, ForestOptions.defaults());
        assertEquals(14, labelX(plain, d.labels()[5]), 0.0);
        assertEquals(22, labelX(grouped, d.labels()[5]), 0.0);
        assertEquals(14, labelX(grouped, "A"), 0.0, "headings are not indented");
    }

    private static double labelX(ForestPlotSpec s, String label) {
        Scene scene = ChartLayouts.layout(s, 980, 4000, TextMetrics.APPROXIMATE);
        return scene.shapes().stream().filter(sh -> sh instanceof Scene.Text t && t.text().equals(label))
                .mapToDouble(sh -> ((Scene.Text) sh).x()).findFirst().orElseThrow();
    }
}
