package org.htaworkbench.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.htaworkbench.stats.internal.Check;
import org.htaworkbench.stats.internal.Dist;
import org.htaworkbench.stats.internal.WeightedMean;
import org.htaworkbench.stats.tau2.Tau2Result;

/**
 * Inverse-variance common-effect and random-effects meta-analysis, equivalent to metafor's
 * {@code rma(yi, vi, method=, test=, level=)} for the intercept-only model. O(k) time and memory.
 */
public final class MetaAnalysis {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private MetaAnalysis() {
    }

    /** Fits generic yi/vi (validated: finite, vi &gt; 0). */
    public static RmaResult fit(double[] yi, double[] vi, ModelOptions options) {
        return fit(EffectSizes.generic(yi, vi, null), options);
    }

    /** Fits the model to computed effect sizes. */
    public static RmaResult fit(EffectSizeData data, ModelOptions options) {
        if (data == null || options == null) {
            throw new IllegalArgumentException("data and options are required");
        }
        int k = data.k();
        double[] yi = data.yi();
        double[] vi = data.vi();
        String[] labels = data.labels();
        if (k == 0) {
            throw InvalidStudyDataException.ofDataset("k", "no studies (k = 0)");
        }
        for (int i = 0; i < k; i++) {
            Check.effect(yi[i], vi[i], i, labels);
        }
        Method method = options.method();
        TestType test = options.test();
        if (test != TestType.Z && k < 2) {
            throw InvalidStudyDataException.ofDataset("k", "test " + test + " needs k >= 2 (t with k-1 df)");
        }

        if (k > 1 && !method.isFixed()) {
            WeightedMean common = new WeightedMean(yi, vi, 0);
            requireRepresentable(yi, vi, "Q", common.q, "sum of weights", common.sumW, "sum of squared weights",
                    common.sumW2);
        }
        double tau2 = 0;
        OptionalDouble seTau2 = OptionalDouble.empty();
        int iterations = 0;
        if (!method.isFixed()) {
            if (k == 1) {
                // metafor (method "k1"): tau2 = 0 for a single study; se.tau2 is not available
                tau2 = 0;
            } else {
                Tau2Result t = method.estimator(options.control()).estimate(yi, vi);
                tau2 = t.tau2();
                seTau2 = OptionalDouble.of(t.seTau2());
                iterations = t.iterations();
            }
        }

        WeightedMean wm = new WeightedMean(yi, vi, tau2);
        double mu = wm.mu;
        double var = 1 / wm.sumW;
        double scale = 1;
        OptionalInt df = OptionalInt.empty();
        double crit;
        double level = options.level();
        double p = 0.5 + level / 200;
        if (test == TestType.Z) {
            crit = Dist.qnorm(p);
        } else {
            double rss = wm.q;
            scale = rss <= Math.ulp(1.0) ? 0 : rss / (k - 1);
            if (test == TestType.ADHOC) {
                scale = Math.max(1, scale);
            }
            if (scale == 0) {
                throw InvalidStudyDataException.ofDataset("yi",
                        "all effect sizes are identical: the Knapp-Hartung variance is 0 (use test ADHOC)");
            }
            var *= scale;
            df = OptionalInt.of(k - 1);
            crit = Dist.qt(p, k - 1);
        }
        double se = Math.sqrt(var);
        double stat = mu / se;
        double pval = df.isPresent() ? Dist.ptTwoSided(stat, df.getAsInt()) : Dist.pnormTwoSided(stat);

        // heterogeneity (FE weights)
        double q, qp, vt, i2, h2;
        if (k > 1) {
            WeightedMean fe = tau2 == 0 ? wm : new WeightedMean(yi, vi, 0);
            q = Math.max(0, fe.q);
            qp = Dist.pchisqUpper(q, k - 1);
            vt = (k - 1) / fe.trP();
            if (method.isFixed()) {
                i2 = q > 0 ? Math.max(0, 100 * (q - (k - 1)) / q) : 0;
                h2 = q / (k - 1);
            } else {
                i2 = 100 * tau2 / (vt + tau2);
                h2 = tau2 / vt + 1;
            }
        } else {
            q = 0;
            qp = 1;
            vt = 0;
            i2 = 0;
            h2 = 1;
        }

        // fit statistics (metafor fit.stats, REMLf = TRUE)
        double rssF = wm.q;
        double sumLog = 0, sumLogV = 0;
        for (int i = 0; i < k; i++) {
            sumLog += Math.log(vi[i] + tau2);
            sumLogV += Math.log(vi[i]);
        }
        int parms = 1 + (method.isFixed() ? 0 : 1);
        double llMl = -0.5 * k * LOG_2PI - 0.5 * sumLog - 0.5 * rssF;
        double llReml = -0.5 * (k - 1) * LOG_2PI + 0.5 * Math.log(k) - 0.5 * sumLog - 0.5 * Math.log(wm.sumW)
                - 0.5 * rssF;
        double devMl = k > 1 ? -2 * (llMl - (-0.5 * k * LOG_2PI - 0.5 * sumLogV)) : 0;
        Optional<FitStatistics> fitMl = finite(new FitStatistics(llMl, devMl, -2 * llMl + 2 * parms,
                -2 * llMl + parms * Math.log(k), -2 * llMl + aiccPenalty(k, parms)));
        Optional<FitStatistics> fitReml = finite(new FitStatistics(llReml, -2 * llReml, -2 * llReml + 2 * parms,
                -2 * llReml + parms * Math.log(k - 1), -2 * llReml + aiccPenalty(k - 1, parms)));

        double[] wp = new double[k];
        for (int i = 0; i < k; i++) {
            wp[i] = 100 / (vi[i] + tau2) / wm.sumW;
        }
        requireRepresentable(yi, vi, "tau2", tau2, "estimate", mu, "se", se, "statistic", stat, "pval", pval, "Q", q,
                "I2", i2, "H2", h2, "sum of weights", wm.sumW);
        return new RmaResult(data, options, mu, se, stat, pval, mu - crit * se, mu + crit * se, df, tau2, seTau2, i2,
                h2, q, qp, vt, iterations, scale, fitMl, fitReml, wp);
    }

