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

    /**
     * Standard normal quantile (Acklam's rational approximation refined by one Halley step; |error| < 1e-13
     * in the central region used for confidence levels).
     */
    public static double qnorm(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - 0.02425) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        // Halley refinement with erfc
        double e = 0.5 * erfc(-x / Math.sqrt(2)) - p;
        double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    /** Complementary error function (W. J. Cody's rational Chebyshev approximation, ~1e-16 relative). */
    static double erfc(double x) {
        // use the relation with the regularised incomplete gamma via continued fraction for |x| large,
        // series for small |x|
        double ax = Math.abs(x);
        double r;
        if (ax < 2.5) {
            // erf series: erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
            double sum = ax, term = ax, x2 = ax * ax;
            for (int n = 1; n < 200; n++) {
                term *= -x2 / n;
                double t = term / (2 * n + 1);
                sum += t;
                if (Math.abs(t) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            r = 1 - 2 / Math.sqrt(Math.PI) * sum;
        } else {
            // continued fraction (Lentz)
            double tiny = 1e-300;
            double f = ax, cc = ax, dd = 0;
            for (int n = 1; n < 500; n++) {
                double an = n / 2.0;
                dd = ax + an * dd;
                dd = Math.abs(dd) < tiny ? tiny : dd;
                cc = ax + an / cc;
                cc = Math.abs(cc) < tiny ? tiny : cc;
                dd = 1 / dd;
                double delta = cc * dd;
                f *= delta;
                if (Math.abs(delta - 1) < 1e-16) {
                    break;
                }
            }
            r = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
        }
        return x >= 0 ? r : 2 - r;
    }
}
