package org.htaworkbench.stats;

import org.htaworkbench.stats.internal.Dist;
import org.htaworkbench.stats.internal.WeightedMean;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Q-profile confidence interval for tau² (Viechtbauer 2007), metafor's {@code confint(res)} default:
 * the limits solve Q(tau²) = Σ (y - mu(tau²))²/(v + tau²) = χ²_{1-α/2, k-1} (lower) and
 * χ²_{α/2, k-1} (upper), truncated at 0. I² and H² limits use the model's vt.
 * Solved with Hipparchus' BrentSolver to ~1e-15 relative; the upper bracket is expanded as needed
 * (metafor stops at tau2.max = max(100, 10·tau²)).
 */
final class QProfile {
    private static final int MAX_EVAL = 10_000;

    private QProfile() {
    }

    static HeterogeneityConfint confint(RmaResult r) {
        if (r.method().isFixed()) {
            throw new UnsupportedCombinationException("Q-profile CI needs a random-effects model, not FE");
        }
        int k = r.k();
        if (k < 2) {
            throw InvalidStudyDataException.ofDataset("k", "Q-profile CI needs k >= 2");
        }
        double[] y = r.data().yi();
        double[] v = r.data().vi();
        double alpha = 1 - r.options().level() / 100;
        double critL = Dist.qchisq(1 - alpha / 2, k - 1);
        double critU = Dist.qchisq(alpha / 2, k - 1);
        UnivariateFunction q = t -> new WeightedMean(y, v, t).q;
        double q0 = q.value(0);
        int[] evals = {0};
        double lb = q0 < critL ? 0 : solve(q, critL, Math.max(100, 10 * r.tau2()), evals);
        double ub = q0 < critU ? 0 : solve(q, critU, Math.max(100, 10 * r.tau2()), evals);
        double vt = r.vt();
        return new HeterogeneityConfint(new Interval(r.tau2(), lb, ub),
                new Interval(Math.sqrt(r.tau2()), Math.sqrt(lb), Math.sqrt(ub)),
                new Interval(r.i2(), 100 * lb / (vt + lb), 100 * ub / (vt + ub)),
                new Interval(r.h2(), 1 + lb / vt, 1 + ub / vt), evals[0]);
    }

    private static double solve(UnivariateFunction q, double target, double hi, int[] evals) {
        UnivariateFunction f = t -> q.value(t) - target;
        while (f.value(hi) > 0) {
            hi *= 2;
            if (hi > 1e300) {
                throw new ConvergenceException("Q-profile (no upper bracket)", 0, Double.NaN);
            }
        }
        BrentSolver solver = new BrentSolver(1e-15, 1e-300);
        double root = solver.solve(MAX_EVAL, f, 0, hi);
        evals[0] += solver.getEvaluations();
        return root;
    }
}
