package org.htaworkbench.stats;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.stats.internal.Check;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Gamma;

/**
 * Effect sizes and sampling variances, equivalent to metafor's {@code escalc()} with its defaults
 * ({@code vtype="LS"}, {@code add=1/2}, {@code to="only0"}, {@code drop00=FALSE}).
 * Every method validates its input and throws {@link InvalidStudyDataException} naming the study and
 * the field; no NaN or infinite value is ever returned.
 */
public final class EffectSizes {
    private EffectSizes() {
    }

    // ------------------------------------------------------------------ 2x2 tables

    /**
     * 2x2 tables given as cells: ai/bi = events/non-events in group 1 (treatment), ci/di = group 2.
     * Measures RR, OR, RD, PETO.
     */
    public static EffectSizeData twoByTwo(Measure measure, double[] ai, double[] bi, double[] ci, double[] di,
            String[] labels, ContinuityCorrection cc) {
        requireKind(measure, Measure.Kind.TWO_BY_TWO);
        int k = Check.sameLength(new String[] {"ai", "bi", "ci", "di"}, ai, bi, ci, di);
        String[] lab = Check.labels(labels, k);
        for (int i = 0; i < k; i++) {
            Check.nonNegative(ai[i], i, lab, "ai");
            Check.nonNegative(bi[i], i, lab, "bi");
            Check.nonNegative(ci[i], i, lab, "ci");
            Check.nonNegative(di[i], i, lab, "di");
            if (ai[i] + bi[i] <= 0) {
                throw new InvalidStudyDataException(i, lab[i], "n1i", "group 1 has no participants");
            }
            if (ci[i] + di[i] <= 0) {
                throw new InvalidStudyDataException(i, lab[i], "n2i", "group 2 has no participants");
            }
        }
        return compute2x2(measure, ai, bi, ci, di, lab, cc == null ? ContinuityCorrection.METAFOR_DEFAULT : cc);
    }

    /** 2x2 tables given as events and group totals ({@code ai, n1i, ci, n2i}). */
    public static EffectSizeData twoByTwoFromTotals(Measure measure, double[] ai, double[] n1i, double[] ci,
            double[] n2i, String[] labels, ContinuityCorrection cc) {
        requireKind(measure, Measure.Kind.TWO_BY_TWO);
        int k = Check.sameLength(new String[] {"ai", "n1i", "ci", "n2i"}, ai, n1i, ci, n2i);
        String[] lab = Check.labels(labels, k);
        double[] bi = new double[k];
        double[] di = new double[k];
        for (int i = 0; i < k; i++) {
            Check.nonNegative(ai[i], i, lab, "ai");
            Check.positive(n1i[i], i, lab, "n1i");
            Check.nonNegative(ci[i], i, lab, "ci");
            Check.positive(n2i[i], i, lab, "n2i");
            if (ai[i] > n1i[i]) {
                throw new InvalidStudyDataException(i, lab[i], "ai", "events " + ai[i] + " exceed the group total n1i = " + n1i[i]);
            }
            if (ci[i] > n2i[i]) {
                throw new InvalidStudyDataException(i, lab[i], "ci", "events " + ci[i] + " exceed the group total n2i = " + n2i[i]);
            }
            bi[i] = n1i[i] - ai[i];
            di[i] = n2i[i] - ci[i];
        }
        return compute2x2(measure, ai, bi, ci, di, lab, cc == null ? ContinuityCorrection.METAFOR_DEFAULT : cc);
    }

    private static boolean anyZero(double a, double b, double c, double d) {
        return a == 0 || b == 0 || c == 0 || d == 0;
    }

