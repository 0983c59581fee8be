package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.ConvergenceException;
import org.htaworkbench.stats.internal.WeightedMean;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalStateException;

/**
 * Paule-Mandel: the root of Q(tau²) = Σ (y - mu(tau²))²/(v + tau²) = k - 1, found with Hipparchus'
 * {@link BrentSolver} (metafor uses R's uniroot, also Brent). Q(0) &lt; k-1 gives tau² = 0. Unlike
 * metafor (fixed tau2.max = 100) the upper bracket is doubled until it contains the root.
 * se.tau2 = sqrt(2k²/(k-1)) / Σw as metafor.
 */
public final class PauleMandel implements Tau2Estimator {
    private final IterationControl control;

    public PauleMandel() {
        this(IterationControl.TIGHT);
    }

    public PauleMandel(IterationControl control) {
        this.control = control == null ? IterationControl.TIGHT : control;
    }

    @Override
    public String name() {
        return "PM";
    }

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        int k = yi.length;
        UnivariateFunction f = t -> new WeightedMean(yi, vi, t).q - (k - 1);
        double tau2;
        int evals = 0;
        if (f.value(0) < 0) {
            tau2 = 0;
        } else {
            double hi = 100;
            while (f.value(hi) > 0) {
                hi *= 2;
                if (hi > 1e300) {
                    throw new ConvergenceException("PM (no upper bracket)", 0, Double.NaN);
                }
            }
            double abs = control.relative() ? control.threshold() * Math.min(1, hi) * 1e-3 : control.threshold();
            BrentSolver solver = new BrentSolver(control.relative() ? control.threshold() : 1e-15, abs);
            try {
                tau2 = solver.solve(control.maxIterations(), f, 0, hi);
            } catch (MathIllegalStateException e) {
                throw new ConvergenceException("PM (Brent)", control.maxIterations(), Double.NaN);
            }
            evals = solver.getEvaluations();
        }
        WeightedMean wm = new WeightedMean(yi, vi, tau2);
        double se = Math.sqrt(2.0 * k * k / (k - 1)) / wm.sumW;
        return new Tau2Result(tau2, se, evals);
    }
}
