package org.htaworkbench.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.htaworkbench.stats.internal.Dist;

/**
 * A fitted intercept-only common-effect or random-effects model, metafor's {@code rma.uni} object.
 * All values are finite; not-applicable values are empty optionals.
 */
public final class RmaResult {
    private final EffectSizeData data;
    private final ModelOptions options;
    final double estimate;
    final double se;
    final double statistic;
    final double pval;
    final double ciLower;
    final double ciUpper;
    final OptionalInt df;
    final double tau2;
    final OptionalDouble seTau2;
    final double i2;
    final double h2;
    final double q;
    final double qPval;
    final double vt;
    final int iterations;
    final double knhaScale;
    final Optional<FitStatistics> fitMl;
    final Optional<FitStatistics> fitReml;
    private final double[] weightsPercent;

    RmaResult(EffectSizeData data, ModelOptions options, double estimate, double se, double statistic, double pval,
            double ciLower, double ciUpper, OptionalInt df, double tau2, OptionalDouble seTau2, double i2, double h2,
            double q, double qPval, double vt, int iterations, double knhaScale, Optional<FitStatistics> fitMl,
            Optional<FitStatistics> fitReml, double[] weightsPercent) {
        this.data = data;
        this.options = options;
        this.estimate = estimate;
        this.se = se;
        this.statistic = statistic;
        this.pval = pval;
        this.ciLower = ciLower;
        this.ciUpper = ciUpper;
        this.df = df;
        this.tau2 = tau2;
        this.seTau2 = seTau2;
        this.i2 = i2;
        this.h2 = h2;
        this.q = q;
        this.qPval = qPval;
        this.vt = vt;
        this.iterations = iterations;
        this.knhaScale = knhaScale;
        this.fitMl = fitMl;
        this.fitReml = fitReml;
        this.weightsPercent = weightsPercent;
    }

    /** The input data the model was fitted to. */
    public EffectSizeData data() { return data; }
    public ModelOptions options() { return options; }
    public Method method() { return options.method(); }
    public TestType test() { return options.test(); }
    public int k() { return data.k(); }
    /** Pooled estimate (metafor {@code beta}) on the model scale. */
    public double estimate() { return estimate; }
    /** Standard error (Knapp-Hartung adjusted for knha/adhoc). */
    public double se() { return se; }
    /** z or (knha/adhoc) t statistic, metafor's {@code zval}. */
    public double statistic() { return statistic; }
    public double pval() { return pval; }
    public double ciLower() { return ciLower; }
    public double ciUpper() { return ciUpper; }
    /** k-1 for knha/adhoc; empty for z. */
    public OptionalInt df() { return df; }
    public double tau2() { return tau2; }
    public double tau() { return Math.sqrt(tau2); }
    /** metafor {@code se.tau2}; empty for FE. */
    public OptionalDouble seTau2() { return seTau2; }
    /** I² in percent (metafor's definition for the method). */
    public double i2() { return i2; }
    public double h2() { return h2; }
    /** Cochran's Q with FE weights. */
    public double q() { return q; }
    public int qDf() { return data.k() - 1; }
    public double qPval() { return qPval; }
    /** "typical" within-study variance (k-1)/(Σw - Σw²/Σw). */
    public double vt() { return vt; }
    /** Iterations of the tau² estimator (0 for closed forms and FE). */
    public int iterations() { return iterations; }
    /** Knapp-Hartung scale factor s² applied to the variance (1 for test z). */
    public double knhaScale() { return knhaScale; }
    /** metafor {@code fit.stats$ML}; empty when undefined (e.g. k = 1). */
    public Optional<FitStatistics> fitStatisticsMl() { return fitMl; }
    /** metafor {@code fit.stats$REML}; empty when undefined (e.g. k = 1). */
    public Optional<FitStatistics> fitStatisticsReml() { return fitReml; }
    /** Study weights in percent, {@code weights(res)}. */
    public double[] weightsPercent() { return weightsPercent.clone(); }

    /** {@code predict(res)} with metafor's default PI critical value. */
    public Prediction predict() {
        return predict(PiType.DEFAULT);
    }

    /** {@code predict(res, pi.type=...)}. FE models have no prediction interval. */
    public Prediction predict(PiType type) {
        if (method().isFixed()) {
            return new Prediction(estimate, se, ciLower, ciUpper, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        int k = k();
        double p = 0.5 + options.level() / 200;
        double crit;
        OptionalDouble piDf;
        PiType t = type == PiType.DEFAULT ? (test() == TestType.Z ? PiType.Z : PiType.T) : type;
        switch (t) {
            case Z -> {
                crit = Dist.qnorm(p);
                piDf = OptionalDouble.empty();
            }
            case T -> {
                if (k < 2) {
                    throw InvalidStudyDataException.ofDataset("k", "a t(k-1) prediction interval needs k >= 2");
                }
                crit = Dist.qt(p, k - 1);
                piDf = OptionalDouble.of(k - 1);
            }
            default -> {
                int d = Math.max(1, k - 2);
                crit = Dist.qt(p, d);
                piDf = OptionalDouble.of(d);
            }
        }
        double s = Math.sqrt(se * se + tau2);
        return new Prediction(estimate, se, ciLower, ciUpper, OptionalDouble.of(estimate - crit * s),
                OptionalDouble.of(estimate + crit * s), piDf);
    }

    /** Back-transformed pooled estimate, CI and (default) PI using the measure's transform. */
    public Transformed transformed() {
        return transformed(PiType.DEFAULT);
    }

    public Transformed transformed(PiType type) {
        Measure.Transform tr = data.measure().transform();
        double hm = tr == Measure.Transform.IPFT ? data.harmonicMeanN() : Double.NaN;
        Prediction p = predict(type);
        return new Transformed(tr, BackTransform.apply(tr, estimate, hm), BackTransform.apply(tr, ciLower, hm),
                BackTransform.apply(tr, ciUpper, hm),
                p.piLower().isPresent() ? OptionalDouble.of(BackTransform.apply(tr, p.piLower().getAsDouble(), hm))
                        : OptionalDouble.empty(),
                p.piUpper().isPresent() ? OptionalDouble.of(BackTransform.apply(tr, p.piUpper().getAsDouble(), hm))
                        : OptionalDouble.empty());
    }

    /** Q-profile confidence intervals for tau², tau, I², H² ({@code confint(res)}); random-effects only. */
    public HeterogeneityConfint confint() {
        return QProfile.confint(this);
    }

    @Override
    public String toString() {
        return "RmaResult[" + method() + "/" + test() + ", k=" + k() + ", estimate=" + estimate + ", se=" + se
                + ", tau2=" + tau2 + ", I2=" + i2 + "]";
    }
}
