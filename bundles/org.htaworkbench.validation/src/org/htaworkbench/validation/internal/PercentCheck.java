package org.htaworkbench.validation.internal;

import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.Characteristic;
import org.htaworkbench.model.CharacteristicValue;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.StatisticKind;
import org.htaworkbench.model.Study;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;
import org.htaworkbench.validation.internal.Printed.Match;

/**
 * Check {@code percent.counts}: a printed percentage against 100·events/total, rounding-aware: "45.8" must be
 * 100·82/179 = 45.81 rounded to 1 decimal (any value in [45.75, 45.85] passes, so half-up and half-even are both
 * accepted); "46" is checked to 0 decimals. A percentage that is only explained by rounding twice (8/176 = 4.545% →
 * "4.5" → "4") is an INFO finding, anything else an ERROR. A percentage with a total but no event count must be
 * reachable by some whole number of events (GRIM-style).
 * Also {@code counts.bounds}: events above total, percentages outside 0–100.
 */
public final class PercentCheck {

    private PercentCheck() {
    }

    public static void check(ArmCountResult a, Sink sink) {
        ReportedValue events = a.getEvents();
        ReportedValue total = a.getTotal();
        ReportedValue pct = a.getPercent();
        String arm = a.getArm() == null ? "" : Labels.arm(a.getArm()) + ": ";
        if (Printed.exact(events) && Printed.exact(total) && events.getValue() > total.getValue()) {
            sink.result(Severity.ERROR, CheckId.COUNT_BOUNDS, a, a, arm + "events " + Printed.text(events)
                    + " exceed the total " + Printed.text(total) + ".");
            return;
        }
        if (Printed.exact(pct) && "%".equals(pct.getUnit()) && (pct.getValue() < 0 || pct.getValue() > 100)) {
            sink.result(Severity.ERROR, CheckId.COUNT_BOUNDS, a, pct, arm + "percentage " + Printed.text(pct)
                    + "% is outside 0 to 100.");
            return;
        }
        if (a.getArm() != null && Printed.exact(a.getArm().getN()) && Printed.exact(total)
                && total.getValue() > a.getArm().getN().getValue()) {
            sink.result(Severity.WARNING, CheckId.COUNT_BOUNDS, a, a, arm + "total " + Printed.text(total)
                    + " is larger than the arm size n=" + Printed.text(a.getArm().getN()) + ".");
        }
        if (!Printed.exact(pct) || !Printed.exact(total) || total.getValue() <= 0) {
            return;
        }
        boolean fraction = ArmRisks.isFraction(pct);
        double scale = fraction ? 1 : 100;
        if (Printed.exact(events)) {
            double x = scale * events.getValue() / total.getValue();
            compare(x, pct, fraction, Printed.text(events) + "/" + Printed.text(total), sink, a, arm, Severity.ERROR);
        } else if (events == null || !events.isReported()) {
            // no event count printed: some whole number of events out of the total must give the percentage
            Printed.Range r = Printed.range(pct);
            double t = total.getValue();
            double lo = Math.ceil(r.lo() / scale * t - 1e-9);
            double hi = Math.floor(r.hi() / scale * t + 1e-9);
            if (lo > hi) {
                sink.result(Severity.WARNING, CheckId.PERCENT_FROM_COUNTS, a, pct, arm + "no whole number of events out of "
                        + Printed.text(total) + " gives " + Printed.percentText(pct) + " (" + Printed.fmt(lo - 1, 0) + "/"
                        + Printed.text(total) + " = " + Printed.fmt(scale * (lo - 1) / t, Printed.decimals(pct) + 2)
                        + ", " + Printed.fmt(lo, 0) + "/" + Printed.text(total) + " = "
                        + Printed.fmt(scale * lo / t, Printed.decimals(pct) + 2) + ").");
            }
        }
    }

