package org.htaworkbench.validation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.htaworkbench.model.Interval;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.ValueQualifier;

/**
 * Printed numbers and the set of true values they can stand for. A value printed with d decimals stands for every
 * true value within half a unit of its last digit, both ends included (so both half-up and half-even rounding are
 * accepted): "45.8" stands for [45.75, 45.85], "46" for [45.5, 46.5], "&lt;0.001" for [-∞, 0.001].
 */
public final class Printed {

    /** Relative slack for floating-point noise only (never a substitute for rounding tolerance). */
    static final double EPS = 1e-9;

    private Printed() {
    }

    /** A closed range of true values. */
    public record Range(double lo, double hi) {

        public boolean contains(double x) {
            double slack = EPS * Math.max(1, Math.abs(x));
            return x >= lo - slack && x <= hi + slack;
        }

        public boolean overlaps(Range o) {
            double slack = EPS * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
            return lo <= o.hi + slack && o.lo <= hi + slack;
        }

        public Range times(double f) {
            return f >= 0 ? new Range(lo * f, hi * f) : new Range(hi * f, lo * f);
        }

        /** Distance between two disjoint ranges (0 when they overlap). */
        public double gap(Range o) {
            if (overlaps(o)) {
                return 0;
            }
            return lo > o.hi ? lo - o.hi : o.lo - hi;
        }
    }

    /** Whether the value is reported with a number. */
    public static boolean has(ReportedValue rv) {
        return rv != null && rv.getValue() != null && Double.isFinite(rv.getValue());
    }

    /** Whether the value is a plain printed number (no "&lt;", "over", "about"). */
    public static boolean exact(ReportedValue rv) {
        return has(rv) && (rv.getQualifier() == null || rv.getQualifier() == ValueQualifier.EXACT);
    }

    /** Decimal places as printed (0 when the text gives none). */
    public static int decimals(ReportedValue rv) {
        return Math.max(0, rv.getDecimalPlaces());
    }

    /** Half a unit of the last printed digit. */
    public static double half(ReportedValue rv) {
        return 0.5 * Math.pow(10, -decimals(rv));
    }

    /** The true values a printed value can stand for, or null when there is no number. */
    public static Range range(ReportedValue rv) {
        if (!has(rv)) {
            return null;
        }
        double v = rv.getValue();
        double h = half(rv);
        ValueQualifier q = rv.getQualifier() == null ? ValueQualifier.EXACT : rv.getQualifier();
        return switch (q) {
            case LESS_THAN, LESS_OR_EQUAL -> new Range(Double.NEGATIVE_INFINITY, v);
            case GREATER_THAN, GREATER_OR_EQUAL -> new Range(v, Double.POSITIVE_INFINITY);
            default -> new Range(v - h, v + h);
        };
    }

    /** How a computed value relates to a printed one. */
    public enum Match {
        /** Within half a unit of the last printed digit. */
        WITHIN,
        /** Only explained by rounding twice (first to one more decimal, then to the printed decimals). */
        DOUBLE_ROUNDED,
        /** Not a rounding of the computed value. */
        NO
    }

    /** Whether {@code x} rounds to the printed value (see {@link Match}). */
    public static Match roundsTo(double x, ReportedValue rv) {
        Range r = range(rv);
        if (r == null) {
            return Match.NO;
        }
        if (r.contains(x)) {
            return Match.WITHIN;
        }
        if (!exact(rv)) {
            return Match.NO;
        }
        int d = decimals(rv);
        BigDecimal printed = BigDecimal.valueOf(rv.getValue()).setScale(d, RoundingMode.HALF_UP);
        // one extra digit: the way a table value of 4.5 (8/176 = 4.545) becomes "4%" in a summary
        for (RoundingMode first : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN}) {
            BigDecimal intermediate = new BigDecimal(x).setScale(d + 1, first);
            for (RoundingMode second : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN}) {
                if (intermediate.setScale(d, second).compareTo(printed) == 0) {
                    return Match.DOUBLE_ROUNDED;
                }
            }
        }
        return Match.NO;
    }

    /** The printed text (or the value formatted) for messages. */
    public static String text(ReportedValue rv) {
        if (rv == null) {
            return "?";
        }
        if (rv.getText() != null && !rv.getText().isBlank()) {
            return rv.getText();
        }
        return rv.getValue() == null ? "?" : fmt(rv.getValue(), 4);
    }

    /** Text of a percentage value with its unit. */
    public static String percentText(ReportedValue rv) {
        String t = text(rv);
        return "%".equals(rv.getUnit()) && !t.endsWith("%") ? t + "%" : t;
    }

    /** "a to b" as printed. */
    public static String text(Interval i) {
        return text(i.getLower()) + " to " + text(i.getUpper());
    }

    /** Formats with a fixed number of decimals (Locale.ROOT). */
    public static String fmt(double x, int decimals) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", x);
    }

    /** Formats like the printed value (same number of decimals, at least {@code min}). */
    public static String like(double x, ReportedValue printed, int min) {
        return fmt(x, Math.max(min, printed == null ? 2 : decimals(printed)));
    }

    /** Formats with enough significant digits for a message (p-values, small numbers). */
    public static String sig(double x) {
        if (x == 0 || Double.isInfinite(x) || Double.isNaN(x)) {
            return String.valueOf(x);
        }
        double a = Math.abs(x);
        if (a < 1e-4) {
            return String.format(Locale.ROOT, "%.1e", x);
        }
        int d = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return fmt(x, Math.min(d, 6));
    }
}
