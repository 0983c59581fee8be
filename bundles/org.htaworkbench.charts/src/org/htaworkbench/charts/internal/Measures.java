package org.htaworkbench.charts.internal;

import org.htaworkbench.stats.BackTransform;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;

/** Measure names, scales and back-transforms for chart labels. */
public final class Measures {
    private Measures() {
    }

    public static String effectName(Measure m) {
        return switch (m) {
            case RR -> "Risk Ratio";
            case OR -> "Odds Ratio";
            case PETO -> "Peto Odds Ratio";
            case RD -> "Risk Difference";
            case MD -> "Mean Difference";
            case SMD -> "Std. Mean Difference";
            case PR, PLO, PAS, PFT -> "Proportion";
            case GEN_LOG -> "Ratio";
            case GEN -> "Effect";
        };
    }

    public static boolean isRatio(Measure m) {
        return m.transform() == Measure.Transform.EXP;
    }

    public static boolean isProportion(Measure m) {
        return m.kind() == Measure.Kind.PROPORTION;
    }

    /** 1 for ratios, 0 for differences, NaN for proportions (no line of no effect). */
    public static double nullValue(Measure m) {
        return isRatio(m) ? 1 : isProportion(m) ? Double.NaN : 0;
    }

    /**
     * Back-transform of a per-study value (IPFT uses the study's n). Copies {@code data.ni()} on each call: in a loop
     * over the studies use {@link #studySizes} once and {@link #study(Measure.Transform, double[], int, double)}.
     */
    public static double study(EffectSizeData data, int i, double x) {
        return study(data.measure().transform(), studySizes(data), i, x);
    }

    /**
     * The per-study sample sizes that the back-transform needs (IPFT), else null. {@link EffectSizeData#ni()} returns
     * a copy: read it once per chart, as the other arrays; per study it makes a chart O(k²), as the per-study copies
     * of yi, vi and labels did (the forest spec at k = 10,000: 0.24 s, 17 ms without; charts.ui benchmark,
     * RESULTS.md).
     */
    public static double[] studySizes(EffectSizeData data) {
        return data.measure().transform() == Measure.Transform.IPFT ? data.ni() : null;
    }

    /** Back-transform of study {@code i}'s value {@code x}; {@code sizes} from {@link #studySizes}. */
    public static double study(Measure.Transform t, double[] sizes, int i, double x) {
        double n = t == Measure.Transform.IPFT ? sizes[i] : Double.NaN;
        return BackTransform.apply(t, x, n);
    }

    /** Back-transform of a pooled value (IPFT uses the harmonic mean of the n). */
    public static double pooled(EffectSizeData data, double x) {
        Measure.Transform t = data.measure().transform();
        double n = t == Measure.Transform.IPFT ? data.harmonicMeanN() : Double.NaN;
        return BackTransform.apply(t, x, n);
    }
}
