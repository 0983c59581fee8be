package org.htaworkbench.charts;

import java.util.List;

/**
 * Bubble plot of a meta-regression on one moderator: studies as circles (area ∝ weight 1/(vi + tau²)), the
 * fitted line with its confidence band.
 *
 * @param bubbles    studies (y on the natural scale)
 * @param line       fitted values on a grid: each {x, prediction, ciLower, ciUpper} (natural scale)
 * @param nullValue  horizontal reference (1 for ratios, 0 for differences, NaN none)
 * @param caption    slope and test text
 */
public record BubblePlotSpec(String title, AxisSpec xAxis, AxisSpec yAxis, List<Bubble> bubbles, List<double[]> line,
        double nullValue, String caption) implements ChartSpec {

    /** @param sizeScale radius relative to the largest bubble (sqrt of weight / max weight) */
    public record Bubble(String label, double x, double y, double weight, double sizeScale) {
    }

    public BubblePlotSpec {
        bubbles = List.copyOf(bubbles);
        line = line.stream().map(double[]::clone).toList();
    }

    @Override
    public int preferredWidth() {
        return 720;
    }

    @Override
    public int preferredHeight() {
        return 520;
    }
}
