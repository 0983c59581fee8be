package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htaworkbench.charts.internal.Fmt;
import org.htaworkbench.charts.internal.Measures;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.Prediction;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.StandardNormal;
import org.htaworkbench.stats.SubgroupResult;
import org.htaworkbench.stats.TestType;
import org.htaworkbench.stats.Transformed;

/**
 * Forest plots from the statistics engine's results. All numbers come from the engine: per-study CIs are
 * yi ± z·sqrt(vi) at the model's level, weights are {@link RmaResult#weightsPercent()}, diamonds are the pooled
 * estimate and CI, back-transformed to the natural scale.
 */
public final class ForestPlots {
    private ForestPlots() {
    }


    /**
     * Forest plot of one meta-analysis. With a random-effects {@code result} the common-effect diamond is a
     * refit with method FE (same data, test and level); with an FE {@code result} only its diamond is drawn.
     */
    public static ForestPlotSpec of(RmaResult result, ForestOptions options) {
        ForestOptions o = options == null ? ForestOptions.defaults() : options;
        EffectSizeData data = result.data();
        boolean random = !result.method().isFixed() && o.showRandom();
        boolean common = result.method().isFixed() || o.showCommon();
        RmaResult fe = result.method().isFixed() ? result
                : common ? MetaAnalysis.fit(data, result.options().withMethod(Method.FE)) : null;
        String effect = effectLabel(result, o);
        List<String> headers = new ArrayList<>();
        boolean twoWeights = random && common;
        if (twoWeights) {
            headers.add("Weight (common)");
            headers.add("Weight (random)");
        } else {
            headers.add("Weight");
        }
        headers.add(effect + " [" + Fmt.trim(result.options().level()) + "% CI]");

        double[] wPrimary = result.weightsPercent();
        double[] wFe = fe == null ? null : fe.weightsPercent();
        List<ForestRow> rows = new ArrayList<>();
        double maxW = max(wPrimary);
        Studies studies = new Studies(result);
        for (int i = 0; i < data.k(); i++) {
            List<String> cells = new ArrayList<>();
            if (twoWeights) {
                cells.add(pct(wFe[i]));
            }
            cells.add(pct(wPrimary[i]));
            rows.add(studyRow(studies, i, wPrimary[i], maxW, cells, o.decimals()));
        }
        rows.add(ForestRow.spacer());
        if (common) {
            List<String> cells = new ArrayList<>();
            cells.add("100.0%");
            if (twoWeights) {
                cells.add("--");
            }
            rows.add(diamond("common", "Common-effect model", fe, cells, o.decimals()));
        }
        if (random) {
            List<String> cells = new ArrayList<>();
            if (twoWeights) {
                cells.add("--");
            }
            cells.add("100.0%");
            rows.add(diamond("random", "Random-effects model (" + result.method() + ")", result, cells,
                    o.decimals()));
        }
        if (random && o.showPrediction() && result.k() >= 2) {
            rows.add(prediction(result, o, headers.size()));
        }
        rows.add(ForestRow.text("heterogeneity", heterogeneity(result)));
        rows.add(ForestRow.text("overall-test", "Test for overall effect: " + overallTest(result)));
        RmaResult main = random ? result : fe;
        double ref = Measures.pooled(data, main.estimate());
        return build(o, rows, headers, data, ref, footnote(result, random, common));
    }

