package org.htaworkbench.charts;

import java.util.List;

/**
 * Funnel plot: effect (x; natural scale, log axis for ratios) against standard error (y, 0 at the top).
 *
 * @param points          observed studies
 * @param imputed         studies imputed by trim and fill (empty without trim and fill or when k0 = 0)
 * @param estimate        pooled estimate of the fitted model (natural scale), the funnel's centre
 * @param adjustedEstimate trim-and-fill adjusted estimate (NaN without trim and fill)
 * @param regionZ         critical value of the pseudo-confidence region (1.96 for 95%)
 * @param regionLeft      left edge of the pseudo-confidence region: (x at se = 0, x at se = seMax)
 * @param regionRight     right edge
 * @param seMax           standard error at the bottom of the region
 * @param legend          legend entries
 */
public record FunnelPlotSpec(String title, AxisSpec xAxis, AxisSpec yAxis, List<Point> points, List<Point> imputed,
        double estimate, double adjustedEstimate, double regionZ, double[] regionLeft, double[] regionRight,
        double seMax, List<String> legend) implements ChartSpec {

    /** A study: x on the natural scale, se on the model scale. */
    public record Point(String label, double x, double se) {
    }

    public FunnelPlotSpec {
        points = List.copyOf(points);
        imputed = List.copyOf(imputed);
        regionLeft = regionLeft.clone();
        regionRight = regionRight.clone();
        legend = List.copyOf(legend);
    }

    @Override
    public int preferredWidth() {
        return 720;
    }

    @Override
    public int preferredHeight() {
        return 560;
    }
}
