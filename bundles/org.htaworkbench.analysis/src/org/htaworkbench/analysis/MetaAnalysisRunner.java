package org.htaworkbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.HeterogeneityConfint;
import org.htaworkbench.stats.InvalidStudyDataException;
import org.htaworkbench.stats.MantelHaenszel;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.MetaRegression;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.MantelHaenszelRandomEffects;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.Peto;
import org.htaworkbench.stats.PooledResult;
import org.htaworkbench.stats.Prediction;
import org.htaworkbench.stats.PublicationBias;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.StandardNormal;
import org.htaworkbench.stats.StatsException;
import org.htaworkbench.stats.SummaryRow;
import org.htaworkbench.stats.UnsupportedCombinationException;
import org.htaworkbench.stats.ContinuityCorrection;

/**
 * Runs a meta-analysis of an {@link AnalysisInput} with {@link MetaSettings} on the statistics engine. Shared by the
 * analysis types and the {@code ./workbench meta} command, so that both give the same numbers.
 */
public final class MetaAnalysisRunner {

    private MetaAnalysisRunner() {
    }

    /** The measure used when the settings name none: RR (2x2), PLO (proportions), MD (means), GEN (generic). */
    public static Measure defaultMeasure(AnalysisInput.Layout layout) {
        return switch (layout.kind()) {
            case TWO_BY_TWO -> Measure.RR;
            case PROPORTION -> Measure.PLO;
            case MEANS -> Measure.MD;
            case GENERIC -> Measure.GEN;
        };
    }

    /**
     * @throws AnalysisException invalid study data (the message names the study's source and the field)
     * @throws UnsupportedCombinationException the measure, method, test or a section do not go together
     * @throws StatsException other engine failures (e.g. a non-converging estimator)
     */
    public static MetaReport run(AnalysisInput input, MetaSettings settings) {
        try {
            return doRun(input, settings);
        } catch (InvalidStudyDataException e) {
            throw input.explain(e);
        }
    }

    private static MetaReport doRun(AnalysisInput input, MetaSettings s) {
        boolean peto = s.isPeto();
        Measure measure = s.measure() != null ? s.measure() : peto ? Measure.PETO : defaultMeasure(input.layout());
        if (s.isMantelHaenszelRandom()) {
            return mantelHaenszelRandom(input, s, measure);
        }
        if (s.isMantelHaenszel() || peto) {
            return mantelHaenszelOrPeto(input, s, measure, peto);
        }
        return inverseVariance(input, s, measure);
    }

    /** FE and the tau² estimators: the engine's model, every section available. */
    private static MetaReport inverseVariance(AnalysisInput input, MetaSettings s, Measure measure) {
        List<String> warnings = new ArrayList<>();
        ModelOptions opts = s.modelOptions();
        EffectSizeData data = input.effectSizes(measure, s.continuityCorrection());
        RmaResult r = MetaAnalysis.fit(data, opts);
        MetaReport.Builder report = MetaReport.builder(s).measure(measure).model(r)
                .studies(studyRows(input, data, r.weightsPercent(), s.level(), warnings)).warnings(warnings);
        int[] src = data.sourceIndex();
        if (s.leaveOneOut()) {
            report.leaveOneOut(Sensitivity.leaveOneOut(data, opts));
        }
        if (s.cumulative()) {
            report.cumulative(Sensitivity.cumulative(data, opts, order(input, s.orderBy(), src)));
        }
        if (s.subgroupBy() != null) {
            report.subgroups(Sensitivity.subgroups(data, subset(covariate(input, s.subgroupBy()), src), opts));
        }
        if (!s.moderators().isEmpty()) {
            report.metaRegression(metaRegression(input, data, s.moderators(), opts));
        }
        if (s.egger()) {
            report.egger(PublicationBias.egger(data, opts));
        }
        if (s.begg()) {
            report.begg(PublicationBias.rankTest(data));
        }
        if (s.trimFill()) {
            report.trimFill(PublicationBias.trimFill(data, opts));
        }
        OptionalDouble lo = OptionalDouble.empty();
        OptionalDouble hi = OptionalDouble.empty();
        if (!r.method().isFixed() && r.k() >= 2) {
            try {
                HeterogeneityConfint ci = r.confint();
                lo = OptionalDouble.of(ci.tau2().lower());
                hi = OptionalDouble.of(ci.tau2().upper());
            } catch (StatsException e) {
                warnings.add("no Q-profile CI for tau²: " + e.getMessage());
            }
        }
        Prediction pr = r.predict(s.piType());
        return report.k(r.k()).estimate(r.estimate(), r.se(), r.statistic(), r.pval(), r.ciLower(), r.ciUpper())
                .df(r.df()).tau2(r.tau2(), lo, hi).heterogeneity(r.i2(), r.h2(), r.q(), r.qDf(), r.qPval())
                .predictionInterval(pr.piLower(), pr.piUpper()).iterations(r.iterations())
                .transformed(r.transformed(s.piType())).build();
    }

