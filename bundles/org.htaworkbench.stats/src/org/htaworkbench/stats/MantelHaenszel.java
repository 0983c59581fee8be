package org.htaworkbench.stats;

import java.util.OptionalDouble;

import org.htaworkbench.stats.internal.Check;
import org.htaworkbench.stats.internal.Dist;

/**
 * Mantel-Haenszel common-effect estimates as metafor's {@code rma.mh} (defaults: raw counts for the
 * pooled estimate; per-study yi/vi for Q with add = 1/2, to = "only0", drop00 = TRUE; CMH test with
 * continuity correction). Variances: Robins-Breslow-Greenland (log OR), Greenland-Robins (log RR),
 * Sato-Greenland-Robins (RD).
 */
public final class MantelHaenszel {
    private MantelHaenszel() {
    }

    /** 2x2 cells: ai/bi events/non-events in group 1, ci/di in group 2. */
    public static PooledResult fit(Measure measure, double[] ai, double[] bi, double[] ci, double[] di,
            String[] labels, double level) {
        if (measure != Measure.OR && measure != Measure.RR && measure != Measure.RD) {
            throw new UnsupportedCombinationException("Mantel-Haenszel is defined for OR, RR and RD, not " + measure);
        }
        // validation (names the study and the field) and per-study yi/vi used for Q
        EffectSizeData es = EffectSizes.twoByTwo(measure, ai, bi, ci, di, labels,
                ContinuityCorrection.METAFOR_DEFAULT.withDrop00(true));
        int k = ai.length;
        double alpha = 1 - checkLevel(level) / 100;
        double z = Dist.qnorm(1 - alpha / 2);
        double est, se;
        double[] w = new double[k];
        double sumW = 0;
        switch (measure) {
            case OR -> {
                double r = 0, s = 0, pr = 0, psqr = 0, qs = 0;
                for (int i = 0; i < k; i++) {
                    double n = ai[i] + bi[i] + ci[i] + di[i];
                    double pi = (ai[i] + di[i]) / n, qi = (bi[i] + ci[i]) / n;
                    double ri = ai[i] / n * di[i], si = bi[i] / n * ci[i];
                    r += ri;
                    s += si;
                    pr += pi * ri;
                    psqr += pi * si + qi * ri;
                    qs += qi * si;
                    w[i] = si;
                }
                undefinedIf(r == 0 || s == 0, "ai", "the Mantel-Haenszel odds ratio is undefined (sum of ad/N or bc/N is 0)");
                est = Math.log(r / s);
                se = Math.sqrt(0.5 * (pr / (r * r) + psqr / (r * s) + qs / (s * s)));
            }
            case RR -> {
                double r = 0, s = 0, v = 0, sa = 0, sc = 0;
                for (int i = 0; i < k; i++) {
                    double n1 = ai[i] + bi[i], n2 = ci[i] + di[i], n = n1 + n2;
                    r += ai[i] * (n2 / n);
                    s += ci[i] * (n1 / n);
                    v += (n1 / n) * (n2 / n) * (ai[i] + ci[i]) - (ai[i] / n) * ci[i];
                    sa += ai[i];
                    sc += ci[i];
                    w[i] = ci[i] / n * n1;
                }
                undefinedIf(sa == 0 || sc == 0, "ai", "the Mantel-Haenszel risk ratio is undefined (no events in one group)");
                est = Math.log(r / s);
                se = Math.sqrt(v / (r * s));
            }
            default -> {
                double num = 0, den = 0, p = 0, qq = 0;
                for (int i = 0; i < k; i++) {
                    double n1 = ai[i] + bi[i], n2 = ci[i] + di[i], n = n1 + n2;
                    num += ai[i] * (n2 / n) - ci[i] * (n1 / n);
                    den += n1 * (n2 / n);
                    w[i] = n1 / n * n2;
                }
                est = num / den;
                for (int i = 0; i < k; i++) {
                    double n1 = ai[i] + bi[i], n2 = ci[i] + di[i], n = n1 + n2;
                    p += ci[i] * (n1 / n) * (n1 / n) - ai[i] * (n2 / n) * (n2 / n) + (n1 / n) * (n2 / n) * (n2 - n1) / 2;
                    qq += ai[i] * (n2 - ci[i]) / n + ci[i] * (n1 - ai[i]) / n;
                }
                double var = (est * p + qq / 2) / (den * den);
                undefinedIf(!(var > 0), "ai", "the Sato variance of the MH risk difference is 0");
                se = Math.sqrt(var);
            }
        }
        for (double x : w) {
            sumW += x;
        }
        double[] wp = new double[k];
        for (int i = 0; i < k; i++) {
            wp[i] = 100 * w[i] / sumW;
        }
        // heterogeneity around the MH estimate with the per-study escalc values
        double[] y = es.yi();
        double[] v = es.vi();
        int kYi = y.length;
        double q = 0;
        for (int i = 0; i < kYi; i++) {
            q += (y[i] - est) * (y[i] - est) / v[i];
        }
        double[] het = heterogeneity(q, kYi);
        double stat = est / se;

        OptionalDouble cmh = OptionalDouble.empty(), cmhP = OptionalDouble.empty(), ta = OptionalDouble.empty(),
                taP = OptionalDouble.empty();
        if (measure == Measure.OR) {
            double dev = 0, var = 0;
            for (int i = 0; i < k; i++) {
                double n1 = ai[i] + bi[i], n2 = ci[i] + di[i], n = n1 + n2;
                double xt = ai[i] + ci[i], yt = bi[i] + di[i];
                dev += ai[i] - (n1 / n) * xt;
                var += n > 1 ? (n1 / n) * (n2 / n) * (xt * (yt / (n - 1))) : 0;
            }
            if (var > 0) {
                double c = Math.abs(dev) - 0.5;
                cmh = OptionalDouble.of(c * c / var);
                cmhP = OptionalDouble.of(Dist.pchisqUpper(c * c / var, 1));
            }
            double psi = Math.exp(est);
            double bd = 0, sumDiff = 0, sumV = 0;
            int kPos = 0;
            for (int i = 0; i < k; i++) {
                double n1 = ai[i] + bi[i], n2 = ci[i] + di[i];
                double xt = ai[i] + ci[i], yt = bi[i] + di[i];
                double n11;
                if (psi == 1) {
                    n11 = n1 / (n1 + n2) * xt;
                } else {
                    double a = psi * (n1 + xt) + (n2 - xt);
                    double b = Math.sqrt(a * a - 4 * n1 * xt * psi * (psi - 1));
                    n11 = (a - b) / (2 * (psi - 1));
                }
                if (!(n11 > 0 && xt > 0 && yt > 0)) {
                    continue;
                }
                kPos++;
                double n12 = n1 - n11, n21 = xt - n11, n22 = n11 - n1 - xt + n1 + n2;
                double vi = 1 / (1 / n11 + 1 / n12 + 1 / n21 + 1 / n22);
                bd += (ai[i] - n11) * (ai[i] - n11) / vi;
                sumDiff += ai[i] - n11;
                sumV += vi;
            }
            if (kPos > 1) {
                double t = Math.max(0, bd - sumDiff * sumDiff / sumV);
                ta = OptionalDouble.of(t);
                taP = OptionalDouble.of(Dist.pchisqUpper(t, kPos - 1));
            }
        }
        return new PooledResult("MH", measure, k, kYi, est, se, stat, Dist.pnormTwoSided(stat), est - z * se,
                est + z * se, q, kYi - 1, het[0], het[1], het[2], wp, cmh, cmhP, ta, taP);
    }

