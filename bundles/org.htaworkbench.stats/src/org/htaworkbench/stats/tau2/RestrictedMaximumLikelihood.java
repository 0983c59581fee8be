package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/** REML by Fisher scoring: Δ = (y'PPy - tr P) / tr(PP); se.tau2 = sqrt(2 / tr(PP)). */
public final class RestrictedMaximumLikelihood extends FisherScoring {
    public RestrictedMaximumLikelihood() {
        this(IterationControl.TIGHT);
    }

    public RestrictedMaximumLikelihood(IterationControl control) {
        super(control);
    }

    @Override
    public String name() {
        return "REML";
    }

    @Override
    double step(double[] yi, double[] vi, double tau2, WeightedMean wm) {
        return (WeightedMean.yPPy(yi, vi, tau2, wm.mu) - wm.trP()) / wm.sumPP();
    }

    @Override
    double se(double[] yi, double[] vi, double tau2, WeightedMean wm) {
        return Math.sqrt(2 / wm.sumPP());
    }
}
