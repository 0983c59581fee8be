package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.charts.internal.Fmt;
import org.htaworkbench.charts.internal.Measures;
import org.htaworkbench.stats.Coefficient;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.Prediction;

/** Bubble plots for meta-regression with a single moderator (plus intercept). */
public final class BubblePlots {
    private BubblePlots() {
    }

    /**
     * @param regression the fit of {@code data} on {@code moderator} (one moderator column, with intercept)
     * @param moderator  the moderator value of each study of {@code data}
     */
    public static BubblePlotSpec of(MetaRegressionResult regression, EffectSizeData data, double[] moderator,
            String moderatorName, String title) {
        if (!regression.intercept() || regression.coefficients().size() != 2) {
            throw new IllegalArgumentException("bubble plots need an intercept and exactly one moderator");
        }
        if (moderator.length != data.k()) {
            throw new IllegalArgumentException("need one moderator value per study");
        }
        boolean ratio = Measures.isRatio(data.measure());
        double tau2 = regression.tau2();
        // the accessors copy: once per plot, not per study (per-study copies made this O(k²))
        double[] yi = data.yi();
        double[] vi = data.vi();
        String[] labels = data.labels();
        double[] sizes = Measures.studySizes(data);
        Measure.Transform transform = data.measure().transform();
        double[] w = new double[data.k()];
        double maxW = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 / (vi[i] + tau2);
            maxW = Math.max(maxW, w[i]);
        }
        List<BubblePlotSpec.Bubble> bubbles = new ArrayList<>();
        double xlo = Double.POSITIVE_INFINITY, xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY, yhi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            double y = Measures.study(transform, sizes, i, yi[i]);
            bubbles.add(new BubblePlotSpec.Bubble(labels[i], moderator[i], y, w[i], Math.sqrt(w[i] / maxW)));
            xlo = Math.min(xlo, moderator[i]);
            xhi = Math.max(xhi, moderator[i]);
            ylo = Math.min(ylo, y);
            yhi = Math.max(yhi, y);
        }
        AxisSpec xAxis = AxisSpec.linear(moderatorName, xlo, xhi, 6);
        List<double[]> line = new ArrayList<>();
        int n = 60;
        for (int j = 0; j <= n; j++) {
            double x = xAxis.min() + (xAxis.max() - xAxis.min()) * j / n;
            Prediction p = regression.predict(new double[] {x});
            double[] pt = {x, Measures.pooled(data, p.pred()), Measures.pooled(data, p.ciLower()),
                    Measures.pooled(data, p.ciUpper())};
            line.add(pt);
            ylo = Math.min(ylo, pt[2]);
            yhi = Math.max(yhi, pt[3]);
        }
        String name = Measures.effectName(data.measure());
        AxisSpec yAxis;
        if (ratio) {
            double m = Math.max(Math.log(yhi) - Math.log(ylo), 1e-9) * 0.05;
            yAxis = AxisSpec.logFixed(name + " (log scale)", Math.exp(Math.log(ylo) - m), Math.exp(Math.log(yhi) + m));
        } else {
            yAxis = AxisSpec.linear(name, ylo, yhi, 6);
        }
        Coefficient slope = regression.coefficients().get(1);
        String caption = "Slope " + Fmt.fixed(slope.estimate(), 4) + (ratio ? " (log scale)" : "") + " [" + Fmt.fixed(
                slope.ciLower(), 4) + ", " + Fmt.fixed(slope.ciUpper(), 4) + "], " + Fmt.p(slope.pval())
                + (regression.options().method().isFixed() ? "" : "; residual tau² = " + Fmt.fixed(tau2, 4))
                + (regression.r2().isPresent() ? ", R² = " + Fmt.fixed(regression.r2().getAsDouble(), 1) + "%" : "");
        return new BubblePlotSpec(title == null ? "" : title, xAxis, yAxis, bubbles, line,
                Measures.nullValue(data.measure()), caption);
    }
}