    /**
     * Mantel-Haenszel and Peto on 2x2 data: pooled from the cells; the study rows as metafor's rma.mh / rma.peto show
     * them (escalc values: 1/2 added to zero cells, double zeros dropped); leave-one-out and cumulative by refitting.
     */
    private static MetaReport mantelHaenszelOrPeto(AnalysisInput input, MetaSettings s, Measure measure,
            boolean peto) {
        if (input.layout().kind() != Measure.Kind.TWO_BY_TWO) {
            throw new UnsupportedCombinationException(s.method() + " needs 2x2 data (ai, bi, ci, di or ai, n1i, ci, n2i)");
        }
        if (s.subgroupBy() != null || !s.moderators().isEmpty() || s.egger() || s.begg() || s.trimFill()) {
            throw new UnsupportedCombinationException("subgroups, moderators, Egger, Begg and trim-and-fill need an "
                    + "inverse-variance model (--method FE or a tau² estimator), not " + s.method());
        }
        List<String> warnings = new ArrayList<>();
        // Peto pools and shows its own log odds ratios whatever measure the report is labelled with
        Measure pooledMeasure = peto ? Measure.PETO : measure;
        EffectSizeData data = input.effectSizes(pooledMeasure, ContinuityCorrection.METAFOR_DEFAULT.withDrop00(true));
        PooledResult p = poolMhPeto(input, pooledMeasure, peto, input.layout() == AnalysisInput.Layout.CELLS, input.labels(),
                null, s.level());
        double[] w = p.weightsPercent();
        int[] source = data.sourceIndex();
        double[] weights = new double[data.k()];
        for (int i = 0; i < data.k(); i++) {
            weights[i] = w.length == input.k() ? w[source[i]] : w[i];
        }
        MetaReport.Builder report = MetaReport.builder(s).measure(measure).pooled(p)
                .studies(studyRows(input, data, weights, s.level(), warnings)).warnings(warnings);
        if (s.leaveOneOut()) {
            report.leaveOneOut(mhPetoLeaveOneOut(input, measure, peto, data, s.level()));
        }
        if (s.cumulative()) {
            report.cumulative(mhPetoCumulative(input, measure, peto, data, order(input, s.orderBy(), source), s.level()));
        }
        return report.k(p.k()).estimate(p.estimate(), p.se(), p.statistic(), p.pval(), p.ciLower(), p.ciUpper())
                .heterogeneity(p.i2(), p.h2(), p.q(), p.qDf(), p.qPval()).transformed(p.transformed()).build();
    }