    /** Percentages of characteristics: "Impella 2.5 (4%, n=231)" against the denominator (or the arm/study n). */
    public static void check(CharacteristicValue v, Sink sink) {
        ReportedValue pct = v.getValue();
        ReportedValue count = v.getCount();
        if (!Printed.exact(pct) || !Printed.exact(count) || !(v.eContainer() instanceof Characteristic c)) {
            return;
        }
        boolean percent = "%".equals(pct.getUnit()) || "%".equals(c.getUnit())
                || c.getStatistic() == StatisticKind.PROPORTION;
        if (!percent) {
            return;
        }
        Study study = Labels.studyOf(v);
        String label = Labels.characteristic(c);
        String group = v.getGroupLabel() != null ? v.getGroupLabel() + ": " : v.getArm() != null ? Labels.arm(v.getArm()) + ": " : "";
        if (Printed.exact(v.getDenominator())) {
            judge(v, pct, count, v.getDenominator(), "", Severity.ERROR, study, label, group, sink);
            return;
        }
        // no printed denominator: the percentage may be of the arm or of the whole study; flag only if neither fits
        java.util.List<ReportedValue> candidates = new java.util.ArrayList<>();
        Arm arm = v.getArm();
        if (arm != null && Printed.exact(arm.getN()) && arm.getN().getValue() > count.getValue()) {
            candidates.add(arm.getN());
        }
        if (study != null && Printed.exact(study.getN()) && study.getN().getValue() >= count.getValue()
                && (candidates.isEmpty() || !candidates.get(0).getValue().equals(study.getN().getValue()))) {
            candidates.add(study.getN());
        }
        if (candidates.isEmpty()) {
            return;
        }
        Match best = Match.NO;
        ReportedValue bestDenominator = null;
        for (ReportedValue d : candidates) {
            Match m = Printed.roundsTo(100 * count.getValue() / d.getValue(), pct);
            if (m.ordinal() < best.ordinal()) {
                best = m;
                bestDenominator = d;
            }
        }
        if (best == Match.WITHIN) {
            return;
        }
        ReportedValue d = bestDenominator != null ? bestDenominator : candidates.get(0);
        String assumption = d == (arm == null ? null : arm.getN()) ? " (denominator taken as the size of " + Labels.arm(arm) + ")"
                : " (denominator taken as the study n" + (candidates.size() > 1 ? "; the arm size does not fit either" : "") + ")";
        judge(v, pct, count, d, assumption, Severity.WARNING, study, label, group, sink);
    }

    private static void judge(CharacteristicValue v, ReportedValue pct, ReportedValue count, ReportedValue denominator,
            String assumption, Severity severity, Study study, String label, String group, Sink sink) {
        if (denominator.getValue() <= 0) {
            return;
        }
        double x = 100 * count.getValue() / denominator.getValue();
        Match m = Printed.roundsTo(x, pct);
        String counts = Printed.text(count) + "/" + Printed.text(denominator);
        if (m == Match.NO) {
            sink.labelled(severity, CheckId.PERCENT_FROM_COUNTS, Labels.study(study), label, v, group + "printed "
                    + Printed.text(pct) + "% but " + counts + " = " + Printed.fmt(x, Printed.decimals(pct) + 2) + "% ("
                    + Printed.fmt(x, Printed.decimals(pct)) + "% to " + Printed.decimals(pct) + " decimals)" + assumption + ".");
        } else if (m == Match.DOUBLE_ROUNDED) {
            sink.labelled(Severity.INFO, CheckId.PERCENT_FROM_COUNTS, Labels.study(study), label, v, group + "printed "
                    + Printed.text(pct) + "% is " + counts + " = " + Printed.fmt(x, Printed.decimals(pct) + 2)
                    + "% rounded twice (directly it rounds to " + Printed.fmt(x, Printed.decimals(pct)) + "%)" + assumption + ".");
        }
    }

    private static void compare(double x, ReportedValue pct, boolean fraction, String counts, Sink sink,
            ArmCountResult a, String arm, Severity severity) {
        Match m = Printed.roundsTo(x, pct);
        int d = Printed.decimals(pct);
        String unit = fraction ? "" : "%";
        if (m == Match.NO) {
            sink.result(severity, CheckId.PERCENT_FROM_COUNTS, a, pct, arm + "printed " + Printed.text(pct) + unit
                    + " but " + counts + " = " + Printed.fmt(x, d + 2) + unit + " (" + Printed.fmt(x, d) + unit + " to "
                    + d + (d == 1 ? " decimal" : " decimals") + ").");
        } else if (m == Match.DOUBLE_ROUNDED) {
            sink.result(Severity.INFO, CheckId.PERCENT_FROM_COUNTS, a, pct, arm + "printed " + Printed.text(pct) + unit
                    + " is " + counts + " = " + Printed.fmt(x, d + 2) + unit + " rounded twice (via "
                    + Printed.fmt(x, d + 1) + unit + "); rounded once it is " + Printed.fmt(x, d) + unit + ".");
        }
    }
}
