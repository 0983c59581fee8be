package org.htaworkbench.stats.tau2;

/**
 * A between-study variance (tau²) estimator for the intercept-only random-effects model, as
 * {@code rma(yi, vi, method=...)}. Implementations expect validated input (k &gt;= 2, finite yi,
 * finite vi &gt; 0); {@link org.htaworkbench.stats.MetaAnalysis} validates before calling.
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients: the engine fits with the estimators of
 *              {@link org.htaworkbench.stats.Method}, one class per estimator in this package.
 */
public interface Tau2Estimator {

    /** metafor's method name, e.g. "REML". */
    String name();

    /** Estimates tau² (truncated at 0) with its standard error (metafor's {@code se.tau2}). */
    Tau2Result estimate(double[] yi, double[] vi);
}