    /**
     * Forest plot with subgroup sections: per level a heading, its studies, a subtotal diamond (the model fitted
     * within the subgroup, separate tau²) and its heterogeneity; then the overall diamond(s), and the test for
     * subgroup differences (Q-between). Weights are each study's share in the overall model.
     *
     * @param group one subgroup label per study of {@code data}
     */
    public static ForestPlotSpec ofSubgroups(EffectSizeData data, String[] group, ModelOptions model,
            ForestOptions options) {
        ForestOptions o = options == null ? ForestOptions.defaults() : options;
        RmaResult overall = MetaAnalysis.fit(data, model);
        SubgroupResult sg = Sensitivity.subgroups(data, group, model);
        boolean random = !overall.method().isFixed() && o.showRandom();
        boolean common = overall.method().isFixed() || o.showCommon();
        RmaResult fe = overall.method().isFixed() ? overall
                : common ? MetaAnalysis.fit(data, model.withMethod(Method.FE)) : null;
        String effect = effectLabel(overall, o);
        List<String> headers = List.of("Weight", effect + " [" + Fmt.trim(model.level()) + "% CI]");
        double[] w = overall.weightsPercent();
        double maxW = max(w);
        List<ForestRow> rows = new ArrayList<>();
        Studies studies = new Studies(overall);
        for (Map.Entry<String, RmaResult> e : sg.groups().entrySet()) {
            String level = e.getKey();
            rows.add(ForestRow.header("header:" + level, level));
            double sum = 0;
            for (int i = 0; i < data.k(); i++) {
                if (level.equals(group[i])) {
                    rows.add(studyRow(studies, i, w[i], maxW, List.of(pct(w[i])), o.decimals()));
                    sum += w[i];
                }
            }
            RmaResult r = e.getValue();
            rows.add(diamond("subtotal:" + level, "Subtotal (k = " + r.k() + ")", r, List.of(pct(sum)), o.decimals()));
            rows.add(ForestRow.text("heterogeneity:" + level, heterogeneity(r)));
            rows.add(ForestRow.spacer());
        }
        if (common) {
            rows.add(diamond("common", "Common-effect model", fe, List.of(random ? "--" : "100.0%"), o.decimals()));
        }
        if (random) {
            rows.add(diamond("random", "Random-effects model (" + overall.method() + ")", overall, List.of("100.0%"),
                    o.decimals()));
            if (o.showPrediction()) {
                rows.add(prediction(overall, o, headers.size()));
            }
        }
        rows.add(ForestRow.text("heterogeneity", heterogeneity(overall)));
        rows.add(ForestRow.text("overall-test", "Test for overall effect: " + overallTest(overall)));
        rows.add(ForestRow.text("subgroup-test", "Test for subgroup differences: Q = " + Fmt.fixed(sg.qBetween(), 2)
                + " (df = " + sg.dfBetween() + "), " + Fmt.p(sg.pBetween())));
        RmaResult main = random ? overall : fe;
        return build(o, rows, headers, data, Measures.pooled(data, main.estimate()),
                footnote(overall, random, common) + "; subgroups: separate tau² per subgroup");
    }

    /** "Heterogeneity: tau² = 0.3132, I² = 92.2%, Q = 152.23 (df = 12), p < 0.001" (no tau² for FE models). */
    public static String heterogeneity(RmaResult r) {
        StringBuilder b = new StringBuilder("Heterogeneity: ");
        if (!r.method().isFixed()) {
            b.append("tau² = ").append(Fmt.fixed(r.tau2(), 4)).append(", ");
        }
        b.append("I² = ").append(Fmt.fixed(r.i2(), 1)).append("%, Q = ").append(Fmt.fixed(r.q(), 2))
                .append(" (df = ").append(r.qDf()).append("), ").append(Fmt.p(r.qPval()));
        return b.toString();
    }

    static String overallTest(RmaResult r) {
        String stat = r.test() == TestType.Z ? "z" : "t(" + r.df().orElse(r.k() - 1) + ")";
        return stat + " = " + Fmt.fixed(r.statistic(), 2) + ", " + Fmt.p(r.pval());
    }

    static String footnote(RmaResult r, boolean random, boolean common) {
        String model = random && common ? "common-effect and random-effects (" + r.method() + ") models"
                : random ? "random-effects model (" + r.method() + ")" : "common-effect model";
        return "Inverse-variance " + model + ", " + (r.test() == TestType.Z ? "z" : r.test().name().toLowerCase())
                + " test, " + Fmt.trim(r.options().level()) + "% CIs; squares sized by weight"
                + (random ? " in the random-effects model" : "");
    }

    static String effectLabel(RmaResult r, ForestOptions o) {
        return o.effectLabel() != null ? o.effectLabel() : Measures.effectName(r.data().measure());
    }