    private static EffectSizeData compute2x2(Measure measure, double[] ai, double[] bi, double[] ci, double[] di,
            String[] lab, ContinuityCorrection cc) {
        int k = ai.length;
        boolean anyZeroStudy = false;
        for (int i = 0; i < k; i++) {
            anyZeroStudy |= anyZero(ai[i], bi[i], ci[i], di[i]);
        }
        List<Double> y = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        List<String> l = new ArrayList<>();
        List<Integer> src = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double a = ai[i], b = bi[i], c = ci[i], d = di[i];
            // metafor: id00 <- (ai == 0 & ci == 0) | (bi == 0 & di == 0), checked before the correction
            if (cc.drop00() && ((a == 0 && c == 0) || (b == 0 && d == 0))) {
                dropped.add(lab[i]);
                continue;
            }
            // metafor's escalc applies add/to to every 2x2 measure, PETO included
            {
                boolean correct = switch (cc.to()) {
                    case NONE -> false;
                    case ALL -> true;
                    case ONLY_ZERO -> anyZero(a, b, c, d);
                    case IF_ANY_ZERO -> anyZeroStudy;
                };
                if (correct && cc.split() == ContinuityCorrection.Split.TREATMENT_ARM && a + b + c + d > 0) {
                    double n1 = a + b, n2 = c + d;
                    double group1 = 2 * cc.add() * n1 / (n1 + n2);
                    double group2 = 2 * cc.add() * n2 / (n1 + n2);
                    a += group1;
                    b += group1;
                    c += group2;
                    d += group2;
                } else if (correct) {
                    a += cc.add();
                    b += cc.add();
                    c += cc.add();
                    d += cc.add();
                }
            }
            double n1 = a + b, n2 = c + d;
            double yi, vi;
            switch (measure) {
                case RR -> {
                    zeroCell(a, i, lab, "ai", measure);
                    zeroCell(c, i, lab, "ci", measure);
                    yi = Math.log((a / n1) / (c / n2));
                    vi = 1 / a - 1 / n1 + 1 / c - 1 / n2;
                }
                case OR -> {
                    zeroCell(a, i, lab, "ai", measure);
                    zeroCell(b, i, lab, "bi", measure);
                    zeroCell(c, i, lab, "ci", measure);
                    zeroCell(d, i, lab, "di", measure);
                    yi = Math.log((a * d) / (b * c));
                    vi = 1 / a + 1 / b + 1 / c + 1 / d;
                }
                case RD -> {
                    double p1 = a / n1, p2 = c / n2;
                    yi = p1 - p2;
                    vi = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
                    if (!(vi > 0)) {
                        throw new InvalidStudyDataException(i, lab[i], "vi",
                                "risk difference variance is 0 (no events or only events in both groups); use a continuity correction");
                    }
                }
                case PETO -> {
                    double nt = n1 + n2;
                    double xt = a + c, yt = b + d;
                    double ei = xt * n1 / nt;
                    double vpeto = xt * yt * (n1 / nt) * (n2 / nt) / (nt - 1);
                    if (!(vpeto > 0)) {
                        throw new InvalidStudyDataException(i, lab[i], "ai",
                                "Peto variance is 0 (no events or only events in both groups)");
                    }
                    yi = (a - ei) / vpeto;
                    vi = 1 / vpeto;
                }
                default -> throw new UnsupportedCombinationException("measure " + measure + " is not a 2x2 measure");
            }
            Check.effect(yi, vi, i, lab);
            y.add(yi);
            v.add(vi);
            l.add(lab[i]);
            src.add(i);
        }
        return build(measure, y, v, l, src, null, dropped);
    }

    private static void zeroCell(double x, int i, String[] lab, String field, Measure m) {
        if (x == 0) {
            throw new InvalidStudyDataException(i, lab[i], field,
                    "zero cell with continuity correction off: " + m + " is undefined");
        }
    }

    // ------------------------------------------------------------------ proportions

    /** Single proportions xi/ni: PR, PLO, PAS, PFT. The continuity correction applies to PR and PLO only. */
    public static EffectSizeData proportions(Measure measure, double[] xi, double[] ni, String[] labels,
            ContinuityCorrection cc) {
        requireKind(measure, Measure.Kind.PROPORTION);
        ContinuityCorrection corr = cc == null ? ContinuityCorrection.METAFOR_DEFAULT : cc;
        int k = Check.sameLength(new String[] {"xi", "ni"}, xi, ni);
        String[] lab = Check.labels(labels, k);
        boolean anyZeroStudy = false;
        for (int i = 0; i < k; i++) {
            Check.nonNegative(xi[i], i, lab, "xi");
            Check.positive(ni[i], i, lab, "ni");
            if (xi[i] > ni[i]) {
                throw new InvalidStudyDataException(i, lab[i], "xi", "events " + xi[i] + " exceed the total ni = " + ni[i]);
            }
            anyZeroStudy |= xi[i] == 0 || xi[i] == ni[i];
        }
        double[] y = new double[k];
        double[] v = new double[k];
        double[] nOut = new double[k];
        for (int i = 0; i < k; i++) {
            double x = xi[i], m = ni[i] - xi[i];
            if (measure == Measure.PR || measure == Measure.PLO) {
                boolean correct = switch (corr.to()) {
                    case NONE -> false;
                    case ALL -> true;
                    case ONLY_ZERO -> x == 0 || m == 0;
                    case IF_ANY_ZERO -> anyZeroStudy;
                };
                if (correct) {
                    x += corr.add();
                    m += corr.add();
                }
            }
            double n = x + m;
            double p = x / n;
            switch (measure) {
                case PR -> {
                    y[i] = p;
                    v[i] = p * (1 - p) / n;
                    if (!(v[i] > 0)) {
                        throw new InvalidStudyDataException(i, lab[i], "xi",
                                "proportion of 0 or 1 has variance 0 with continuity correction off");
                    }
                }
                case PLO -> {
                    if (x == 0 || m == 0) {
                        throw new InvalidStudyDataException(i, lab[i], "xi",
                                "logit of a proportion of 0 or 1 is undefined with continuity correction off");
                    }
                    y[i] = Math.log(p / (1 - p));
                    v[i] = 1 / x + 1 / m;
                }
                case PAS -> {
                    y[i] = Math.asin(Math.sqrt(p));
                    v[i] = 1 / (4 * n);
                }
                case PFT -> {
                    y[i] = 0.5 * (Math.asin(Math.sqrt(x / (n + 1))) + Math.asin(Math.sqrt((x + 1) / (n + 1))));
                    v[i] = 1 / (4 * n + 2);
                }
                default -> throw new UnsupportedCombinationException("measure " + measure + " is not a proportion measure");
            }
            nOut[i] = ni[i];
            Check.effect(y[i], v[i], i, lab);
        }
        return new EffectSizeData(measure, y, v, lab, identity(k), nOut, List.of());
    }

    // ------------------------------------------------------------------ means

    /** Two-group means: MD (raw mean difference) or SMD (Hedges' g with the exact correction factor). */
    public static EffectSizeData means(Measure measure, double[] m1i, double[] sd1i, double[] n1i, double[] m2i,
            double[] sd2i, double[] n2i, String[] labels) {
        requireKind(measure, Measure.Kind.MEANS);
        int k = Check.sameLength(new String[] {"m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i"}, m1i, sd1i, n1i, m2i, sd2i, n2i);
        String[] lab = Check.labels(labels, k);
        double[] y = new double[k];
        double[] v = new double[k];
        double[] nOut = new double[k];
        for (int i = 0; i < k; i++) {
            Check.finite(m1i[i], i, lab, "m1i");
            Check.finite(m2i[i], i, lab, "m2i");
            Check.nonNegative(sd1i[i], i, lab, "sd1i");
            Check.nonNegative(sd2i[i], i, lab, "sd2i");
            Check.positive(n1i[i], i, lab, "n1i");
            Check.positive(n2i[i], i, lab, "n2i");
            double n1 = n1i[i], n2 = n2i[i];
            if (measure == Measure.MD) {
                y[i] = m1i[i] - m2i[i];
                v[i] = sd1i[i] * sd1i[i] / n1 + sd2i[i] * sd2i[i] / n2;
            } else {
                double df = n1 + n2 - 2;
                if (!(df > 1)) {
                    throw new InvalidStudyDataException(i, lab[i], "n1i",
                            "SMD needs n1i + n2i > 3 (exact small-sample correction undefined)");
                }
                double sp = Math.sqrt(((n1 - 1) * sd1i[i] * sd1i[i] + (n2 - 1) * sd2i[i] * sd2i[i]) / df);
                if (!(sp > 0)) {
                    throw new InvalidStudyDataException(i, lab[i], "sd1i", "pooled standard deviation is 0");
                }
                double g = hedgesJ(df) * (m1i[i] - m2i[i]) / sp;
                y[i] = g;
                v[i] = 1 / n1 + 1 / n2 + g * g / (2 * (n1 + n2));
            }
            nOut[i] = n1 + n2;
            Check.effect(y[i], v[i], i, lab);
        }
        return new EffectSizeData(measure, y, v, lab, identity(k), nOut, List.of());
    }

    /**
     * Exact Hedges correction J(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)), computed on the log scale
     * (Hipparchus {@link Gamma#logGamma}) so it does not overflow for large m (metafor's .cmicalc).
     */
    public static double hedgesJ(double m) {
        return Math.exp(Gamma.logGamma(m / 2) - 0.5 * Math.log(m / 2) - Gamma.logGamma((m - 1) / 2));
    }

    // ------------------------------------------------------------------ generic

    /** Generic effect sizes with sampling variances. */
    public static EffectSizeData generic(double[] yi, double[] vi, String[] labels) {
        int k = Check.sameLength(new String[] {"yi", "vi"}, yi, vi);
        String[] lab = Check.labels(labels, k);
        for (int i = 0; i < k; i++) {
            Check.effect(yi[i], vi[i], i, lab);
        }
        return new EffectSizeData(Measure.GEN, yi, vi, lab, identity(k), null, List.of());
    }

    /** Generic effect sizes with standard errors (vi = sei²). */
    public static EffectSizeData genericFromSe(double[] yi, double[] sei, String[] labels) {
        int k = Check.sameLength(new String[] {"yi", "sei"}, yi, sei);
        String[] lab = Check.labels(labels, k);
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            Check.finite(yi[i], i, lab, "yi");
            Check.positive(sei[i], i, lab, "sei");
            vi[i] = sei[i] * sei[i];
            Check.effect(yi[i], vi[i], i, lab);
        }
        return new EffectSizeData(Measure.GEN, yi, vi, lab, identity(k), null, List.of());
    }

    /**
     * Ratio estimates reported as estimate with a (symmetric on the log scale) confidence interval,
     * e.g. hazard ratios: yi = log(estimate), sei = (log(ub) - log(lb)) / (2 z), z = Φ⁻¹(1/2 + level/200).
     *
     * @param levelPercent confidence level of the reported intervals in percent (usually 95)
     */
    public static EffectSizeData ratioFromCi(double[] estimate, double[] lower, double[] upper, double levelPercent,
            String[] labels) {
        int k = Check.sameLength(new String[] {"estimate", "ci_lb", "ci_ub"}, estimate, lower, upper);
        String[] lab = Check.labels(labels, k);
        if (!(levelPercent > 0 && levelPercent < 100)) {
            throw InvalidStudyDataException.ofDataset("level", "confidence level must be in (0, 100): " + levelPercent);
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + levelPercent / 200);
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            Check.positive(estimate[i], i, lab, "estimate");
            Check.positive(lower[i], i, lab, "ci_lb");
            Check.positive(upper[i], i, lab, "ci_ub");
            if (!(lower[i] < estimate[i])) {
                throw new InvalidStudyDataException(i, lab[i], "ci_lb", "lower limit " + lower[i] + " is not below the estimate " + estimate[i]);
            }
            if (!(upper[i] > estimate[i])) {
                throw new InvalidStudyDataException(i, lab[i], "ci_ub", "upper limit " + upper[i] + " is not above the estimate " + estimate[i]);
            }
            yi[i] = Math.log(estimate[i]);
            double se = (Math.log(upper[i]) - Math.log(lower[i])) / (2 * z);
            vi[i] = se * se;
            Check.effect(yi[i], vi[i], i, lab);
        }
        return new EffectSizeData(Measure.GEN_LOG, yi, vi, lab, identity(k), null, List.of());
    }

    // ------------------------------------------------------------------ helpers

    private static void requireKind(Measure m, Measure.Kind kind) {
        if (m == null || m.kind() != kind) {
            throw new UnsupportedCombinationException("measure " + m + " cannot be computed from " + kind + " data");
        }
    }

    static int[] identity(int k) {
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static EffectSizeData build(Measure m, List<Double> y, List<Double> v, List<String> l, List<Integer> src,
            double[] ni, List<String> dropped) {
        int k = y.size();
        if (k == 0) {
            throw InvalidStudyDataException.ofDataset("k", "no studies left after dropping double-zero studies");
        }
        double[] yy = new double[k];
        double[] vv = new double[k];
        int[] ss = new int[k];
        for (int i = 0; i < k; i++) {
            yy[i] = y.get(i);
            vv[i] = v.get(i);
            ss[i] = src.get(i);
        }
        return new EffectSizeData(m, yy, vv, l.toArray(String[]::new), ss, ni, dropped);
    }
}
