package org.htaworkbench.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.htaworkbench.stats.internal.Dist;
import org.hipparchus.stat.correlation.KendallsCorrelation;

/** Small-study / publication-bias methods: Egger-type regression tests, PEESE, Begg's rank test, trim-and-fill. */
public final class PublicationBias {
    private static final int EXACT_KENDALL_MAX_N = 500;

    private PublicationBias() {
    }

    /** Moderator used by the regression test. */
    public enum Predictor { SEI, VI }

    /**
     * {@code regtest(res)} (metafor default, model="rma"): meta-regression of yi on sei with the model's
     * method and test; the slope test is the asymmetry test, the intercept the limit estimate (PET).
     */
    public static EggerResult egger(EffectSizeData data, ModelOptions options) {
        return regression(data, options, Predictor.SEI);
    }

    /** {@code regtest(res, predictor="vi")}: PEESE; the intercept is the PEESE-corrected estimate. */
    public static EggerResult peese(EffectSizeData data, ModelOptions options) {
        return regression(data, options, Predictor.VI);
    }

    /**
     * Classic Egger test ({@code regtest(res, model="lm")}): weighted least squares of yi on sei with weights
     * 1/vi and residual variance estimated, t test with k-2 df. Equivalent to the common-effect
     * meta-regression with the Knapp-Hartung variance (not truncated).
     */
    public static EggerResult eggerClassic(EffectSizeData data, double level) {
        return regression(data, ModelOptions.of(Method.FE).withTest(TestType.KNHA).withLevel(level), Predictor.SEI);
    }

    private static EggerResult regression(EffectSizeData data, ModelOptions options, Predictor predictor) {
        int k = data.k();
        if (k < 3) {
            throw InvalidStudyDataException.ofDataset("k", "the regression test needs k >= 3");
        }
        double[] v = data.vi();
        double[][] x = new double[k][1];
        for (int i = 0; i < k; i++) {
            x[i][0] = predictor == Predictor.SEI ? Math.sqrt(v[i]) : v[i];
        }
        MetaRegressionResult r = MetaRegression.fit(data, x, new String[] {predictor == Predictor.SEI ? "sei" : "vi"},
                true, options);
        Coefficient slope = r.coefficients().get(1);
        Coefficient icpt = r.coefficients().get(0);
        OptionalInt df = options.test() == TestType.Z ? OptionalInt.empty() : OptionalInt.of(k - 2);
        return new EggerResult(slope.statistic(), slope.pval(), df, icpt.estimate(), icpt.ciLower(), icpt.ciUpper(), r);
    }

    /**
     * Begg and Mazumdar's rank correlation test ({@code ranktest}): Kendall's tau-b between
     * (yi - θ_FE)/sqrt(vi - 1/Σ(1/vi)) and vi. The p-value is exact (as {@code cor.test(exact=TRUE)}) when
     * there are no ties and k &lt;= 500, otherwise the normal approximation with R's tie correction.
     */
    public static RankTestResult rankTest(EffectSizeData data) {
        int k = data.k();
        if (k < 3) {
            throw InvalidStudyDataException.ofDataset("k", "the rank correlation test needs k >= 3");
        }
        double[] y = data.yi();
        double[] v = data.vi();
        RmaResult fe = MetaAnalysis.fit(data, ModelOptions.of(Method.FE));
        double vb = fe.se() * fe.se();
        double[] ys = new double[k];
        for (int i = 0; i < k; i++) {
            ys[i] = (y[i] - fe.estimate()) / Math.sqrt(v[i] - vb);
        }
        double tau = new KendallsCorrelation().correlation(ys, v);
        boolean ties = hasTies(ys) || hasTies(v);
        double n = k;
        if (!ties && k <= EXACT_KENDALL_MAX_N) {
            long q = Math.round((tau + 1) * n * (n - 1) / 4);
            double p = q > n * (n - 1) / 4 ? 1 - pKendall(q - 1, k) : pKendall(q, k);
            return new RankTestResult(tau, Math.min(2 * p, 1), true);
        }
        double t0 = n * (n - 1) / 2;
        double[] tx = tieStats(ys), ty = tieStats(v);
        double s = tau * Math.sqrt((t0 - tx[0]) * (t0 - ty[0]));
        double var = (n * (n - 1) * (2 * n + 5) - tx[1] - ty[1]) / 18 + tx[2] * ty[2] / (2 * n * (n - 1))
                + tx[3] * ty[3] / (9 * n * (n - 1) * (n - 2));
        return new RankTestResult(tau, Dist.pnormTwoSided(s / Math.sqrt(var)), false);
    }

