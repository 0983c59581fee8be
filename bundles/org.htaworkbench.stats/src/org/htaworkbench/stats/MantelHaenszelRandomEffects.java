package org.htaworkbench.stats;

import org.htaworkbench.stats.internal.Check;
import org.htaworkbench.stats.internal.Dist;

/**
 * Random-effects pooling of 2x2 tables as RevMan 5 does it for its "M-H, Random" analyses: the heterogeneity
 * statistic Q is taken around the Mantel-Haenszel estimate, with inverse-variance weights (the Q the R package meta
 * calls {@code Q.Cochrane}), tau² is DerSimonian and Laird's moment estimate from that Q, and the studies are pooled
 * with weights {@code 1 / (vi + tau²)}.
 *
 * <p>
 * Zero cells as RevMan 5 handles them (checked against the totals RevMan stored in a Cochrane review): a table with a
 * zero cell gets 1/2 added to each cell, for its own estimate and for the Mantel-Haenszel estimate Q is taken around;
 * a table without events in either group (or with only events) has no estimate and is left out. For the risk
 * difference nothing is added: it is defined with zero cells.
 *
 * <p>
 * metafor has no such model ({@code rma.mh} is common-effect only, {@code rma(method = "DL")} takes Q around the
 * inverse-variance estimate), so this class is the one place the engine follows RevMan rather than metafor.
 *
 * @since 0.2
 */
public final class MantelHaenszelRandomEffects {

    /**
     * @param mantelHaenszel the Mantel-Haenszel fit of the estimable tables (corrected as above): its Q, df, I² are
     *        RevMan's heterogeneity statistics
     * @param tau2 DerSimonian-Laird tau² from that Q
     * @param estimate pooled estimate (log scale for OR and RR)
     * @param weightsPercent per estimable table, in input order of those tables
     * @param estimable for each input table whether it has an estimate (false: no events in either group)
     */
    public record Result(Measure measure, PooledResult mantelHaenszel, double tau2, double estimate, double se,
            double statistic, double pval, double ciLower, double ciUpper, double[] yi, double[] vi,
            double[] weightsPercent, boolean[] estimable) {

        public Result {
            yi = yi.clone();
            vi = vi.clone();
            weightsPercent = weightsPercent.clone();
            estimable = estimable.clone();
        }

        @Override
        public double[] yi() {
            return yi.clone();
        }

        @Override
        public double[] vi() {
            return vi.clone();
        }

        @Override
        public double[] weightsPercent() {
            return weightsPercent.clone();
        }

        @Override
        public boolean[] estimable() {
            return estimable.clone();
        }

        /** Number of tables with an estimate. */
        public int k() {
            return yi.length;
        }

        /** exp of estimate and CI for OR and RR; identity for RD. */
        public Transformed transformed() {
            Measure.Transform t = measure == Measure.RD ? Measure.Transform.NONE : Measure.Transform.EXP;
            return new Transformed(t, BackTransform.apply(t, estimate, Double.NaN),
                    BackTransform.apply(t, ciLower, Double.NaN), BackTransform.apply(t, ciUpper, Double.NaN),
                    java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty());
        }
    }

    private MantelHaenszelRandomEffects() {
    }

    /** Events and totals per group: ai of n1i in group 1, ci of n2i in group 2. */
    public static Result fitFromTotals(Measure measure, double[] ai, double[] n1i, double[] ci, double[] n2i,
            String[] labels, double level) {
        double[][] bd = MantelHaenszel.cellsFromTotals(ai, n1i, ci, n2i, labels);
        return fit(measure, ai, bd[0], ci, bd[1], labels, level);
    }

    /** 2x2 cells: ai/bi events/non-events in group 1, ci/di in group 2. */
    public static Result fit(Measure measure, double[] ai, double[] bi, double[] ci, double[] di, String[] labels,
            double level) {
        if (measure != Measure.OR && measure != Measure.RR && measure != Measure.RD) {
            throw new UnsupportedCombinationException("Mantel-Haenszel random effects are defined for OR, RR and RD, not "
                    + measure);
        }
        int k = Check.sameLength(new String[] {"ai", "bi", "ci", "di"}, ai, bi, ci, di);
        String[] lab = Check.labels(labels, k);
        MantelHaenszel.checkLevel(level);
        boolean[] estimable = new boolean[k];
        int kEst = 0;
        for (int i = 0; i < k; i++) {
            Check.nonNegative(ai[i], i, lab, "ai");
            Check.nonNegative(bi[i], i, lab, "bi");
            Check.nonNegative(ci[i], i, lab, "ci");
            Check.nonNegative(di[i], i, lab, "di");
            estimable[i] = measure == Measure.RD
                    ? ai[i] + bi[i] > 0 && ci[i] + di[i] > 0
                    : ai[i] + ci[i] > 0 && bi[i] + di[i] > 0;
            if (estimable[i]) {
                kEst++;
            }
        }
        if (kEst == 0) {
            throw InvalidStudyDataException.ofDataset("ai", "no study has an estimate (no events in any group)");
        }
        double[] a = new double[kEst], b = new double[kEst], c = new double[kEst], d = new double[kEst];
        String[] estLabels = new String[kEst];
        for (int i = 0, j = 0; i < k; i++) {
            if (!estimable[i]) {
                continue;
            }
            double add = measure != Measure.RD && (ai[i] == 0 || bi[i] == 0 || ci[i] == 0 || di[i] == 0) ? 0.5 : 0;
            a[j] = ai[i] + add;
            b[j] = bi[i] + add;
            c[j] = ci[i] + add;
            d[j] = di[i] + add;
            estLabels[j] = lab[i];
            j++;
        }
        // with the cells corrected, the MH fit's Q is RevMan's: around the MH estimate of the corrected tables
        PooledResult mh = MantelHaenszel.fit(measure, a, b, c, d, estLabels, level);
        EffectSizeData es = EffectSizes.twoByTwo(measure, a, b, c, d, estLabels, ContinuityCorrection.NONE);
        double[] y = es.yi(), v = es.vi();
        double sumW = 0, sumW2 = 0;
        for (double vi : v) {
            sumW += 1 / vi;
            sumW2 += 1 / (vi * vi);
        }
        double tau2 = kEst > 1 ? Math.max(0, (mh.q() - (kEst - 1)) / (sumW - sumW2 / sumW)) : 0;
        double sw = 0, swy = 0;
        double[] w = new double[kEst];
        for (int j = 0; j < kEst; j++) {
            w[j] = 1 / (v[j] + tau2);
            sw += w[j];
            swy += w[j] * y[j];
        }
        double est = swy / sw;
        double se = Math.sqrt(1 / sw);
        double z = Dist.qnorm(0.5 + level / 200);
        double stat = est / se;
        double[] wp = new double[kEst];
        for (int j = 0; j < kEst; j++) {
            wp[j] = 100 * w[j] / sw;
        }
        return new Result(measure, mh, tau2, est, se, stat, Dist.pnormTwoSided(stat), est - z * se, est + z * se, y, v,
                wp, estimable);
    }
}
