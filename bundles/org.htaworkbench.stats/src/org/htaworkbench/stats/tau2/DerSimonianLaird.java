package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/** DerSimonian-Laird moment estimator: (Q - (k-1)) / (Σw - Σw²/Σw), w = 1/vi. */
public final class DerSimonianLaird implements Tau2Estimator {
    @Override
    public String name() {
        return "DL";
    }

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        int k = yi.length;
        WeightedMean fe = new WeightedMean(yi, vi, 0);
        double trP = fe.trP();
        double tau2 = Math.max(0, (fe.q - (k - 1)) / trP);
        double se = Math.sqrt((2.0 * (k - 1) + 4 * tau2 * trP + 2 * tau2 * tau2 * fe.sumPP()) / (trP * trP));
        return new Tau2Result(tau2, se, 0);
    }
}
