package org.htaworkbench.stats;

/** Back-transformations to the natural scale, as metafor's {@code transf.*} functions. */
public final class BackTransform {
    private BackTransform() {
    }

    /** exp (ratio measures on the log scale). */
    public static double exp(double x) {
        return Math.exp(x);
    }

    /** {@code transf.ilogit}: 1/(1 + e^-x). */
    public static double ilogit(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** {@code transf.iarcsin}: sin(x)², clamped to [0, 1] outside [0, π/2]. */
    public static double iarcsin(double x) {
        if (x < 0) {
            return 0;
        }
        if (x > Math.PI / 2) {
            return 1;
        }
        double s = Math.sin(x);
        return s * s;
    }

    /** {@code transf.pft}: Freeman-Tukey double arcsine of proportion p with sample size n. */
    public static double pft(double p, double n) {
        return 0.5 * (Math.asin(Math.sqrt(p * n / (n + 1))) + Math.asin(Math.sqrt((p * n + 1) / (n + 1))));
    }

    /**
     * {@code transf.ipft}: Miller's (1978) inversion of the Freeman-Tukey transform for sample size n,
     * 0 below pft(0, n) and 1 above pft(1, n).
     */
    public static double ipft(double x, double n) {
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException("n must be finite and > 0: " + n);
        }
        if (x > pft(1, n)) {
            return 1;
        }
        if (x < pft(0, n)) {
            return 0;
        }
        double s = Math.sin(2 * x);
        double inner = s + (s - 1 / s) / n;
        double r = 1 - inner * inner;
        double z = 0.5 * (1 - Math.signum(Math.cos(2 * x)) * Math.sqrt(Math.max(0, r)));
        return Math.min(1, Math.max(0, z));
    }

    /** {@code transf.ipft.hm}: {@link #ipft} with the harmonic mean of the study sample sizes. */
    public static double ipftHarmonicMean(double x, double[] ni) {
        double s = 0;
        for (double n : ni) {
            s += 1 / n;
        }
        return ipft(x, ni.length / s);
    }

    /**
     * Applies a measure's transform to a pooled value; {@code harmonicMeanN} is only used for IPFT.
     */
    public static double apply(Measure.Transform t, double x, double harmonicMeanN) {
        return switch (t) {
            case NONE -> x;
            case EXP -> exp(x);
            case ILOGIT -> ilogit(x);
            case IARCSIN -> iarcsin(x);
            case IPFT -> ipft(x, harmonicMeanN);
        };
    }
}