    /**
     * RmaResult promises finite numbers. Valid but extreme data (|yi| of 1e200, vi of 1e-300) can overflow Q, the
     * weights or tau² estimators built on them: say which quantity and why instead of returning Infinity or NaN.
     *
     * @param namesAndValues alternating quantity names (String) and values (Double)
     */
    static void requireRepresentable(double[] yi, double[] vi, Object... namesAndValues) {
        for (int j = 0; j < namesAndValues.length; j += 2) {
            double v = (Double) namesAndValues[j + 1];
            if (!Double.isFinite(v)) {
                throw new NumericalRangeException((String) namesAndValues[j], "the model cannot be computed in double "
                        + "precision: " + namesAndValues[j] + " is " + v + " for effect sizes up to |yi| = "
                        + String.format(java.util.Locale.ROOT, "%.3g", maxAbs(yi)) + " with sampling variances down to "
                        + String.format(java.util.Locale.ROOT, "%.3g", min(vi)) + "; rescale the effect sizes (e.g. "
                        + "to other units) or check the data for typing errors");
            }
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double aiccPenalty(int n, int parms) {
        double m = Math.max(n, parms + 2);
        return 2 * parms * m / (m - parms - 1);
    }

    private static Optional<FitStatistics> finite(FitStatistics f) {
        boolean ok = Double.isFinite(f.logLik()) && Double.isFinite(f.deviance()) && Double.isFinite(f.aic())
                && Double.isFinite(f.bic()) && Double.isFinite(f.aicc());
        return ok ? Optional.of(f) : Optional.empty();
    }
}