    /** {Q p-value, I², H²} with FE definitions; k.yi = 1 gives {1, 0, 1} as metafor. */
    static double[] heterogeneity(double q, int kYi) {
        if (kYi <= 1) {
            return new double[] {1, 0, 1};
        }
        double qp = Dist.pchisqUpper(q, kYi - 1);
        double i2 = q > 0 ? Math.max(0, 100 * (q - (kYi - 1)) / q) : 0;
        return new double[] {qp, i2, q / (kYi - 1)};
    }

    static double checkLevel(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be in (0, 100): " + level);
        }
        return level;
    }

    private static void undefinedIf(boolean cond, String field, String msg) {
        if (cond) {
            throw InvalidStudyDataException.ofDataset(field, msg);
        }
    }

    /** Helper for callers with events and totals: bi = n1i - ai, di = n2i - ci (validated). */
    static double[][] cellsFromTotals(double[] ai, double[] n1i, double[] ci, double[] n2i, String[] labels) {
        int k = Check.sameLength(new String[] {"ai", "n1i", "ci", "n2i"}, ai, n1i, ci, n2i);
        String[] lab = Check.labels(labels, k);
        double[] bi = new double[k];
        double[] di = new double[k];
        for (int i = 0; i < k; i++) {
            Check.nonNegative(ai[i], i, lab, "ai");
            Check.positive(n1i[i], i, lab, "n1i");
            Check.nonNegative(ci[i], i, lab, "ci");
            Check.positive(n2i[i], i, lab, "n2i");
            if (ai[i] > n1i[i]) {
                throw new InvalidStudyDataException(i, lab[i], "ai", "events " + ai[i] + " exceed the group total n1i = " + n1i[i]);
            }
            if (ci[i] > n2i[i]) {
                throw new InvalidStudyDataException(i, lab[i], "ci", "events " + ci[i] + " exceed the group total n2i = " + n2i[i]);
            }
            bi[i] = n1i[i] - ai[i];
            di[i] = n2i[i] - ci[i];
        }
        return new double[][] {bi, di};
    }

    /** Events and totals variant of {@link #fit(Measure, double[], double[], double[], double[], String[], double)}. */
    public static PooledResult fitFromTotals(Measure measure, double[] ai, double[] n1i, double[] ci, double[] n2i,
            String[] labels, double level) {
        double[][] bd = cellsFromTotals(ai, n1i, ci, n2i, labels);
        return fit(measure, ai, bd[0], ci, bd[1], labels, level);
    }
}
