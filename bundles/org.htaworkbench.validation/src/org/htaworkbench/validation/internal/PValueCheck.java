package org.htaworkbench.validation.internal;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.ValueQualifier;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;
import org.htaworkbench.validation.internal.EffectMeasures.Scale;
import org.htaworkbench.validation.internal.Printed.Range;

/**
 * Check {@code pvalue.consistency} (statcheck-style): recovers the standard error from the 95% CI (on the log scale
 * for ratios: SE = (ln U − ln L) / (2·1.96)), computes z = estimate/SE and the two-sided normal p, and compares it with
 * the reported p. Every printed number is replaced by the range of true values it stands for, so the recomputed p is a
 * range; the reported p is a range too ("0.04" = [0.035, 0.045], "&lt;0.001" = [0, 0.001], "&gt;0.05" = [0.05, 1]).
 * They must overlap. A mismatch is a WARNING, or an ERROR when it changes significance at the 5% level.
 * <p>
 * The formula is written here rather than taken from the statistics engine because the engine works with exact
 * inputs, while this check needs the extreme p over the rounding box of three printed numbers (z is monotone in each,
 * so the extremes are at the corners).
 */
public final class PValueCheck {

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
    private static final double Z95 = 1.959963984540054;

    private PValueCheck() {
    }

    public static void check(EffectEstimateResult e, Sink sink) {
        EffectMeasure m = EffectMeasures.of(e);
        Scale scale = EffectMeasures.scale(m);
        ReportedValue p = e.getPValue();
        Interval i = e.getInterval();
        if (scale == Scale.OTHER || !Printed.has(p) || i == null || !Printed.exact(e.getEstimate())
                || !Printed.exact(i.getLower()) || !Printed.exact(i.getUpper())) {
            return;
        }
        if (i.getLevel() != null && Math.abs(i.getLevel() - 95) > 1e-9) {
            return;
        }
        Range est = Printed.range(e.getEstimate());
        Range lo = Printed.range(i.getLower());
        Range hi = Printed.range(i.getUpper());
        // malformed or non-containing intervals are reported by the interval check; no p can be recovered from them
        if (i.getLower().getValue() >= i.getUpper().getValue() || !new Range(lo.lo(), hi.hi()).overlaps(est)) {
            return;
        }
        boolean ratio = scale == Scale.RATIO;
        if (ratio && (lo.lo() <= 0 || est.lo() <= 0)) {
            return;
        }
        Range t = ratio ? new Range(Math.log(est.lo()), Math.log(est.hi())) : est;
        double absMin = t.lo() <= 0 && t.hi() >= 0 ? 0 : Math.min(Math.abs(t.lo()), Math.abs(t.hi()));
        double absMax = Math.max(Math.abs(t.lo()), Math.abs(t.hi()));
        double widthMin = ratio ? Math.log(hi.lo()) - Math.log(lo.hi()) : hi.lo() - lo.hi();
        double widthMax = ratio ? Math.log(hi.hi()) - Math.log(lo.lo()) : hi.hi() - lo.lo();
        if (!(widthMax > 0)) {
            return;
        }
        double seMin = Math.max(widthMin, 0) / (2 * Z95);
        double seMax = widthMax / (2 * Z95);
        double zMax = seMin > 0 ? absMax / seMin : Double.POSITIVE_INFINITY;
        double zMin = absMin / seMax;
        double pMin = twoSided(zMax);
        double pMax = twoSided(zMin);
        Range reported = reportedRange(p);
        if (reported == null || new Range(pMin, pMax).overlaps(reported)) {
            return;
        }
        double x = e.getEstimate().getValue();
        double width = ratio ? Math.log(i.getUpper().getValue()) - Math.log(i.getLower().getValue())
                : i.getUpper().getValue() - i.getLower().getValue();
        double zPoint = (ratio ? Math.abs(Math.log(x)) : Math.abs(x)) / (width / (2 * Z95));
        double pPoint = twoSided(zPoint);
        boolean reportedSignificant = reported.hi() < 0.05 || (reported.hi() <= 0.05 && p.getQualifier() == ValueQualifier.LESS_THAN);
        boolean reportedNotSignificant = reported.lo() >= 0.05;
        boolean decisionError = (reportedSignificant && pMin >= 0.05) || (reportedNotSignificant && pMax < 0.05);
        // size of the mismatch on the z scale, relative to the reported z: under 5% is INFO (another test, e.g. a
        // likelihood-ratio p, or rounding in the source paper), more is a WARNING
        double zRepLo = reported.hi() >= 1 ? 0 : zOf(reported.hi());
        double zRepHi = reported.lo() <= 0 ? Double.POSITIVE_INFINITY : zOf(reported.lo());
        double zGap = zMax < zRepLo ? zRepLo - zMax : zMin > zRepHi ? zMin - zRepHi : 0;
        double zRef = zMax < zRepLo ? zRepLo : zRepHi;
        boolean small = Double.isFinite(zRef) && zRef > 0 && zGap / zRef < SMALL_Z_GAP;
        String msg = "p" + (p.getQualifier() == null || p.getQualifier() == ValueQualifier.EXACT ? "=" : "")
                + Printed.text(p) + " is inconsistent with " + EffectFromCountsCheck.describe(e)
                + ": the CI implies SE = " + Printed.sig(width / (2 * Z95)) + (ratio ? " on the log scale" : "")
                + ", z = " + Printed.fmt(zPoint, 2)
                + " and p = " + Printed.sig(pPoint) + " (" + Printed.sig(pMin) + " to " + Printed.sig(pMax)
                + " allowing for the rounding of the printed digits)."
                + (decisionError ? " This changes the conclusion at the 5% level."
                        : small ? " (Small: under 5% on the z scale; possibly another test.)" : "");
        sink.result(decisionError ? Severity.ERROR : small ? Severity.INFO : Severity.WARNING, CheckId.P_VALUE, e, p, msg);
    }

    /** Below this relative gap on the z scale a mismatch is INFO. */
    static final double SMALL_Z_GAP = 0.05;

    /** z with two-sided p. */
    static double zOf(double p) {
        return NORMAL.inverseCumulativeProbability(1 - p / 2);
    }

    static double twoSided(double z) {
        if (Double.isInfinite(z)) {
            return 0;
        }
        return 2 * NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /** The p-values a printed p stands for, clipped to [0, 1]. */
    static Range reportedRange(ReportedValue p) {
        Range r = Printed.range(p);
        if (r == null) {
            return null;
        }
        return new Range(Math.max(0, r.lo()), Math.min(1, r.hi()));
    }
}
