package org.htaworkbench.validation.internal;

import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;

/** Classifies effect measures. */
public final class EffectMeasures {

    /** Scale on which a measure's CI is symmetric. */
    public enum Scale { RATIO, DIFFERENCE, OTHER }

    private EffectMeasures() {
    }

    /** The measure, falling back to the printed label when the enum is unset. */
    public static EffectMeasure of(EffectEstimateResult e) {
        EffectMeasure m = e.getMeasure();
        if (m != null && m != EffectMeasure.UNSPECIFIED && m != EffectMeasure.OTHER) {
            return m;
        }
        String t = e.getMeasureText();
        if (t != null) {
            String u = t.strip().toUpperCase(java.util.Locale.ROOT);
            for (EffectMeasure c : EffectMeasure.values()) {
                if (u.equals(c.getName()) || u.startsWith(c.getName() + " ") || u.startsWith(c.getName() + "=")) {
                    return c;
                }
            }
        }
        return m == null ? EffectMeasure.UNSPECIFIED : m;
    }

    public static Scale scale(EffectMeasure m) {
        return switch (m) {
            case RR, OR, HR -> Scale.RATIO;
            case MD, SMD, RD -> Scale.DIFFERENCE;
            default -> Scale.OTHER;
        };
    }

    /** Human name: "risk ratio". */
    public static String name(EffectMeasure m) {
        return switch (m) {
            case RR -> "risk ratio";
            case OR -> "odds ratio";
            case RD -> "risk difference";
            case HR -> "hazard ratio";
            case MD -> "mean difference";
            case SMD -> "standardised mean difference";
            default -> m.getName();
        };
    }

    /** The label as printed, or the measure's name. */
    public static String label(EffectEstimateResult e) {
        String t = e.getMeasureText();
        return t != null && !t.isBlank() ? t.strip() : of(e).getName();
    }
}
