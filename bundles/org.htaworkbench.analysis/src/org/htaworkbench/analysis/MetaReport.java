package org.htaworkbench.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.htaworkbench.stats.EggerResult;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.PooledResult;
import org.htaworkbench.stats.RankTestResult;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.SubgroupResult;
import org.htaworkbench.stats.SummaryRow;
import org.htaworkbench.stats.Transformed;
import org.htaworkbench.stats.TrimFillResult;

/**
 * The results of a meta-analysis, UI-free: the pooled {@link #summary() summary} (model scale, see
 * {@link Summary#transformed()} for the natural scale), the {@link #heterogeneity() heterogeneity}, the studies with
 * their weights, and the {@link #sections() sections} that were asked for. All numbers are finite; not-applicable
 * values are empty optionals. The engine objects stay available ({@link #model()} for inverse-variance models,
 * {@link #pooled()} for Mantel-Haenszel and Peto) for anything not summarised here.
 *
 * <p>
 * An {@link AnalysisType} that does not use the engine's runner makes its report with {@link #builder(MetaSettings)}:
 * every value has a neutral default (empty optionals and lists, 0 for counts), so a value added to the report in a
 * later version does not break it. The flat accessors ({@link #estimate()}, {@link #tau2()}, ...) are shortcuts into
 * the parts.
 *
 * @since 0.1
 */
public final class MetaReport {

    /**
     * The pooled result: number of studies, measure and method, the estimate with its standard error, test, p-value
     * and confidence interval, the t test's degrees of freedom, the estimator's iterations, the prediction interval
     * and the estimate on the natural scale.
     *
     * @noinstantiate made by {@link Builder}; new components may be added
     */
    public record Summary(int k, Measure measure, String method, double estimate, double se, double statistic,
            double pval, double ciLower, double ciUpper, OptionalInt df, int iterations, OptionalDouble piLower,
            OptionalDouble piUpper, Transformed transformed) {
    }

    /**
     * Between-study heterogeneity: tau² with its Q-profile CI, I², H², Cochran's Q with its df and p-value.
     *
     * @noinstantiate made by {@link Builder}; new components may be added
     */
    public record Heterogeneity(double tau2, OptionalDouble tau2CiLower, OptionalDouble tau2CiUpper, double i2,
            double h2, double q, int qDf, double qPval) {
    }

    /**
     * The optional analyses that were asked for: sensitivity (leave-one-out, cumulative), subgroups,
     * meta-regression and small-study tests (Egger, Begg, trim-and-fill).
     *
     * @noinstantiate made by {@link Builder}; new components may be added
     */
    public record Sections(Optional<List<SummaryRow>> leaveOneOut, Optional<List<SummaryRow>> cumulative,
            Optional<SubgroupResult> subgroups, Optional<MetaRegressionResult> metaRegression,
            Optional<EggerResult> egger, Optional<RankTestResult> begg, Optional<TrimFillResult> trimFill) {
    }

    private final MetaSettings settings;
    private final Summary summary;
    private final Heterogeneity heterogeneity;
    private final List<StudyRow> studies;
    private final Optional<RmaResult> model;
    private final Optional<PooledResult> pooled;
    private final Sections sections;
    private final List<String> warnings;

    private MetaReport(Builder b) {
        settings = b.settings;
        summary = new Summary(b.k, b.measure, b.method, b.estimate, b.se, b.statistic, b.pval, b.ciLower, b.ciUpper,
                b.df, b.iterations, b.piLower, b.piUpper, b.transformed);
        heterogeneity = new Heterogeneity(b.tau2, b.tau2CiLower, b.tau2CiUpper, b.i2, b.h2, b.q, b.qDf, b.qPval);
        studies = b.studies instanceof StudyRows ? b.studies : List.copyOf(b.studies);
        model = b.model;
        pooled = b.pooled;
        sections = new Sections(b.leaveOneOut, b.cumulative, b.subgroups, b.metaRegression, b.egger, b.begg,
                b.trimFill);
        warnings = List.copyOf(b.warnings);
    }

    /** A builder for a report of an analysis run with {@code settings}; measure and method default to theirs. */
    public static Builder builder(MetaSettings settings) {
        return new Builder(settings);
    }

    public MetaSettings settings() {
        return settings;
    }

    public Summary summary() {
        return summary;
    }

    public Heterogeneity heterogeneity() {
        return heterogeneity;
    }

    public Sections sections() {
        return sections;
    }

