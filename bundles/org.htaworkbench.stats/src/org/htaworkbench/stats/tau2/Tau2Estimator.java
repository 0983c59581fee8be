package org.htaworkbench.stats.tau2;

/**
 * A between-study variance (tau²) estimator for the intercept-only random-effects model, as
 * {@code rma(yi, vi, method=...)}. Implementations expect validated input (k &gt;= 2, finite yi,
 * finite vi &gt; 0); {@link org.htaworkbench.stats.MetaAnalysis} validates before calling.
 */
public interface Tau2Estimator {

    /** metafor's method name, e.g. "REML". */
    String name();

    /** Estimates tau² (truncated at 0) with its standard error (metafor's {@code se.tau2}). */
    Tau2Result estimate(double[] yi, double[] vi);
}