    /**
     * RevMan 5's "M-H, Random" on 2x2 data: the study rows are the tables with an estimate (1/2 added to the cells of
     * a table with a zero cell), the heterogeneity statistics RevMan prints (Q around the MH estimate).
     */
    private static MetaReport mantelHaenszelRandom(AnalysisInput input, MetaSettings s, Measure measure) {
        if (input.layout().kind() != Measure.Kind.TWO_BY_TWO) {
            throw new UnsupportedCombinationException("MH_DL needs 2x2 data (ai, bi, ci, di or ai, n1i, ci, n2i)");
        }
        if (s.subgroupBy() != null || !s.moderators().isEmpty() || s.egger() || s.begg() || s.trimFill()
                || s.leaveOneOut() || s.cumulative()) {
            throw new UnsupportedCombinationException("MH_DL (RevMan's M-H, Random) gives the pooled result only: for "
                    + "subgroups, moderators, sensitivity and publication bias use an inverse-variance model (DL)");
        }
        boolean cells = input.layout() == AnalysisInput.Layout.CELLS;
        String[] labels = input.labels();
        double[] a = input.column("ai"), c = input.column("ci");
        MantelHaenszelRandomEffects.Result r = cells
                ? MantelHaenszelRandomEffects.fit(measure, a, input.column("bi"), c, input.column("di"), labels, s.level())
                : MantelHaenszelRandomEffects.fitFromTotals(measure, a, input.column("n1i"), c, input.column("n2i"),
                        labels, s.level());
        boolean[] estimable = r.estimable();
        int[] source = new int[r.k()];
        String[] rowLabels = new String[r.k()];
        List<String> warnings = new ArrayList<>();
        for (int i = 0, j = 0; i < estimable.length; i++) {
            if (estimable[i]) {
                source[j] = i;
                rowLabels[j++] = labels[i];
            } else {
                warnings.add("study '" + labels[i] + "' has no events in either group (or only events) and has no estimate");
            }
        }
        EffectSizeData data = new EffectSizeData(measure, r.yi(), r.vi(), rowLabels, source, null, List.of());
        PooledResult mh = r.mantelHaenszel();
        return MetaReport.builder(s).measure(measure)
                .studies(studyRows(input, data, r.weightsPercent(), s.level(), warnings)).warnings(warnings).k(r.k())
                .estimate(r.estimate(), r.se(), r.statistic(), r.pval(), r.ciLower(), r.ciUpper())
                .tau2(r.tau2(), OptionalDouble.empty(), OptionalDouble.empty())
                .heterogeneity(mh.i2(), mh.h2(), mh.q(), mh.qDf(), mh.qPval()).transformed(r.transformed()).build();
    }

    /** The study rows of either path, with a warning for each study dropped for having no events in either group. */
    private static List<MetaReport.StudyRow> studyRows(AnalysisInput input, EffectSizeData data, double[] weights,
            double level, List<String> warnings) {
        for (String dropped : data.droppedLabels()) {
            warnings.add("study '" + dropped + "' has no events in either group and was dropped");
        }
        // EffectSizeData's accessors return copies: read each array once, not once per study. Per study, the copies
        // made this O(k²): Analyses.run took 4.6 ms and 33 MB per edit at k = 1,000 and 0.35 s at k = 10,000, and
        // 1.1 ms, 0.7 MB and 12 ms without them (charts.ui benchmark, RESULTS.md)
        return new MetaReport.StudyRows(data.labels(), data.yi(), data.vi(), weights, data.sourceIndex(), input,
                StandardNormal.criticalValue(level));
    }

    private static PooledResult poolMhPeto(AnalysisInput in, Measure measure, boolean peto, boolean cells,
            String[] labels, int[] subset, double level) {
        double[] a = pick(in.column("ai"), subset);
        double[] c = pick(in.column("ci"), subset);
        double[] b = pick(in.column(cells ? "bi" : "n1i"), subset);
        double[] d = pick(in.column(cells ? "di" : "n2i"), subset);
        String[] lab = subset == null ? labels : subset(labels, subset);
        if (peto) {
            return cells ? Peto.fit(a, b, c, d, lab, level) : Peto.fitFromTotals(a, b, c, d, lab, level);
        }
        return cells ? MantelHaenszel.fit(measure, a, b, c, d, lab, level)
                : MantelHaenszel.fitFromTotals(measure, a, b, c, d, lab, level);
    }

