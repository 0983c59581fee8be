package org.htaworkbench.charts;

import java.util.List;
import java.util.Optional;

/**
 * Content of a forest plot (also used for leave-one-out and cumulative plots): rows top to bottom, text columns,
 * the value axis (log for ratio measures) with the line of no effect and "favours" labels.
 *
 * @param labelHeader       header of the first column ("Study")
 * @param columnHeaders     headers of the text columns after the label (e.g. "Weight", "Risk Ratio [95% CI]")
 * @param nullValue         line of no effect (1 for ratios, 0 for differences; NaN for none)
 * @param referenceValue    dashed vertical line at the main pooled estimate (NaN for none)
 * @param footnotes         lines under the axis (model description)
 */
public record ForestPlotSpec(String title, String labelHeader, List<String> columnHeaders, List<ForestRow> rows,
        AxisSpec axis, double nullValue, double referenceValue, String favoursLeft, String favoursRight,
        List<String> footnotes) implements ChartSpec {

    public ForestPlotSpec {
        columnHeaders = List.copyOf(columnHeaders);
        footnotes = List.copyOf(footnotes);
        List<ForestRow> clipped = new java.util.ArrayList<>();
        for (ForestRow r : rows) {
            if (r.cells().size() != 0 && r.cells().size() != columnHeaders.size()) {
                throw new IllegalArgumentException("row " + r.tag() + " has " + r.cells().size() + " cells for "
                        + columnHeaders.size() + " columns");
            }
            clipped.add(r.clipped(axis));
        }
        rows = List.copyOf(clipped);
    }

    /** The study rows (kind STUDY or POINT) in plot order. */
    public List<ForestRow> studyRows() {
        return rows.stream().filter(r -> r.kind() == ForestRow.Kind.STUDY || r.kind() == ForestRow.Kind.POINT).toList();
    }

    public Optional<ForestRow> row(String tag) {
        return rows.stream().filter(r -> r.tag().equals(tag)).findFirst();
    }

    public List<ForestRow> rowsOfKind(ForestRow.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    @Override
    public int preferredWidth() {
        return 980;
    }

    @Override
    public int preferredHeight() {
        return 120 + 22 * rows.size() + 16 * footnotes.size();
    }

    /**
     * The text columns (study, weights, estimate and CI) keep their width, so below about 860 pixels the plot itself
     * has no room left: scroll sideways instead.
     */
    @Override
    public int minimumWidth() {
        return 860;
    }

    /** Rows of 15 pixels (an 11-pixel font) at least: a forest plot of many studies scrolls instead of squeezing. */
    @Override
    public int minimumHeight() {
        return 120 + 15 * rows.size() + 16 * footnotes.size();
    }
}
