package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/**
 * Empirical Bayes (Morris) estimator by metafor's scoring iteration Δ = (Q·k/(k-1) - k)/Σw; it solves
 * the same equation as Paule-Mandel. se.tau2 = sqrt(2k²/(k-1)) / Σw.
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