    /** The studies as analysed, in analysis order. */
    public List<StudyRow> studies() {
        return studies;
    }

    /** The engine's inverse-variance model, when the method is one (not Mantel-Haenszel or Peto). */
    public Optional<RmaResult> model() {
        return model;
    }

    /** The engine's Mantel-Haenszel or Peto result, when the method is one of them. */
    public Optional<PooledResult> pooled() {
        return pooled;
    }

    public List<String> warnings() {
        return warnings;
    }

    // Shortcuts into the parts.

    public int k() {
        return summary.k();
    }

    public Measure measure() {
        return summary.measure();
    }

    public String method() {
        return summary.method();
    }

    public double estimate() {
        return summary.estimate();
    }

    public double se() {
        return summary.se();
    }

    public double statistic() {
        return summary.statistic();
    }

    public double pval() {
        return summary.pval();
    }

    public double ciLower() {
        return summary.ciLower();
    }

    public double ciUpper() {
        return summary.ciUpper();
    }

    public OptionalInt df() {
        return summary.df();
    }

    public int iterations() {
        return summary.iterations();
    }

    public OptionalDouble piLower() {
        return summary.piLower();
    }

    public OptionalDouble piUpper() {
        return summary.piUpper();
    }

    public Transformed transformed() {
        return summary.transformed();
    }

    public double tau2() {
        return heterogeneity.tau2();
    }

    public OptionalDouble tau2CiLower() {
        return heterogeneity.tau2CiLower();
    }

    public OptionalDouble tau2CiUpper() {
        return heterogeneity.tau2CiUpper();
    }

    public double i2() {
        return heterogeneity.i2();
    }

    public double h2() {
        return heterogeneity.h2();
    }

    public double q() {
        return heterogeneity.q();
    }

    public int qDf() {
        return heterogeneity.qDf();
    }

    public double qPval() {
        return heterogeneity.qPval();
    }

    public Optional<List<SummaryRow>> leaveOneOut() {
        return sections.leaveOneOut();
    }

    public Optional<List<SummaryRow>> cumulative() {
        return sections.cumulative();
    }

    public Optional<SubgroupResult> subgroups() {
        return sections.subgroups();
    }

    public Optional<MetaRegressionResult> metaRegression() {
        return sections.metaRegression();
    }

    public Optional<EggerResult> egger() {
        return sections.egger();
    }

    public Optional<RankTestResult> begg() {
        return sections.begg();
    }

    public Optional<TrimFillResult> trimFill() {
        return sections.trimFill();
    }

    /**
     * Builds a {@link MetaReport}. Every value starts neutral (0, empty, the settings' measure and method); set what
     * the analysis computed. Setters return the builder.
     *
     * @noextend
     */
    public static final class Builder {
        private final MetaSettings settings;
        private int k;
        private Measure measure;
        private String method;
        private double estimate;
        private double se;
        private double statistic;
        private double pval;
        private double ciLower;
        private double ciUpper;
        private OptionalInt df = OptionalInt.empty();
        private int iterations;
        private OptionalDouble piLower = OptionalDouble.empty();
        private OptionalDouble piUpper = OptionalDouble.empty();
        private Transformed transformed;
        private double tau2;
        private OptionalDouble tau2CiLower = OptionalDouble.empty();
        private OptionalDouble tau2CiUpper = OptionalDouble.empty();
        private double i2;
        private double h2;
        private double q;
        private int qDf;
        private double qPval;
        private List<StudyRow> studies = List.of();
        private Optional<RmaResult> model = Optional.empty();
        private Optional<PooledResult> pooled = Optional.empty();
        private Optional<List<SummaryRow>> leaveOneOut = Optional.empty();
        private Optional<List<SummaryRow>> cumulative = Optional.empty();
        private Optional<SubgroupResult> subgroups = Optional.empty();
        private Optional<MetaRegressionResult> metaRegression = Optional.empty();
        private Optional<EggerResult> egger = Optional.empty();
        private Optional<RankTestResult> begg = Optional.empty();
        private Optional<TrimFillResult> trimFill = Optional.empty();
        private List<String> warnings = List.of();

        private Builder(MetaSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.measure = settings.measure();
            this.method = settings.method();
        }

        /** Number of studies analysed. */
        public Builder k(int k) {
            this.k = k;
            return this;
        }