    /**
     * A model's per-study values, read once per plot: {@link EffectSizeData}'s accessors return copies, and reading
     * them per study row made the spec O(k²): k = 10,000 took 0.24 s and 2 GB per edit, 17 ms and 28 MB without
     * (charts.ui benchmark, RESULTS.md).
     */
    private record Studies(double[] yi, double[] vi, String[] labels, Measure.Transform transform, double[] sizes,
            double z) {
        Studies(RmaResult model) {
            this(model.data().yi(), model.data().vi(), model.data().labels(), model.data().measure().transform(),
                    Measures.studySizes(model.data()),
                    StandardNormal.criticalValue(model.options().level()));
        }
    }

    private static ForestRow studyRow(Studies d, int i, double weight, double maxW, List<String> weightCells,
            int decimals) {
        double z = d.z();
        double yi = d.yi()[i];
        double se = Math.sqrt(d.vi()[i]);
        double est = Measures.study(d.transform(), d.sizes(), i, yi);
        double lo = Measures.study(d.transform(), d.sizes(), i, yi - z * se);
        double hi = Measures.study(d.transform(), d.sizes(), i, yi + z * se);
        List<String> cells = new ArrayList<>(weightCells);
        cells.add(Fmt.ci(est, lo, hi, decimals));
        return new ForestRow(ForestRow.Kind.STUDY, "study:" + i, d.labels()[i], cells, est, lo, hi, weight,
                maxW > 0 ? Math.sqrt(weight / maxW) : 1, false, false, i);
    }

    static ForestRow diamond(String tag, String label, RmaResult r, List<String> weightCells, int decimals) {
        Transformed t = r.transformed();
        List<String> cells = new ArrayList<>(weightCells);
        cells.add(Fmt.ci(t.estimate(), t.ciLower(), t.ciUpper(), decimals));
        return new ForestRow(ForestRow.Kind.DIAMOND, tag, label, cells, t.estimate(), t.ciLower(), t.ciUpper(),
                Double.NaN, 1, false, false, -1);
    }

    static ForestRow prediction(RmaResult r, ForestOptions o, int columns) {
        Prediction p = r.predict(o.piType());
        EffectSizeData d = r.data();
        double lo = Measures.pooled(d, p.piLower().orElseThrow());
        double hi = Measures.pooled(d, p.piUpper().orElseThrow());
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns - 1; c++) {
            cells.add("");
        }
        cells.add("[" + Fmt.fixed(lo, o.decimals()) + ", " + Fmt.fixed(hi, o.decimals()) + "]");
        return new ForestRow(ForestRow.Kind.PREDICTION, "pi", "Prediction interval", cells,
                Measures.pooled(d, p.pred()), lo, hi, Double.NaN, 0, false, false, -1);
    }

    static ForestPlotSpec build(ForestOptions o, List<ForestRow> rows, List<String> headers, EffectSizeData data,
            double reference, String footnote) {
        AxisSpec axis = axisFor(rows, data, o, null);
        double nul = Measures.nullValue(data.measure());
        return new ForestPlotSpec(o.title(), o.studyHeader(), headers, rows, axis, nul, reference, o.favoursLeft(),
                o.favoursRight(), List.of(footnote));
    }

    static AxisSpec axisFor(List<ForestRow> rows, EffectSizeData data, ForestOptions o, String title) {
        boolean ratio = Measures.isRatio(data.measure());
        String t = title != null ? title
                : (o.effectLabel() != null ? o.effectLabel() : Measures.effectName(data.measure()))
                        + (ratio ? " (log scale)" : "");
        if (!Double.isNaN(o.axisMin()) && !Double.isNaN(o.axisMax())) {
            return ratio ? AxisSpec.logFixed(t, o.axisMin(), o.axisMax())
                    : AxisSpec.linear(t, o.axisMin(), o.axisMax(), 6);
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (ForestRow r : rows) {
            if (r.hasInterval()) {
                lo = Math.min(lo, r.lower());
                hi = Math.max(hi, r.upper());
            }
        }
        double nul = Measures.nullValue(data.measure());
        if (!Double.isNaN(nul)) {
            lo = Math.min(lo, nul);
            hi = Math.max(hi, nul);
        }
        if (ratio) {
            return AxisSpec.ratio(t, Math.max(lo, 1e-12), hi, 100);
        }
        return AxisSpec.linear(t, lo, hi, 6);
    }

    static String pct(double w) {
        return Fmt.fixed(w, 1) + "%";
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
