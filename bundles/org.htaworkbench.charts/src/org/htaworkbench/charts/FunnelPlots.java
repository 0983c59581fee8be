package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.charts.internal.Fmt;
import org.htaworkbench.charts.internal.Measures;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.PublicationBias;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.StandardNormal;
import org.htaworkbench.stats.TrimFillResult;

/** Funnel plots with the pseudo-confidence region (estimate ± z·se) and, optionally, trim-and-fill studies. */
public final class FunnelPlots {
    private FunnelPlots() {
    }

    public static FunnelPlotSpec of(RmaResult result, String title) {
        return build(result, null, title);
    }

    /** With trim and fill ({@link PublicationBias#trimFill} on the result's data and options). */
    public static FunnelPlotSpec withTrimFill(RmaResult result, String title) {
        return build(result, PublicationBias.trimFill(result.data(), result.options()), title);
    }

    public static FunnelPlotSpec of(RmaResult result, TrimFillResult trimFill, String title) {
        return build(result, trimFill, title);
    }

    private static FunnelPlotSpec build(RmaResult r, TrimFillResult tf, String title) {
        EffectSizeData d = r.data();
        boolean ratio = Measures.isRatio(d.measure());
        List<FunnelPlotSpec.Point> pts = new ArrayList<>();
        double seMax = 0;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        // the accessors copy: once per plot, not per study (per-study copies made this O(k²))
        double[] yi = d.yi();
        double[] vi = d.vi();
        String[] labels = d.labels();
        for (int i = 0; i < d.k(); i++) {
            double se = Math.sqrt(vi[i]);
            seMax = Math.max(seMax, se);
            pts.add(new FunnelPlotSpec.Point(labels[i], x(ratio, yi[i]), se));
            lo = Math.min(lo, yi[i]);
            hi = Math.max(hi, yi[i]);
        }
        List<FunnelPlotSpec.Point> imp = new ArrayList<>();
        if (tf != null) {
            double[] fy = tf.filledYi();
            double[] fv = tf.filledVi();
            for (int i = 0; i < fy.length; i++) {
                double se = Math.sqrt(fv[i]);
                seMax = Math.max(seMax, se);
                imp.add(new FunnelPlotSpec.Point("imputed " + (i + 1), x(ratio, fy[i]), se));
                lo = Math.min(lo, fy[i]);
                hi = Math.max(hi, fy[i]);
            }
        }
        double z = StandardNormal.criticalValue(r.options().level());
        AxisSpec seAxis = AxisSpec.linear("Standard error", 0, seMax * 1.02, 5);
        double seBottom = seAxis.max();
        double est = r.estimate();
        lo = Math.min(lo, est - z * seBottom);
        hi = Math.max(hi, est + z * seBottom);
        String name = Measures.effectName(d.measure());
        AxisSpec xAxis;
        if (ratio) {
            double m = Math.max(hi - lo, 1e-9) * 0.04;
            xAxis = AxisSpec.logFixed(name + " (log scale)", Math.exp(lo - m), Math.exp(hi + m));
        } else {
            xAxis = AxisSpec.linear(name, lo, hi, 6);
        }
        List<String> legend = new ArrayList<>();
        legend.add("Studies (k = " + d.k() + ")");
        double adjusted = Double.NaN;
        if (tf != null) {
            legend.add("Imputed by trim and fill (k0 = " + tf.k0() + ", " + tf.side() + ")");
            adjusted = Measures.pooled(d, tf.model().estimate());
        }
        legend.add("Pooled estimate " + Fmt.fixed(Measures.pooled(d, est), 2) + " (" + r.method() + ")");
        if (tf != null) {
            legend.add("Adjusted estimate " + Fmt.fixed(adjusted, 2));
        }
        legend.add("Pseudo " + Fmt.trim(r.options().level()) + "% confidence region");
        return new FunnelPlotSpec(title == null ? "" : title, xAxis, seAxis.withReversed(true), pts, imp,
                Measures.pooled(d, est), adjusted, z, new double[] {x(ratio, est), x(ratio, est - z * seBottom)},
                new double[] {x(ratio, est), x(ratio, est + z * seBottom)}, seBottom, legend);
    }

    private static double x(boolean ratio, double y) {
        return ratio ? Math.exp(y) : y;
    }
}