        public Builder measure(Measure measure) {
            this.measure = measure;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /** Estimate, standard error, test statistic, p-value and confidence interval (model scale). */
        public Builder estimate(double estimate, double se, double statistic, double pval, double ciLower,
                double ciUpper) {
            this.estimate = estimate;
            this.se = se;
            this.statistic = statistic;
            this.pval = pval;
            this.ciLower = ciLower;
            this.ciUpper = ciUpper;
            return this;
        }

        /** Degrees of freedom of a t test (Knapp-Hartung); empty for a z test. */
        public Builder df(OptionalInt df) {
            this.df = Objects.requireNonNull(df);
            return this;
        }

        public Builder iterations(int iterations) {
            this.iterations = iterations;
            return this;
        }

        public Builder predictionInterval(OptionalDouble lower, OptionalDouble upper) {
            this.piLower = Objects.requireNonNull(lower);
            this.piUpper = Objects.requireNonNull(upper);
            return this;
        }

        /** The estimate, CI and prediction interval on the natural scale. */
        public Builder transformed(Transformed transformed) {
            this.transformed = transformed;
            return this;
        }

        /** tau² with its CI (empty where not computed). */
        public Builder tau2(double tau2, OptionalDouble ciLower, OptionalDouble ciUpper) {
            this.tau2 = tau2;
            this.tau2CiLower = Objects.requireNonNull(ciLower);
            this.tau2CiUpper = Objects.requireNonNull(ciUpper);
            return this;
        }

        /** I², H², Cochran's Q with its degrees of freedom and p-value. */
        public Builder heterogeneity(double i2, double h2, double q, int qDf, double qPval) {
            this.i2 = i2;
            this.h2 = h2;
            this.q = q;
            this.qDf = qDf;
            this.qPval = qPval;
            return this;
        }

        public Builder studies(List<StudyRow> studies) {
            this.studies = Objects.requireNonNull(studies);
            return this;
        }

        public Builder model(RmaResult model) {
            this.model = Optional.of(model);
            return this;
        }

        public Builder pooled(PooledResult pooled) {
            this.pooled = Optional.of(pooled);
            return this;
        }

        public Builder leaveOneOut(List<SummaryRow> rows) {
            this.leaveOneOut = Optional.of(rows);
            return this;
        }

        public Builder cumulative(List<SummaryRow> rows) {
            this.cumulative = Optional.of(rows);
            return this;
        }

        public Builder subgroups(SubgroupResult result) {
            this.subgroups = Optional.of(result);
            return this;
        }

        public Builder metaRegression(MetaRegressionResult result) {
            this.metaRegression = Optional.of(result);
            return this;
        }

        public Builder egger(EggerResult result) {
            this.egger = Optional.of(result);
            return this;
        }

        public Builder begg(RankTestResult result) {
            this.begg = Optional.of(result);
            return this;
        }

        public Builder trimFill(TrimFillResult result) {
            this.trimFill = Optional.of(result);
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings);
            return this;
        }

        /** The report; the measure must be set. */
        public MetaReport build() {
            if (measure == null) {
                throw new IllegalStateException("the report's measure is not set");
            }
            return new MetaReport(this);
        }
    }

    /**
     * One study as analysed: label, effect size and sampling variance on the model scale, its Wald CI, the
     * weight in percent, and where it came from (result ids or CSV line).
     */
    public record StudyRow(String study, double yi, double vi, double ciLower, double ciUpper, double weightPercent,
            String source) {
    }

    /**
     * The study rows of a fit, made from the fit's arrays when asked for (immutable). At k = 10 million a list of
     * row objects would need ~0.8 GB of heap on top of the arrays it repeats.
     */
    static final class StudyRows extends java.util.AbstractList<StudyRow> implements java.util.RandomAccess {
        private final String[] labels;
        private final double[] yi;
        private final double[] vi;
        private final double[] weightPercent;
        private final int[] sourceIndex;
        private final AnalysisInput input;
        private final double z;

        StudyRows(String[] labels, double[] yi, double[] vi, double[] weightPercent, int[] sourceIndex,
                AnalysisInput input, double z) {
            this.labels = labels;
            this.yi = yi;
            this.vi = vi;
            this.weightPercent = weightPercent;
            this.sourceIndex = sourceIndex;
            this.input = input;
            this.z = z;
        }

        @Override
        public StudyRow get(int i) {
            double sei = Math.sqrt(vi[i]);
            return new StudyRow(labels[i], yi[i], vi[i], yi[i] - z * sei, yi[i] + z * sei, weightPercent[i],
                    input.source(sourceIndex[i]));
        }

        @Override
        public int size() {
            return yi.length;
        }
    }
}
