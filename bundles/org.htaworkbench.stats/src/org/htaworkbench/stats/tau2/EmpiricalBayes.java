package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/**
 * Empirical Bayes (Morris) estimator by metafor's scoring iteration Δ = (Q·k/(k-1) - k)/Σw; it solves
 * the same equation as Paule-Mandel. se.tau2 = sqrt(2k²/(k-1)) / Σw.
 * <p>
 * The scoring step can oscillate for extreme variance ratios. With a relative (engine) control the
 * estimating equation Q(tau²) = k-1, whose root is unique because Q is decreasing, is then solved by
 * bracketing ({@link PauleMandel}); the iterations reported are the scoring steps plus the root-finder
 * evaluations. With an absolute (metafor-emulating) control the {@code ConvergenceException} is thrown,
 * as metafor stops with an error.
 */
public final class EmpiricalBayes extends FisherScoring {
    public EmpiricalBayes() {
        this(IterationControl.TIGHT);
    }

    public EmpiricalBayes(IterationControl control) {
        super(control);
    }

    @Override
    public String name() {
        return "EB";
    }

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        try {
            return super.estimate(yi, vi);
        } catch (org.htaworkbench.stats.ConvergenceException e) {
            if (!control().relative()) {
                throw e;
            }
            Tau2Result pm = new PauleMandel(control()).estimate(yi, vi);
            return new Tau2Result(pm.tau2(), pm.seTau2(), e.iterations() + pm.iterations());
        }
    }

    @Override
    double step(double[] yi, double[] vi, double tau2, WeightedMean wm) {
        int k = yi.length;
        return (wm.q * k / (k - 1) - k) / wm.sumW;
    }

    @Override
    double se(double[] yi, double[] vi, double tau2, WeightedMean wm) {
        int k = yi.length;
        return Math.sqrt(2.0 * k * k / (k - 1)) / wm.sumW;
    }
}
