package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/** Hunter-Schmidt estimator: (Q - k) / Σw, w = 1/vi. */
public final class HunterSchmidt implements Tau2Estimator {
    @Override
    public String name() {
        return "HS";
    }

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        int k = yi.length;
        WeightedMean fe = new WeightedMean(yi, vi, 0);
        double tau2 = Math.max(0, (fe.q - k) / fe.sumW);
        double se = Math.sqrt((2.0 * (k - 1) + 4 * tau2 * fe.trP() + 2 * tau2 * tau2 * fe.sumPP()) / (fe.sumW * fe.sumW));
        return new Tau2Result(tau2, se, 0);
    }
}
