package org.htaworkbench.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.Characteristic;
import org.htaworkbench.model.CharacteristicValue;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.IntervalKind;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.PooledProportionResult;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.StatisticKind;
import org.htaworkbench.model.SummaryStatisticResult;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;
import org.htaworkbench.validation.internal.EffectMeasures.Scale;
import org.htaworkbench.validation.internal.Printed.Range;

/**
 * Checks {@code interval.malformed}, {@code interval.contains} and {@code interval.symmetry}.
 * <ul>
 * <li>malformed: lower limit above the upper limit; negative limits of a ratio; limits on another scale than the
 * estimate (RR 0.84 with "78 to 86": the limits /100 would contain it);</li>
 * <li>contains: the estimate must lie in its CI (a mean or median in its range, a median in its IQR), allowing for
 * the rounding of all three printed numbers;</li>
 * <li>symmetry: a ratio CI (RR, OR, HR) must be symmetric on the log scale, i.e. est² = lower·upper for some true
 * values within the rounding of the printed digits; a difference CI (MD, RD, SMD) symmetric around the estimate.
 * Beyond rounding, a small asymmetry (under 5% of the half-width on that scale, e.g. another CI method) is INFO,
 * a larger one a WARNING.</li>
 * </ul>
 */
public final class IntervalCheck {

    /** Below this share of the (log) half-width an asymmetry beyond rounding is only INFO. */
    static final double SMALL_ASYMMETRY = 0.05;

    private IntervalCheck() {
    }

    enum Kind { RATIO, DIFFERENCE, PROPORTION, OTHER }

    public static void check(Result r, Sink sink) {
        if (r instanceof EffectEstimateResult e) {
            Kind k = switch (EffectMeasures.scale(EffectMeasures.of(e))) {
                case RATIO -> Kind.RATIO;
                case DIFFERENCE -> Kind.DIFFERENCE;
                default -> Kind.OTHER;
            };
            check(r, e.getEstimate(), e.getInterval(), k, EffectMeasures.label(e) + " ", sink);
        } else if (r instanceof ArmCountResult a) {
            check(r, a.getPercent(), a.getInterval(), Kind.PROPORTION, armPrefix(a.getArm()), sink);
        } else if (r instanceof PooledProportionResult p) {
            check(r, p.getProportion(), p.getInterval(), Kind.PROPORTION, armPrefix(p.getArm()), sink);
            check(r, p.getProportion(), p.getRange(), Kind.PROPORTION, armPrefix(p.getArm()), sink);
        } else if (r instanceof KaplanMeierEstimate k) {
            check(r, k.getEstimate(), k.getInterval(), Kind.PROPORTION, armPrefix(k.getArm()), sink);
        } else if (r instanceof SummaryStatisticResult s) {
            if (spreadApplies(s.getStatistic(), s.getSpread())) {
                check(r, s.getValue(), s.getSpread(), Kind.OTHER, armPrefix(s.getArm()), sink);
            }
        }
    }

    public static void check(CharacteristicValue v, Sink sink) {
        if (!(v.eContainer() instanceof Characteristic c) || !spreadApplies(c.getStatistic(), v.getSpread())) {
            return;
        }
        Interval i = v.getSpread();
        Finder f = finding(v, i, v.getValue(), Kind.OTHER);
        if (f != null) {
            String group = v.getGroupLabel() != null ? v.getGroupLabel() + ": " : "";
            sink.labelled(f.severity, f.check, Labels.study(Labels.studyOf(v)), Labels.characteristic(c), f.element,
                    group + f.message);
        }
    }

    /** A mean or median must lie in its range; only a median must lie in its IQR. */
    private static boolean spreadApplies(StatisticKind s, Interval spread) {
        if (spread == null) {
            return false;
        }
        if (spread.getKind() == IntervalKind.INTERQUARTILE_RANGE) {
            return s == StatisticKind.MEDIAN;
        }
        return spread.getKind() == IntervalKind.RANGE && (s == StatisticKind.MEAN || s == StatisticKind.MEDIAN
                || s == StatisticKind.MEAN_OR_MEDIAN);
    }

    private static String armPrefix(org.htaworkbench.model.Arm a) {
        return a == null ? "" : Labels.arm(a) + " ";
    }

    private static void check(Result r, ReportedValue est, Interval i, Kind kind, String what, Sink sink) {
        Finder f = finding(r, i, est, kind);
        if (f != null) {
            sink.result(f.severity, f.check, r, f.element, what + f.message);
        }
    }

    private record Finder(Severity severity, CheckId check, EObject element, String message) {
    }

    private static String name(Interval i) {
        if (i.getKind() == IntervalKind.RANGE) {
            return "range";
        }
        if (i.getKind() == IntervalKind.INTERQUARTILE_RANGE) {
            return "IQR";
        }
        return (i.getLevel() == null ? "95" : Printed.fmt(i.getLevel(), 0)) + "% CI";
    }

    private static boolean isCi(Interval i) {
        return i.getKind() == IntervalKind.CONFIDENCE_INTERVAL || i.getKind() == IntervalKind.CREDIBLE_INTERVAL
                || (i.getKind() == IntervalKind.UNSPECIFIED && i.getLevel() != null);
    }

