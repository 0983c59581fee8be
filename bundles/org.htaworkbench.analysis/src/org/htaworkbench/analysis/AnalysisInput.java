package org.htaworkbench.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.InvalidStudyDataException;
import org.htaworkbench.stats.Measure;

/**
 * Study-level engine input, one row per study, in metafor's column names: 2x2 counts ({@code ai, bi, ci, di} or
 * {@code ai, n1i, ci, n2i}), proportions ({@code xi, ni}), means ({@code m1i, sd1i, n1i, m2i, sd2i, n2i}) or
 * generic effects ({@code yi, vi} or {@code yi, sei}). {@code covariates} hold further per-study values as text
 * (moderators, subgroups, ordering keys); {@code sources} say where each row came from (result ids in an
 * evidence base, line numbers in a CSV file) for error messages.
 */
public record AnalysisInput(Layout layout, String[] labels, Map<String, double[]> columns,
        Map<String, String[]> covariates, List<String> sources) {

    /** Which metafor columns the input has. */
    public enum Layout {
        /** ai, bi, ci, di */
        CELLS(Measure.Kind.TWO_BY_TWO, "ai", "bi", "ci", "di"),
        /** ai, n1i, ci, n2i */
        TOTALS(Measure.Kind.TWO_BY_TWO, "ai", "n1i", "ci", "n2i"),
        /** xi, ni */
        PROPORTIONS(Measure.Kind.PROPORTION, "xi", "ni"),
        /** m1i, sd1i, n1i, m2i, sd2i, n2i */
        MEANS(Measure.Kind.MEANS, "m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i"),
        /** yi, vi */
        GENERIC_VI(Measure.Kind.GENERIC, "yi", "vi"),
        /** yi, sei */
        GENERIC_SEI(Measure.Kind.GENERIC, "yi", "sei");

        private final Measure.Kind kind;
        private final List<String> columns;

        Layout(Measure.Kind kind, String... columns) {
            this.kind = kind;
            this.columns = List.of(columns);
        }

        public Measure.Kind kind() {
            return kind;
        }

        public List<String> columns() {
            return columns;
        }
    }

    public AnalysisInput {
        int k = labels.length;
        for (String c : layout.columns()) {
            double[] col = columns.get(c);
            if (col == null) {
                throw new IllegalArgumentException("missing column " + c + " for layout " + layout);
            }
            if (col.length != k) {
                throw new IllegalArgumentException("column " + c + " has " + col.length + " values for " + k + " studies");
            }
        }
        for (Map.Entry<String, String[]> e : covariates.entrySet()) {
            if (e.getValue().length != k) {
                throw new IllegalArgumentException("covariate " + e.getKey() + " has " + e.getValue().length
                        + " values for " + k + " studies");
            }
        }
        if (sources.size() != k) {
            throw new IllegalArgumentException(sources.size() + " sources for " + k + " studies");
        }
        labels = labels.clone();
        Map<String, double[]> cols = new LinkedHashMap<>();
        columns.forEach((name, v) -> cols.put(name, v.clone()));
        columns = Collections.unmodifiableMap(cols);
        Map<String, String[]> cov = new LinkedHashMap<>();
        covariates.forEach((name, v) -> cov.put(name, v.clone()));
        covariates = Collections.unmodifiableMap(cov);
        sources = sources instanceof LineSources ? sources : List.copyOf(sources);
    }

    /**
     * Sources "line N" for rows read from a file, made when asked for: a list of ten million such strings would
     * take more heap than the analysis itself.
     */
    public static List<String> lineSources(int[] lines) {
        return new LineSources(lines.clone());
    }

    private static final class LineSources extends java.util.AbstractList<String> implements java.util.RandomAccess {
        private final int[] lines;

        LineSources(int[] lines) {
            this.lines = lines;
        }

        @Override
        public String get(int index) {
            return "line " + lines[index];
        }

        @Override
        public int size() {
            return lines.length;
        }
    }

    public int k() {
        return labels.length;
    }

    @Override
    public String[] labels() {
        return labels.clone();
    }

    public double[] column(String name) {
        double[] c = columns.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column " + name);
        }
        return c.clone();
    }

    /** The covariate's values, or null when there is no such covariate. */
    public String[] covariate(String name) {
        String[] c = covariates.get(name);
        return c == null ? null : c.clone();
    }

    /** Measures that fit the layout. */
    public List<Measure> measures() {
        return Arrays.stream(Measure.values())
                .filter(m -> m.kind() == layout.kind() && (m != Measure.GEN_LOG)).toList();
    }

    /** escalc(): effect sizes and sampling variances for the measure. */
    public EffectSizeData effectSizes(Measure measure, ContinuityCorrection cc) {
        boolean generic = layout.kind() == Measure.Kind.GENERIC;
        if (generic ? measure.kind() != Measure.Kind.GENERIC : measure.kind() != layout.kind()) {
            throw new AnalysisException("measure " + measure + " does not fit " + layout.columns() + " data; use one of "
                    + measures());
        }
        return switch (layout) {
            case CELLS -> EffectSizes.twoByTwo(measure, columns.get("ai"), columns.get("bi"), columns.get("ci"),
                    columns.get("di"), labels, cc);
            case TOTALS -> EffectSizes.twoByTwoFromTotals(measure, columns.get("ai"), columns.get("n1i"),
                    columns.get("ci"), columns.get("n2i"), labels, cc);
            case PROPORTIONS -> EffectSizes.proportions(measure, columns.get("xi"), columns.get("ni"), labels, cc);
            case MEANS -> EffectSizes.means(measure, columns.get("m1i"), columns.get("sd1i"), columns.get("n1i"),
                    columns.get("m2i"), columns.get("sd2i"), columns.get("n2i"), labels);
            case GENERIC_VI -> relabel(EffectSizes.generic(columns.get("yi"), columns.get("vi"), labels), measure);
            case GENERIC_SEI -> relabel(EffectSizes.genericFromSe(columns.get("yi"), columns.get("sei"), labels), measure);
        };
    }

    private static EffectSizeData relabel(EffectSizeData d, Measure measure) {
        if (measure == d.measure()) {
            return d;
        }
        return new EffectSizeData(measure, d.yi(), d.vi(), d.labels(), d.sourceIndex(), d.ni(), d.droppedLabels());
    }

    /** The source (result id, CSV line) of study {@code index}, for messages. */
    public String source(int index) {
        return index >= 0 && index < sources.size() ? sources.get(index) : null;
    }

    /** Rephrases an engine data error with the study's source. */
    public AnalysisException explain(InvalidStudyDataException e) {
        String src = source(e.studyIndex());
        return new AnalysisException(src == null ? e.getMessage() : src + ": " + e.getMessage(), src, e);
    }
}
