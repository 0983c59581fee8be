package org.htaworkbench.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.model.Adjustment;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.StatsException;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;
import org.htaworkbench.validation.internal.ArmRisks.Pair;
import org.htaworkbench.validation.internal.Printed.Range;

/**
 * Check {@code effect.counts}: recomputes RR, OR and RD (with Wald 95% CIs, via the statistics engine's
 * {@link EffectSizes}, metafor's defaults: 0.5 added to every cell only when a cell is 0) from the arm counts of the
 * same study and outcome, and compares them with a reported RR/OR/RD within the rounding of its printed digits. When
 * the arms only have printed percentages, the set of ratios the rounded percentages allow is used instead. When the
 * label's measure does not fit but another measure (or the inverse comparison) does, the finding names it.
 * <p>
 * Adjusted estimates are skipped; pooled estimates and estimates of reviews/meta-analyses are compared only with
 * counts, and a mismatch is INFO (a stratified or pooled estimate need not equal the crude one).
 */
public final class EffectFromCountsCheck {

    private static final double Z95 = 1.959963984540054;

    private EffectFromCountsCheck() {
    }

    /** A recomputed measure: point value (or range for percentages) and CI (counts only). */
    record Computed(EffectMeasure measure, boolean reversed, Range value, double point, double lower, double upper) {

        String label() {
            return measure.getName() + (reversed ? " with the arms swapped" : "");
        }
    }

    public static void check(EffectEstimateResult e, Sink sink) {
        EffectMeasure m = EffectMeasures.of(e);
        if (m != EffectMeasure.RR && m != EffectMeasure.OR && m != EffectMeasure.RD) {
            return;
        }
        if (e.getAdjustment() == Adjustment.ADJUSTED || e.getAdjustment() == Adjustment.PROPENSITY_MATCHED) {
            return;
        }
        Range reported = Printed.range(e.getEstimate());
        if (reported == null || !Printed.exact(e.getEstimate())) {
            return;
        }
        Pair pair = ArmRisks.find(e, e.getExperimentalArm(), e.getComparatorArm());
        if (pair == null) {
            return;
        }
        boolean crudeExpected = !e.isPooled() && !ArmRisks.isReview(e.getStudy());
        if (!pair.counts() && !crudeExpected) {
            return;
        }
        // RD printed in percentage points ("12.7") rather than as a proportion ("0.127")
        double rdScale = Math.abs(e.getEstimate().getValue()) > 1 || "%".equals(e.getEstimate().getUnit()) ? 100 : 1;
        List<Computed> all = new ArrayList<>();
        for (EffectMeasure c : new EffectMeasure[] {EffectMeasure.RR, EffectMeasure.OR, EffectMeasure.RD}) {
            for (boolean reversed : new boolean[] {false, true}) {
                Computed x = compute(c, reversed, pair, c == EffectMeasure.RD ? rdScale : 1);
                if (x != null) {
                    all.add(x);
                }
            }
        }
        Computed labelled = find(all, m, false);
        if (labelled == null) {
            return;
        }
        if (labelled.value.overlaps(reported)) {
            if (pair.counts()) {
                compareCi(e, labelled, pair, sink);
            }
            return;
        }
        List<Computed> matching = new ArrayList<>();
        for (Computed c : all) {
            if (c != labelled && c.value.overlaps(reported)) {
                matching.add(c);
            }
        }
        Severity severity = crudeExpected ? Severity.WARNING : Severity.INFO;
        StringBuilder b = new StringBuilder("reported ").append(describe(e)).append(' ');
        if (!matching.isEmpty()) {
            Computed other = matching.get(0);
            b.append("matches the ").append(EffectMeasures.name(other.measure))
                    .append(other.reversed ? " with the arms swapped" : "").append(", not the ")
                    .append(EffectMeasures.name(m)).append(": from ").append(pair.text()).append(" the ")
                    .append(m.getName()).append(" is ").append(show(labelled, e)).append(" and the ")
                    .append(other.label()).append(" is ").append(show(other, e)).append('.');
            b.append(other.measure != m ? " The label '" + EffectMeasures.label(e) + "' is probably wrong."
                    : " The arms are probably reversed.");
        } else {
            b.append("does not match the ").append(pair.counts() ? "counts" : "printed percentages").append(": from ")
                    .append(pair.text()).append(" the RR is ").append(show(find(all, EffectMeasure.RR, false), e))
                    .append(", the OR ").append(show(find(all, EffectMeasure.OR, false), e)).append(" and the RD ")
                    .append(show(find(all, EffectMeasure.RD, false), e)).append('.');
            if (!crudeExpected) {
                b.append(" (A pooled or stratified estimate need not equal the crude one.)");
            }
        }
        sink.result(severity, CheckId.EFFECT_FROM_COUNTS, e, e, b.toString());
    }

    private static Computed find(List<Computed> all, EffectMeasure m, boolean reversed) {
        for (Computed c : all) {
            if (c.measure == m && c.reversed == reversed) {
                return c;
            }
        }
        return null;
    }

