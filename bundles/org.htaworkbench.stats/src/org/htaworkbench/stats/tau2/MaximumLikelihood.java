package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/** ML by Fisher scoring: Δ = (y'PPy - Σw) / Σw²; se.tau2 = sqrt(2 / Σw²). */
public final class MaximumLikelihood extends FisherScoring {
    public MaximumLikelihood() {
        this(IterationControl.TIGHT);
    }

    public MaximumLikelihood(IterationControl control) {
        super(control);
    }

    @Override
    public String name() {
        return "ML";
    }

    @Override
    double step(double[] yi, double[] vi, double tau2, WeightedMean wm) {
        return (WeightedMean.yPPy(yi, vi, tau2, wm.mu) - wm.sumW) / wm.sumW2;
    }

    @Override
    double se(double[] yi, double[] vi, double tau2, WeightedMean wm) {
        return Math.sqrt(2 / wm.sumW2);
    }
}
