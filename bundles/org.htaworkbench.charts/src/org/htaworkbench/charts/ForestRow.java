package org.htaworkbench.charts;

import java.util.List;

/**
 * One row of a forest plot. Values are on the natural scale (e.g. risk ratio, not log risk ratio); NaN where not
 * applicable (text rows).
 *
 * @param kind         what the row shows
 * @param tag          stable identifier: "study:&lt;index&gt;", "common", "random", "subtotal:&lt;level&gt;", "pi",
 *                     "heterogeneity", "overall-test", "subgroup-test", "header:&lt;level&gt;", ...
 * @param label        text of the first (study) column
 * @param cells        texts of the further columns, one per {@link ForestPlotSpec#columnHeaders()} entry
 * @param weightPercent the study's weight in the model that sizes the squares (NaN for non-study rows)
 * @param boxScale     square size relative to the largest (sqrt of weight / max weight, so area ∝ weight)
 * @param arrowLower   the interval leaves the axis on the left: drawn clipped with an arrow
 * @param arrowUpper   the interval leaves the axis on the right
 * @param studyIndex   0-based index of the study in the model's data (-1 for other rows)
 */
public record ForestRow(Kind kind, String tag, String label, List<String> cells, double estimate, double lower,
        double upper, double weightPercent, double boxScale, boolean arrowLower, boolean arrowUpper, int studyIndex) {

    public enum Kind {
        /** a study: square (estimate) with CI whiskers. */
        STUDY,
        /** a point estimate with CI and a fixed-size marker (leave-one-out and cumulative rows). */
        POINT,
        /** a pooled estimate: diamond from lower to upper, centre at estimate. */
        DIAMOND,
        /** a prediction interval: bar from lower to upper. */
        PREDICTION,
        /** subgroup heading (bold). */
        HEADER,
        /** statistics text (heterogeneity, tests). */
        TEXT,
        /** empty row. */
        SPACER
    }

    public ForestRow {
        cells = List.copyOf(cells);
    }

    public static ForestRow text(String tag, String label) {
        return new ForestRow(Kind.TEXT, tag, label, List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                false, false, -1);
    }

    public static ForestRow header(String tag, String label) {
        return new ForestRow(Kind.HEADER, tag, label, List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                false, false, -1);
    }

    public static ForestRow spacer() {
        return new ForestRow(Kind.SPACER, "", "", List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, false,
                false, -1);
    }

    /** Whether the row draws an interval on the axis. */
    public boolean hasInterval() {
        return kind == Kind.STUDY || kind == Kind.POINT || kind == Kind.DIAMOND || kind == Kind.PREDICTION;
    }

    ForestRow clipped(AxisSpec axis) {
        if (!hasInterval()) {
            return this;
        }
        return new ForestRow(kind, tag, label, cells, estimate, lower, upper, weightPercent, boxScale,
                lower < axis.min() * (1 - 1e-12), upper > axis.max() * (1 + 1e-12), studyIndex);
    }
}