    private static Finder finding(EObject owner, Interval i, ReportedValue est, Kind kind) {
        if (i == null || !Printed.exact(i.getLower()) || !Printed.exact(i.getUpper())) {
            return null;
        }
        double l = i.getLower().getValue();
        double u = i.getUpper().getValue();
        String printed = Printed.text(est) + " (" + name(i) + " " + Printed.text(i) + ")";
        String note = i.getNote() != null && !i.getNote().isBlank() ? " [" + i.getNote().strip() + "]" : "";
        if (l > u) {
            return new Finder(Severity.ERROR, CheckId.INTERVAL_MALFORMED, i, printed
                    + ": the lower limit is above the upper limit (swapped limits?)." + note);
        }
        if (kind == Kind.RATIO && isCi(i) && l < 0) {
            return new Finder(Severity.ERROR, CheckId.INTERVAL_MALFORMED, i, printed
                    + ": a ratio cannot have a negative confidence limit." + note);
        }
        Range e = Printed.exact(est) ? Printed.range(est) : null;
        if (e == null) {
            return null;
        }
        Range li = Printed.range(i.getLower());
        Range ui = Printed.range(i.getUpper());
        boolean inside = new Range(li.lo(), ui.hi()).overlaps(e);
        if (!inside) {
            // wrong scale? limits printed as percentages for a proportion/ratio, or the other way round
            for (double f : new double[] {0.01, 100, 0.1, 10}) {
                if (new Range(li.lo() * f, ui.hi() * f).overlaps(e)) {
                    String scaled = Printed.sig(l * f) + " to " + Printed.sig(u * f);
                    return new Finder(Severity.ERROR, CheckId.INTERVAL_MALFORMED, i, printed
                            + ": the limits are on another scale than the estimate; " + scaled
                            + " would contain it (limits printed as percentages or missing '0.'?)." + note);
                }
            }
            String side = e.hi() < li.lo() ? "below the lower limit" : "above the upper limit";
            return new Finder(Severity.ERROR, CheckId.INTERVAL_CONTAINS, i, printed + ": the estimate is " + side
                    + (i.getKind() == IntervalKind.RANGE || i.getKind() == IntervalKind.INTERQUARTILE_RANGE ? "."
                            : ", even allowing for the rounding of the printed digits.") + note);
        }
        if (!isCi(i)) {
            return null;
        }
        if (kind == Kind.RATIO) {
            return ratioSymmetry(est, i, e, li, ui, printed, note);
        }
        if (kind == Kind.DIFFERENCE) {
            return differenceSymmetry(est, i, e, li, ui, printed, note);
        }
        return null;
    }

    private static Finder ratioSymmetry(ReportedValue est, Interval i, Range e, Range li, Range ui, String printed,
            String note) {
        if (li.lo() <= 0 || e.lo() <= 0) {
            return null; // a limit printed as 0.00 can be any small positive number: nothing to check
        }
        Range sq = new Range(Math.log(e.lo()) * 2, Math.log(e.hi()) * 2);
        Range prod = new Range(Math.log(li.lo()) + Math.log(ui.lo()), Math.log(li.hi()) + Math.log(ui.hi()));
        double gap = sq.gap(prod) / 2;
        if (gap <= 0) {
            return null;
        }
        double x = est.getValue();
        double l = i.getLower().getValue();
        double u = i.getUpper().getValue();
        double halfWidth = (Math.log(u) - Math.log(l)) / 2;
        Severity s = halfWidth > 0 && gap / halfWidth < SMALL_ASYMMETRY ? Severity.INFO : Severity.WARNING;
        String msg = printed + " is not symmetric on the log scale beyond the rounding of the printed digits: ln("
                + Printed.text(est) + "/" + Printed.text(i.getLower()) + ") = " + Printed.fmt(Math.log(x / l), 3)
                + " but ln(" + Printed.text(i.getUpper()) + "/" + Printed.text(est) + ") = "
                + Printed.fmt(Math.log(u / x), 3) + ". Around " + Printed.text(est) + ", the upper limit "
                + Printed.text(i.getUpper()) + " implies a lower limit of " + Printed.like(x * x / u, i.getLower(), 2)
                + " and the lower limit " + Printed.text(i.getLower()) + " an upper limit of "
                + Printed.like(x * x / l, i.getUpper(), 2) + "."
                + (s == Severity.INFO ? " (Small: possibly another CI method.)" : "") + note;
        return new Finder(s, CheckId.INTERVAL_SYMMETRY, i, msg);
    }

    private static Finder differenceSymmetry(ReportedValue est, Interval i, Range e, Range li, Range ui,
            String printed, String note) {
        Range twice = new Range(2 * e.lo(), 2 * e.hi());
        Range sum = new Range(li.lo() + ui.lo(), li.hi() + ui.hi());
        double gap = twice.gap(sum) / 2;
        if (gap <= 0) {
            return null;
        }
        double x = est.getValue();
        double l = i.getLower().getValue();
        double u = i.getUpper().getValue();
        double halfWidth = (u - l) / 2;
        Severity s = halfWidth > 0 && gap / halfWidth < SMALL_ASYMMETRY ? Severity.INFO : Severity.WARNING;
        String msg = printed + " is not symmetric around the estimate beyond the rounding of the printed digits: "
                + Printed.fmt(x - l, Printed.decimals(est) + 1) + " below and " + Printed.fmt(u - x, Printed.decimals(est) + 1)
                + " above; the CI midpoint is " + Printed.fmt((l + u) / 2, Printed.decimals(est) + 1) + "."
                + (s == Severity.INFO ? " (Small: possibly another CI method.)" : "") + note;
        return new Finder(s, CheckId.INTERVAL_SYMMETRY, i, msg);
    }
}
