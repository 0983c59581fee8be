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

    /** Back-transform of a per-study value (IPFT uses the study's n). */
    public static double study(EffectSizeData data, int i, double x) {
        Measure.Transform t = data.measure().transform();
        double n = t == Measure.Transform.IPFT ? data.ni()[i] : Double.NaN;
        return BackTransform.apply(t, x, n);
    }

    /** Back-transform of a pooled value (IPFT uses the harmonic mean of the n). */
    public static double pooled(EffectSizeData data, double x) {
        Measure.Transform t = data.measure().transform();
        double n = t == Measure.Transform.IPFT ? data.harmonicMeanN() : Double.NaN;
        return BackTransform.apply(t, x, n);
    }
}
