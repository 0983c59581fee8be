package org.htaworkbench.stats.tau2;

/** Hedges' (HE) unweighted moment estimator: (Σ(y-ȳ)² - (Σv - Σv/k)) / (k-1). */
public final class Hedges implements Tau2Estimator {
    @Override
    public String name() {
        return "HE";
    }

    /** The untruncated HE value, used as the starting value of ML/REML/EB (metafor). */
    static double raw(double[] yi, double[] vi) {
        int k = yi.length;
        double my = 0, sv = 0;
        for (int i = 0; i < k; i++) {
            my += yi[i];
            sv += vi[i];
        }
        my /= k;
        double rss = 0;
        for (double y : yi) {
            rss += (y - my) * (y - my);
        }
        return (rss - (sv - sv / k)) / (k - 1);
    }

    @Override
    public Tau2Result estimate(double[] yi, double[] vi) {
        int k = yi.length;
        double tau2 = Math.max(0, raw(yi, vi));
        double sv = 0, sv2 = 0;
        for (double v : vi) {
            sv += v;
            sv2 += v * v;
        }
        // P = I - J/k: tr(PV) = Σv(1 - 1/k); sum(PV * t(PV)) = Σv²(1 - 2/k) + (Σv)²/k²
        double trPV = sv * (1 - 1.0 / k);
        double pvpv = sv2 * (1 - 2.0 / k) + sv * sv / ((double) k * k);
        double se = Math.sqrt((2 * pvpv + 4 * tau2 * trPV + 2 * tau2 * tau2 * (k - 1)) / ((double) (k - 1) * (k - 1)));
        return new Tau2Result(tau2, se, 0);
    }
}
