package org.htaworkbench.charts;

import java.util.List;

/**
 * Survival (or mortality) estimates by group over time, drawn as step series with step-shaped CI bands.
 * Only the reported time points are known: each step holds the last reported value until the next one; the curve
 * between 0 and the first time point is not reported and is not drawn.
 *
 * @param timeUnit "years" etc. (the x axis unit)
 */
public record KaplanMeierSpec(String title, AxisSpec xAxis, AxisSpec yAxis, List<Group> groups, String timeUnit,
        List<String> footnotes) implements ChartSpec {

    /** One reported estimate: time in {@code timeUnit}, values in the model's unit (percent for Padberg). */
    public record Estimate(double time, String timeText, double estimate, double lower, double upper, String sourceId) {
    }

    /** A group (arm) with its estimates sorted by time. */
    public record Group(String label, List<Estimate> estimates) {
        public Group {
            estimates = List.copyOf(estimates);
        }

        /** Step series x values (each time point, then the next time point at the same level). */
        public double[] stepX() {
            return steps(true, 0);
        }

        /** Step series y values for the estimate (column 0), lower (1) or upper (2). */
        public double[] stepY(int column) {
            return steps(false, column);
        }

        private double[] steps(boolean x, int column) {
            int n = estimates.size();
            double[] r = new double[Math.max(0, 2 * n - 1)];
            for (int i = 0; i < n; i++) {
                Estimate e = estimates.get(i);
                double v = column == 0 ? e.estimate() : column == 1 ? e.lower() : e.upper();
                r[2 * i] = x ? e.time() : v;
                if (i + 1 < n) {
                    r[2 * i + 1] = x ? estimates.get(i + 1).time() : v;
                }
            }
            return r;
        }
    }

    public KaplanMeierSpec {
        groups = List.copyOf(groups);
        footnotes = List.copyOf(footnotes);
    }

    @Override
    public int preferredWidth() {
        return 760;
    }

    @Override
    public int preferredHeight() {
        return 520;
    }
}
