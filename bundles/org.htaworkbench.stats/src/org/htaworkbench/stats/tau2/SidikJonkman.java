package org.htaworkbench.stats.tau2;

import org.htaworkbench.stats.internal.WeightedMean;

/**
 * Sidik-Jonkman estimator (one step, not iterated, as metafor's "SJ"): tau0 = Σ(y-ȳ)²/k,
 * tau² = tau0 · Q(tau0) / (k-1) with Q(tau0) the Q statistic with weights 1/(vi + tau0).
 */
public final class SidikJonkman implements Tau2Estimator {
    @Override
    public String name() {
        return "SJ";
    }

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        int k = yi.length;
        double my = 0;
        for (double y : yi) {
            my += y;
        }
        my /= k;
        double t0 = 0;
        for (double y : yi) {
            t0 += (y - my) * (y - my);
        }
        t0 /= k;
        WeightedMean wm = new WeightedMean(yi, vi, t0);
        double tau2 = Math.max(0, t0 * wm.q / (k - 1));
        double pvpv = WeightedMean.sumP2ab(vi, t0, vi, vi);
        double pvp = WeightedMean.sumP2ab(vi, t0, null, vi);
        double se = Math.sqrt(t0 * t0 / ((double) (k - 1) * (k - 1))
                * (2 * pvpv + 4 * tau2 * pvp + 2 * tau2 * tau2 * wm.sumPP()));
        return new Tau2Result(tau2, se, 0);
    }
}
