package org.htaworkbench.stats.internal;

/**
 * Intercept-only weighted least squares in O(k) time and O(1) extra memory:
 * w_i = 1/(v_i + tau2), mu = Σ w y / Σ w, Q = Σ w (y - mu)², and the traces metafor obtains from its
 * k×k matrix P = W - w w'/Σw without building it.
 */
public final class WeightedMean {
    public final double sumW;
    public final double sumW2;
    public final double sumW3;
    public final double mu;
    public final double q;

    public WeightedMean(double[] y, double[] v, double tau2) {
        double sw = 0, sw2 = 0, sw3 = 0, swy = 0;
        for (int i = 0; i < y.length; i++) {
            double w = 1 / (v[i] + tau2);
            sw += w;
            sw2 += w * w;
            sw3 += w * w * w;
            swy += w * y[i];
        }
        double m = swy / sw;
        double qq = 0;
        for (int i = 0; i < y.length; i++) {
            double w = 1 / (v[i] + tau2);
            double r = y[i] - m;
            qq += w * r * r;
        }
        sumW = sw;
        sumW2 = sw2;
        sumW3 = sw3;
        mu = m;
        q = qq;
    }

    /** tr(P). */
    public double trP() {
        return sumW - sumW2 / sumW;
    }

    /** sum(P*P) = tr(PP) (P is symmetric). */
    public double sumPP() {
        return sumW2 - 2 * sumW3 / sumW + (sumW2 * sumW2) / (sumW * sumW);
    }

    /** y'PPy = Σ w² (y - mu)². */
    public static double yPPy(double[] y, double[] v, double tau2, double mu) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double w = 1 / (v[i] + tau2);
            double r = y[i] - mu;
            s += w * w * r * r;
        }
        return s;
    }

    /**
     * Σ_ij P_ij² a_i b_j for P = diag(w) - w w'/Σw, w_i = 1/(v_i + tau2)
     * = Σ w²ab - 2 Σ w³ab / S + (Σ w²a)(Σ w²b) / S².
     */
    public static double sumP2ab(double[] v, double tau2, double[] a, double[] b) {
        double s = 0, t1 = 0, t2 = 0, ta = 0, tb = 0;
        for (int i = 0; i < v.length; i++) {
            double w = 1 / (v[i] + tau2);
            s += w;
            double ab = (a == null ? 1 : a[i]) * (b == null ? 1 : b[i]);
            t1 += w * w * ab;
            t2 += w * w * w * ab;
            ta += w * w * (a == null ? 1 : a[i]);
            tb += w * w * (b == null ? 1 : b[i]);
        }
        return t1 - 2 * t2 / s + ta * tb / (s * s);
    }
}
