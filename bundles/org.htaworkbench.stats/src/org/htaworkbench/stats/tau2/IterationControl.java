package org.htaworkbench.stats.tau2;

/**
 * Convergence control for the iterative estimators.
 *
 * @param threshold     stop when |Δtau²| &lt;= threshold (Fisher scoring) or when the root bracket is
 *                      narrower than threshold (Paule-Mandel)
 * @param maxIterations a fit needing more iterations throws {@link org.htaworkbench.stats.ConvergenceException}
 * @param relative      if true the threshold is relative: |Δtau²| &lt;= threshold·max(1, tau²)
 */
public record IterationControl(double threshold, int maxIterations, boolean relative) {

    /** The engine default: solved to (near) machine precision. */
    public static final IterationControl TIGHT = new IterationControl(1e-13, 10_000, true);

    /**
     * metafor's defaults for ML/REML/EB ({@code threshold=1e-5, maxiter=100}), absolute. With this
     * control the Fisher-scoring estimators reproduce metafor's (loosely converged) default numbers.
     */
    public static final IterationControl METAFOR_DEFAULT = new IterationControl(1e-5, 100, false);

    public IterationControl {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite and > 0: " + threshold);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1: " + maxIterations);
        }
    }

    boolean converged(double change, double tau2) {
        return change <= (relative ? threshold * Math.max(1, tau2) : threshold);
    }
}