    private static List<SummaryRow> mhPetoLeaveOneOut(AnalysisInput in, Measure measure, boolean peto,
            EffectSizeData data, double level) {
        int k = in.k();
        if (k < 2) {
            throw InvalidStudyDataException.ofDataset("k", "leave-one-out needs k >= 2");
        }
        List<SummaryRow> rows = new ArrayList<>();
        String[] labels = in.labels();
        for (int omit = 0; omit < k; omit++) {
            int[] idx = new int[k - 1];
            for (int i = 0, j = 0; i < k; i++) {
                if (i != omit) {
                    idx[j++] = i;
                }
            }
            rows.add(row(labels[omit], poolMhPeto(in, measure, peto, in.layout() == AnalysisInput.Layout.CELLS, labels,
                    idx, level)));
        }
        return rows;
    }

    private static List<SummaryRow> mhPetoCumulative(AnalysisInput in, Measure measure, boolean peto,
            EffectSizeData data, int[] orderInData, double level) {
        // orderInData indexes the escalc data; map to input rows (double-zero studies are absent there)
        int[] src = data.sourceIndex();
        List<SummaryRow> rows = new ArrayList<>();
        String[] labels = in.labels();
        for (int n = 1; n <= orderInData.length; n++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = src[orderInData[i]];
            }
            rows.add(row(labels[idx[n - 1]], poolMhPeto(in, measure, peto, in.layout() == AnalysisInput.Layout.CELLS,
                    labels, idx, level)));
        }
        return rows;
    }

    private static SummaryRow row(String label, PooledResult p) {
        var t = p.transformed();
        return new SummaryRow(label, p.k(), p.estimate(), p.se(), p.statistic(), p.pval(), p.ciLower(), p.ciUpper(),
                p.q(), p.qPval(), 0, p.i2(), p.h2(), t.estimate(), t.ciLower(), t.ciUpper());
    }

    /**
     * Positions (in the escalc data, whose rows came from input rows {@code src}) in cumulative order: data order when
     * {@code column} is null, else by that covariate (numeric if all values are numbers, else text), ties in data order.
     */
    public static int[] cumulativeOrder(AnalysisInput in, String column, int[] src) {
        return order(in, column, src);
    }

    static int[] order(AnalysisInput in, String column, int[] src) {
        int k = src.length;
        if (column == null) {
            int[] o = new int[k];
            for (int i = 0; i < k; i++) {
                o[i] = i;
            }
            return o;
        }
        String[] values = subset(covariate(in, column), src);
        double[] numeric = numeric(values);
        if (numeric != null) {
            return Sensitivity.orderBy(numeric);
        }
        Integer[] idx = new Integer[k];
        for (int i = 0; i < k; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparing(i -> values[i], Comparator.nullsLast(Comparator.naturalOrder())));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static MetaRegressionResult metaRegression(AnalysisInput in, EffectSizeData data, List<String> mods,
            ModelOptions opts) {
        int k = data.k();
        List<double[]> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String m : mods) {
            String[] values = subset(covariate(in, m), data.sourceIndex());
            double[] numeric = numeric(values);
            if (numeric != null) {
                cols.add(numeric);
                names.add(m);
            } else {
                MetaRegression.Dummies d = MetaRegression.dummies(values, m);
                for (int j = 0; j < d.names().length; j++) {
                    double[] c = new double[k];
                    for (int i = 0; i < k; i++) {
                        c[i] = d.columns()[i][j];
                    }
                    cols.add(c);
                    names.add(d.names()[j]);
                }
            }
        }
        double[][] x = new double[k][cols.size()];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < cols.size(); j++) {
                x[i][j] = cols.get(j)[i];
            }
        }
        return MetaRegression.fit(data, x, names.toArray(String[]::new), true, opts);
    }

    private static String[] covariate(AnalysisInput in, String name) {
        String[] v = in.covariate(name);
        if (v == null) {
            throw new UnsupportedCombinationException("no column '" + name + "'; available: " + in.covariates().keySet());
        }
        return v;
    }

    /** All values parsed as numbers, or null if any is not a finite number. */
    static double[] numeric(String[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                return null;
            }
            try {
                out[i] = Double.parseDouble(values[i].trim());
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(out[i])) {
                return null;
            }
        }
        return out;
    }

    private static String[] subset(String[] v, int[] idx) {
        String[] out = new String[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }

    private static double[] pick(double[] v, int[] idx) {
        if (idx == null) {
            return v;
        }
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }
}
