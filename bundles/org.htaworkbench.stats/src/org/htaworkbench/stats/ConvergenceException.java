package org.htaworkbench.stats;

/** An iterative estimator did not converge; no number is returned in that case. */
public final class ConvergenceException extends StatsException {
    private static final long serialVersionUID = 1L;
    private final String method;
    private final int iterations;
    private final double lastChange;

    public ConvergenceException(String method, int iterations, double lastChange) {
        super(method + " did not converge after " + iterations + " iterations (last change in tau2: " + lastChange
                + "); raise maxIterations, loosen the threshold, or use a non-iterative estimator");
        this.method = method;
        this.iterations = iterations;
        this.lastChange = lastChange;
    }

    public String method() {
        return method;
    }

    public int iterations() {
        return iterations;
    }

    public double lastChange() {
        return lastChange;
    }
}