    /** "RR 5.15 (95% CI 1.11 to 23.84)". */
    static String describe(EffectEstimateResult e) {
        StringBuilder b = new StringBuilder(EffectMeasures.label(e)).append(' ').append(Printed.text(e.getEstimate()));
        Interval i = e.getInterval();
        if (i != null && Printed.has(i.getLower()) && Printed.has(i.getUpper())) {
            b.append(" (").append(i.getLevel() == null ? "95" : Printed.fmt(i.getLevel(), 0)).append("% CI ")
                    .append(Printed.text(i)).append(')');
        }
        return b.toString();
    }

    /** Computed value formatted like the printed estimate, with the CI like the printed limits. */
    private static String show(Computed c, EffectEstimateResult e) {
        if (c == null) {
            return "undefined";
        }
        ReportedValue est = e.getEstimate();
        int minDecimals = c.measure == EffectMeasure.RD && Math.abs(c.point) < 1 ? 3 : 2;
        if (!Double.isNaN(c.point)) {
            String s = Printed.like(c.point, est, minDecimals);
            if (!Double.isNaN(c.lower)) {
                Interval i = e.getInterval();
                ReportedValue lo = i != null && Printed.has(i.getLower()) ? i.getLower() : est;
                ReportedValue hi = i != null && Printed.has(i.getUpper()) ? i.getUpper() : est;
                s += " (" + Printed.like(c.lower, lo, minDecimals) + " to " + Printed.like(c.upper, hi, minDecimals) + ")";
            }
            return s;
        }
        return "between " + Printed.like(c.value.lo(), est, minDecimals) + " and " + Printed.like(c.value.hi(), est, minDecimals);
    }

    private static Computed compute(EffectMeasure m, boolean reversed, Pair pair, double scale) {
        ArmRisks.Risk a = reversed ? pair.comparator() : pair.experimental();
        ArmRisks.Risk b = reversed ? pair.experimental() : pair.comparator();
        if (pair.counts()) {
            Measure sm = switch (m) {
                case RR -> Measure.RR;
                case OR -> Measure.OR;
                default -> Measure.RD;
            };
            try {
                EffectSizeData d = EffectSizes.twoByTwoFromTotals(sm, new double[] {a.events()},
                        new double[] {a.total()}, new double[] {b.events()}, new double[] {b.total()}, null,
                        ContinuityCorrection.METAFOR_DEFAULT);
                double y = d.yi()[0];
                double se = Math.sqrt(d.vi()[0]);
                double lo = y - Z95 * se;
                double hi = y + Z95 * se;
                if (m != EffectMeasure.RD) {
                    y = Math.exp(y);
                    lo = Math.exp(lo);
                    hi = Math.exp(hi);
                } else {
                    y *= scale;
                    lo *= scale;
                    hi *= scale;
                }
                return new Computed(m, reversed, new Range(y, y), y, lo, hi);
            } catch (StatsException ex) {
                return null; // undefined for these counts (e.g. RD variance 0): nothing to compare
            }
        }
        Range p1 = a.risk();
        Range p2 = b.risk();
        Range r = switch (m) {
            case RR -> new Range(div(p1.lo(), p2.hi()), div(p1.hi(), p2.lo()));
            case OR -> new Range(div(odds(p1.lo()), odds(p2.hi())), div(odds(p1.hi()), odds(p2.lo())));
            default -> new Range((p1.lo() - p2.hi()) * scale, (p1.hi() - p2.lo()) * scale);
        };
        // 0/0 corners leave the ratio unconstrained
        r = new Range(Double.isNaN(r.lo()) ? Double.NEGATIVE_INFINITY : r.lo(),
                Double.isNaN(r.hi()) ? Double.POSITIVE_INFINITY : r.hi());
        return new Computed(m, reversed, r, Double.NaN, Double.NaN, Double.NaN);
    }

    private static double odds(double p) {
        return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
    }

    private static double div(double a, double b) {
        if (b == 0) {
            return a == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return a / b;
    }

    /** The estimate fits: report a CI that is not the Wald CI (another method) as INFO only. */
    private static void compareCi(EffectEstimateResult e, Computed c, Pair pair, Sink sink) {
        Interval i = e.getInterval();
        if (i == null || !Printed.exact(i.getLower()) || !Printed.exact(i.getUpper())) {
            return;
        }
        if (i.getLevel() != null && Math.abs(i.getLevel() - 95) > 1e-9) {
            return;
        }
        Range lo = Printed.range(i.getLower());
        Range hi = Printed.range(i.getUpper());
        if (lo.contains(c.lower) && hi.contains(c.upper)) {
            return;
        }
        sink.result(Severity.INFO, CheckId.EFFECT_FROM_COUNTS, e, i, "reported " + describe(e) + ": the estimate fits "
                + pair.text() + " but the Wald 95% CI is " + show(c, e).replaceFirst("^\\S+ ", "")
                + "; the source may have used another CI method.");
    }
}
