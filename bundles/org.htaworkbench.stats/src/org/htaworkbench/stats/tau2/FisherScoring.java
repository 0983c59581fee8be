package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.ConvergenceException;
import org.htaworkbench.stats.NumericalRangeException;
import org.htaworkbench.stats.internal.WeightedMean;

/**
 * Fisher scoring for ML, REML and EB exactly as metafor's rma.uni (start at max(0, HE), step
 * halving to stay &gt;= 0, stop when |Δtau²| &lt;= threshold), but with O(k) sums instead of k×k matrices.
 */
abstract class FisherScoring implements Tau2Estimator {
    private final IterationControl control;

    FisherScoring(IterationControl control) {
        this.control = control == null ? IterationControl.TIGHT : control;
    }

    IterationControl control() {
        return control;
    }

    /** The scoring step at the current tau². */
    abstract double step(double[] yi, double[] vi, double tau2, WeightedMean wm);

    /** metafor's se.tau2 at the final tau². */
    abstract double se(double[] yi, double[] vi, double tau2, WeightedMean wm);

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        double tau2 = Math.max(0, Hedges.raw(yi, vi));
        int iter = 0;
        double change = Double.POSITIVE_INFINITY;
        while (!control.converged(change, tau2)) {
            iter++;
            if (iter > control.maxIterations()) {
                throw new ConvergenceException(name() + " (Fisher scoring)", control.maxIterations(), change);
            }
            double old = tau2;
            WeightedMean wm = new WeightedMean(yi, vi, tau2);
            double adj = step(yi, vi, tau2, wm);
            if (Double.isNaN(adj)) {
                adj = 0;
            }
            if (Double.isInfinite(adj)) {
                // halving an infinite step never makes tau2 + adj >= 0: the loop below would not end
                throw new NumericalRangeException("tau2", name() + " (Fisher scoring): the scoring step for tau2 "
                        + "overflows double precision at tau2 = " + tau2 + "; the sampling variances span too many orders of "
                        + "magnitude for this estimator (try DL, HE or PM)");
            }
            while (tau2 + adj < 0) {
                adj /= 2;
            }
            tau2 = tau2 + adj;
            change = Math.abs(old - tau2);
        }
        tau2 = Math.max(0, tau2);
        return new Tau2Result(tau2, se(yi, vi, tau2, new WeightedMean(yi, vi, tau2)), iter);
    }
}
