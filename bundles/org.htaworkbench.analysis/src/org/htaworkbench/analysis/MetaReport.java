package org.htaworkbench.analysis;

import java.util.List;
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
 * The results of a meta-analysis, UI-free: the pooled summary (model scale, see {@link #transformed()} for the
 * natural scale), the studies with their weights, and the sections that were asked for. All numbers are finite;
 * not-applicable values are empty optionals. The engine objects stay available ({@link #model()} for
 * inverse-variance models, {@link #pooled()} for Mantel-Haenszel and Peto) for anything not summarised here.
 */
public record MetaReport(MetaSettings settings, int k, Measure measure, String method, double estimate, double se,
        double statistic, double pval, double ciLower, double ciUpper, OptionalInt df, double tau2,
        OptionalDouble tau2CiLower, OptionalDouble tau2CiUpper, double i2, double h2, double q, int qDf, double qPval,
        OptionalDouble piLower, OptionalDouble piUpper, int iterations, Transformed transformed,
        List<StudyRow> studies, Optional<RmaResult> model, Optional<PooledResult> pooled,
        Optional<List<SummaryRow>> leaveOneOut, Optional<List<SummaryRow>> cumulative,
        Optional<SubgroupResult> subgroups, Optional<MetaRegressionResult> metaRegression,
        Optional<EggerResult> egger, Optional<RankTestResult> begg, Optional<TrimFillResult> trimFill,
        List<String> warnings) {

    public MetaReport {
        studies = studies instanceof StudyRows ? studies : List.copyOf(studies);
        warnings = List.copyOf(warnings);
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
