package org.htaworkbench.stats;

import java.util.OptionalDouble;

/**
 * A Mantel-Haenszel ({@code rma.mh}) or Peto ({@code rma.peto}) common-effect result. Estimates and
 * CI are on the log scale for OR/RR/PETO. Heterogeneity uses the k.yi studies with a defined
 * per-study effect (double-zero studies dropped) and FE definitions of I² and H².
 *
 * @param method     "MH" or "PETO"
 * @param measure    OR, RR, RD (MH) or PETO
 * @param k          number of tables
 * @param kYi        studies used for Q
 * @param cmh        Cochran-Mantel-Haenszel statistic with continuity correction (MH OR only)
 * @param tarone     Tarone's heterogeneity statistic (MH OR only, when defined)
 */
public record PooledResult(String method, Measure measure, int k, int kYi, double estimate, double se,
        double statistic, double pval, double ciLower, double ciUpper, double q, int qDf, double qPval, double i2,
        double h2, double[] weightsPercent, OptionalDouble cmh, OptionalDouble cmhPval, OptionalDouble tarone,
        OptionalDouble taronePval) {

    public PooledResult {
        weightsPercent = weightsPercent.clone();
    }

    @Override
    public double[] weightsPercent() {
        return weightsPercent.clone();
    }

    /** exp of estimate and CI for OR/RR/PETO; identity for RD. */
    public Transformed transformed() {
        Measure.Transform t = measure == Measure.RD ? Measure.Transform.NONE : Measure.Transform.EXP;
        return new Transformed(t, BackTransform.apply(t, estimate, Double.NaN), BackTransform.apply(t, ciLower, Double.NaN),
                BackTransform.apply(t, ciUpper, Double.NaN), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
