package org.htaworkbench.stats;

import org.htaworkbench.stats.internal.Dist;

/**
 * Peto's one-step odds ratio as metafor's {@code rma.peto}: Oi = ai, Ei = (ai+ci)n1i/Ni,
 * Vi = (ai+ci)(bi+di)(n1i/Ni)(n2i/Ni)/(Ni-1); log OR = Σ(O-E)/ΣV, se = 1/sqrt(ΣV), raw counts.
 * Q = Σ(O-E)²/V - (Σ(O-E))²/ΣV over studies with V &gt; 0; df = k.yi - 1.
 */
public final class Peto {
    private Peto() {
    }

    public static PooledResult fit(double[] ai, double[] bi, double[] ci, double[] di, String[] labels, double level) {
        EffectSizeData es = EffectSizes.twoByTwo(Measure.PETO, ai, bi, ci, di, labels,
                ContinuityCorrection.METAFOR_DEFAULT.withDrop00(true));
        int k = ai.length;
        double alpha = 1 - MantelHaenszel.checkLevel(level) / 100;
        double[] oe = new double[k];
        double[] v = new double[k];
        double sumOe = 0, sumV = 0;
        for (int i = 0; i < k; i++) {
            double n1 = ai[i] + bi[i], n2 = ci[i] + di[i], n = n1 + n2;
            double xt = ai[i] + ci[i], yt = bi[i] + di[i];
            oe[i] = ai[i] - xt * n1 / n;
            v[i] = n > 1 ? xt * yt * (n1 / n) * (n2 / n) / (n - 1) : 0;
            sumOe += oe[i];
            sumV += v[i];
        }
        if (!(sumV > 0)) {
            throw InvalidStudyDataException.ofDataset("ai", "Peto odds ratio undefined: all studies have variance 0");
        }
        double est = sumOe / sumV;
        double se = Math.sqrt(1 / sumV);
        double q = 0;
        double[] wp = new double[k];
        for (int i = 0; i < k; i++) {
            if (v[i] > 0) {
                q += oe[i] * oe[i] / v[i];
            }
            wp[i] = 100 * v[i] / sumV;
        }
        q = Math.max(0, q - sumOe * sumOe / sumV);
        int kYi = es.k();
        double[] het = MantelHaenszel.heterogeneity(q, kYi);
        double z = Dist.qnorm(1 - alpha / 2);
        double stat = est / se;
        return new PooledResult("PETO", Measure.PETO, k, kYi, est, se, stat, Dist.pnormTwoSided(stat), est - z * se,
                est + z * se, q, kYi - 1, het[0], het[1], het[2], wp, java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty());
    }

    public static PooledResult fitFromTotals(double[] ai, double[] n1i, double[] ci, double[] n2i, String[] labels,
            double level) {
        double[][] bd = MantelHaenszel.cellsFromTotals(ai, n1i, ci, n2i, labels);
        return fit(ai, bd[0], ci, bd[1], labels, level);
    }
}