    private static boolean hasTies(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** {Σt(t-1)/2, Σt(t-1)(2t+5), Σt(t-1), Σt(t-1)(t-2)} over tie groups of size t. */
    private static double[] tieStats(double[] a) {
        Map<Double, Integer> c = new HashMap<>();
        for (double x : a) {
            c.merge(x, 1, Integer::sum);
        }
        double[] r = new double[4];
        for (int t : c.values()) {
            if (t > 1) {
                r[0] += t * (t - 1) / 2.0;
                r[1] += (double) t * (t - 1) * (2 * t + 5);
                r[2] += (double) t * (t - 1);
                r[3] += (double) t * (t - 1) * (t - 2);
            }
        }
        return r;
    }

    /**
     * P(T &lt;= q) for T = number of concordant pairs among n untied pairs under independence (R's
     * {@code pkendall}). Hipparchus has no exact Kendall distribution, so the Mahonian recursion is done
     * here, on probabilities (not counts) to avoid overflow. O(n³) time.
     */
    public static double kendallCdf(long q, int n) {
        return pKendall(q, n);
    }

    static double pKendall(long q, int n) {
        int max = n * (n - 1) / 2;
        if (q < 0) {
            return 0;
        }
        if (q >= max) {
            return 1;
        }
        double[] p = {1};
        for (int m = 2; m <= n; m++) {
            int len = m * (m - 1) / 2 + 1;
            double[] next = new double[len];
            double[] prefix = new double[p.length + 1];
            for (int j = 0; j < p.length; j++) {
                prefix[j + 1] = prefix[j] + p[j];
            }
            for (int j = 0; j < len; j++) {
                int hi = Math.min(j, p.length - 1);
                int lo = Math.max(0, j - (m - 1));
                next[j] = lo > hi ? 0 : (prefix[hi + 1] - prefix[lo]) / m;
            }
            p = next;
        }
        double s = 0;
        for (int j = 0; j <= q; j++) {
            s += p[j];
        }
        return Math.min(1, s);
    }

    /**
     * Trim-and-fill with the L0 estimator as metafor's {@code trimfill(res)}: the side is chosen from the
     * sign of the slope of a meta-regression on sqrt(vi) with the model's method; the model is refitted with
     * the model's options on each trimmed set and finally on observed + imputed studies.
     */
    public static TrimFillResult trimFill(EffectSizeData data, ModelOptions options) {
        int k = data.k();
        if (k < 3) {
            throw InvalidStudyDataException.ofDataset("k", "trim-and-fill needs k >= 3");
        }
        double[] y0 = data.yi();
        double[] v0 = data.vi();
        double[][] sq = new double[k][1];
        for (int i = 0; i < k; i++) {
            sq[i][0] = Math.sqrt(v0[i]);
        }
        double slope = MetaRegression.fit(data, sq, new String[] {"sqrt(vi)"}, true, options.withTest(TestType.Z))
                .coefficients().get(1).estimate();
        boolean right = slope < 0;
        double sign = right ? -1 : 1;
        Integer[] ix = new Integer[k];
        for (int i = 0; i < k; i++) {
            ix[i] = i;
        }
        Arrays.sort(ix, Comparator.comparingDouble(i -> sign * y0[i]));
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = sign * y0[ix[i]];
            v[i] = v0[ix[i]];
        }
        int k0 = 0, k0Old = -1, iter = 0;
        double seK0 = 0, beta = 0;
        double[] yc = new double[k];
        int maxIter = 100;
        while (k0 != k0Old) {
            k0Old = k0;
            if (++iter > maxIter) {
                throw new ConvergenceException("trim-and-fill", maxIter, Double.NaN);
            }
            beta = MetaAnalysis.fit(EffectSizes.generic(Arrays.copyOf(y, k - k0), Arrays.copyOf(v, k - k0), null),
                    options.withTest(TestType.Z)).estimate();
            for (int i = 0; i < k; i++) {
                yc[i] = y[i] - beta;
            }
            // ranks of |yc|, ties by first occurrence
            Integer[] ord = new Integer[k];
            for (int i = 0; i < k; i++) {
                ord[i] = i;
            }
            Arrays.sort(ord, Comparator.comparingDouble(i -> Math.abs(yc[i])));
            double sr = 0;
            for (int r = 0; r < k; r++) {
                if (yc[ord[r]] > 0) {
                    sr += r + 1;
                }
            }
            double est = (4 * sr - (double) k * (k + 1)) / (2.0 * k - 1);
            double varSr = (k * (k + 1.0) * (2 * k + 1) + 10 * Math.pow(est, 3) + 27 * est * est + 17 * est
                    - 18.0 * k * est * est - 18.0 * k * est + 6.0 * k * k * est) / 24;
            seK0 = Math.max(0, 4 * Math.sqrt(Math.max(0, varSr)) / (2.0 * k - 1));
            k0 = (int) Math.max(0, Math.rint(est));
            if (k0 >= k) {
                k0 = k - 1;
            }
        }
        if (k0 == 0) {
            return new TrimFillResult(0, seK0, right ? "right" : "left", MetaAnalysis.fit(data, options), new double[0],
                    new double[0], iter);
        }
        double[] fy = new double[k0];
        double[] fv = new double[k0];
        for (int j = 0; j < k0; j++) {
            int i = k - k0 + j;
            // mirror around the last trimmed estimate: 2·beta - y on the flipped scale, then flip back
            fy[j] = sign * (2 * beta - y[i]);
            fv[j] = v[i];
        }
        double[] ally = Arrays.copyOf(y0, k + k0);
        double[] allv = Arrays.copyOf(v0, k + k0);
        String[] labels = Arrays.copyOf(data.labels(), k + k0);
        int[] src = new int[k + k0];
        for (int i = 0; i < k + k0; i++) {
            src[i] = i < k ? data.sourceIndex()[i] : -1;
        }
        for (int j = 0; j < k0; j++) {
            ally[k + j] = fy[j];
            allv[k + j] = fv[j];
            labels[k + j] = "Filled " + (j + 1);
        }
        EffectSizeData filled = new EffectSizeData(data.measure(), ally, allv, labels, src, null, List.of());
        return new TrimFillResult(k0, seK0, right ? "right" : "left", MetaAnalysis.fit(filled, options), fy, fv, iter);
    }

}
