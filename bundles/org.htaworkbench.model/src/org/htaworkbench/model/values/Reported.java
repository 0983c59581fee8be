package org.htaworkbench.model.values;

import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.IntervalKind;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.ValueQualifier;

/**
 * Builds {@link ReportedValue}s and {@link Interval}s from printed text, keeping the text exactly as printed.
 * <p>
 * {@code of("45.8")} gives value 45.8 and text "45.8" (1 decimal place); {@code of("<0.001")} gives value 0.001,
 * qualifier LESS_THAN, text "&lt;0.001"; {@code of("1,059")} gives 1059; {@code of("45.8%")} gives text "45.8" and unit
 * "%". Text that holds no number (e.g. "not reported") gives a value of {@code null}.
 */
public final class Reported {

    private Reported() {
    }

    /** A reported value parsed from its printed text. */
    public static ReportedValue of(String printed) {
        ReportedValue rv = EvidenceFactory.eINSTANCE.createReportedValue();
        if (printed == null) {
            return rv;
        }
        String t = printed.strip();
        if (t.endsWith("%")) {
            rv.setUnit("%");
            t = t.substring(0, t.length() - 1).strip();
        }
        rv.setText(t);
        Parsed p = parse(t);
        rv.setQualifier(p.qualifier);
        rv.setValue(p.value);
        return rv;
    }

    /** A reported value with a unit given separately (e.g. "years"). */
    public static ReportedValue of(String printed, String unit) {
        ReportedValue rv = of(printed);
        rv.setUnit(unit);
        return rv;
    }

    /** An explicit "not reported" statement: no value, the statement as text. */
    public static ReportedValue notReported(String statement) {
        ReportedValue rv = EvidenceFactory.eINSTANCE.createReportedValue();
        rv.setText(statement);
        return rv;
    }

    /** A 95% confidence interval from printed limits. */
    public static Interval ci(String lower, String upper) {
        return interval(IntervalKind.CONFIDENCE_INTERVAL, 95.0, lower, upper, null);
    }

    /** A 95% confidence interval from printed limits, with the interval text as printed. */
    public static Interval ci(String lower, String upper, String printed) {
        return interval(IntervalKind.CONFIDENCE_INTERVAL, 95.0, lower, upper, printed);
    }

    /** A range (min to max) as printed. */
    public static Interval range(String lower, String upper) {
        return interval(IntervalKind.RANGE, null, lower, upper, null);
    }

    /** An interquartile range as printed. */
    public static Interval iqr(String lower, String upper) {
        return interval(IntervalKind.INTERQUARTILE_RANGE, null, lower, upper, null);
    }

    public static Interval interval(IntervalKind kind, Double level, String lower, String upper, String printed) {
        Interval i = EvidenceFactory.eINSTANCE.createInterval();
        i.setKind(kind);
        i.setLevel(level);
        i.setLower(of(lower));
        i.setUpper(of(upper));
        i.setText(printed);
        return i;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private record Parsed(Double value, ValueQualifier qualifier) {
    }

    private static Parsed parse(String t) {
        String s = t.replace('\u2212', '-').replace('\u2013', '-').strip();
        ValueQualifier q = ValueQualifier.EXACT;
        String[][] prefixes = { { "<=", "LESS_OR_EQUAL" }, { "\u2264", "LESS_OR_EQUAL" }, { ">=", "GREATER_OR_EQUAL" },
                { "\u2265", "GREATER_OR_EQUAL" }, { "<", "LESS_THAN" }, { ">", "GREATER_THAN" },
                { "~", "APPROXIMATELY" }, { "over ", "GREATER_THAN" }, { "more than ", "GREATER_THAN" },
                { "fewer than ", "LESS_THAN" }, { "less than ", "LESS_THAN" }, { "about ", "APPROXIMATELY" } };
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (String[] p : prefixes) {
            if (lower.startsWith(p[0])) {
                q = ValueQualifier.valueOf(p[1]);
                s = s.substring(p[0].length()).strip();
                break;
            }
        }
        String n = s.replace(",", "").replace(" ", "");
        if (n.endsWith("%")) {
            n = n.substring(0, n.length() - 1);
        }
        if (!NUMBER.matcher(n).matches()) {
            return new Parsed(null, ValueQualifier.EXACT);
        }
        return new Parsed(Double.valueOf(n), q);
    }
}
