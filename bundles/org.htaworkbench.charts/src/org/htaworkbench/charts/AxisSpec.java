package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.charts.internal.Fmt;

/**
 * A value axis: range, log or linear scale, tick marks with labels, title. For ratio measures the values are on
 * the natural scale (e.g. risk ratio 0.5) and {@code log} is true: positions are linear in log(value).
 *
 * @param reversed larger values at the top (y) / left (x) — used by the funnel plot's standard-error axis
 */
public record AxisSpec(String title, double min, double max, boolean log, boolean reversed, List<Tick> ticks) {

    public record Tick(double value, String label) {
    }

    public AxisSpec {
        if (!(max > min)) {
            throw new IllegalArgumentException("axis max must exceed min: " + min + " .. " + max);
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("log axis needs min > 0: " + min);
        }
        ticks = List.copyOf(ticks);
    }

    /** Position of v in [0, 1] along the axis (0 at min); may be outside [0, 1] for values off the axis. */
    public double fraction(double v) {
        double f = log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
        return reversed ? 1 - f : f;
    }

    public boolean contains(double v) {
        return v >= min * (1 - 1e-12) && v <= max * (1 + 1e-12) + (log ? 0 : 1e-12 * Math.abs(max));
    }

    public double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    public AxisSpec withTitle(String t) {
        return new AxisSpec(t, min, max, log, reversed, ticks);
    }

    public AxisSpec withReversed(boolean r) {
        return new AxisSpec(title, min, max, log, r, ticks);
    }

    /** Linear axis over a "nice" range covering [lo, hi] with about {@code target} ticks. */
    public static AxisSpec linear(String title, double lo, double hi, int target) {
        if (!(hi > lo)) {
            double d = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
            lo -= d;
            hi += d;
        }
        double step = niceStep((hi - lo) / Math.max(1, target));
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        List<Tick> ticks = new ArrayList<>();
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        long first = Math.round(min / step), last = Math.round(max / step);
        for (long i = first; i <= last; i++) {
            double r = i == 0 ? 0 : Double.parseDouble(Fmt.fixed(i * step, decimals + 2));
            ticks.add(new Tick(r, Fmt.fixed(r, decimals)));
        }
        return new AxisSpec(title, min, max, false, false, ticks);
    }

    /** Linear axis with fixed limits and ticks every {@code step}. */
    public static AxisSpec linearFixed(String title, double min, double max, double step) {
        List<Tick> ticks = new ArrayList<>();
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        int n = (int) Math.round((max - min) / step);
        for (int i = 0; i <= n; i++) {
            double v = Double.parseDouble(Fmt.fixed(min + i * step, decimals + 2));
            ticks.add(new Tick(v, Fmt.fixed(v, decimals)));
        }
        return new AxisSpec(title, min, max, false, false, ticks);
    }

    /**
     * Log axis for ratios, symmetric around 1 (RevMan style): the smallest of 1.5, 2, 5, 10, 20, 50, 100, 1000
     * whose range covers [lo, hi]; ranges wider than {@code cap} are cut at 1/cap .. cap (CIs leaving it get
     * arrows).
     */
    public static AxisSpec ratio(String title, double lo, double hi, double cap) {
        double m = Math.max(Math.abs(Math.log(lo)), Math.abs(Math.log(hi)));
        double[] ladder = {1.5, 2, 5, 10, 20, 50, 100, 1000};
        double l = ladder[ladder.length - 1];
        for (double c : ladder) {
            if (Math.log(c) >= m - 1e-12) {
                l = c;
                break;
            }
        }
        l = Math.min(l, cap);
        double[] tv = switch ((int) Math.round(l * 10)) {
            case 15 -> new double[] {0.67, 0.8, 1, 1.25, 1.5};
            case 20 -> new double[] {0.5, 0.7, 1, 1.5, 2};
            case 50 -> new double[] {0.2, 0.5, 1, 2, 5};
            case 100 -> new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10};
            case 200 -> new double[] {0.05, 0.2, 1, 5, 20};
            case 500 -> new double[] {0.02, 0.1, 1, 10, 50};
            case 1000 -> new double[] {0.01, 0.1, 1, 10, 100};
            default -> new double[] {1 / l, 0.1, 1, 10, l};
        };
        List<Tick> ticks = new ArrayList<>();
        for (double v : tv) {
            if (v >= 1 / l - 1e-12 && v <= l + 1e-12) {
                ticks.add(new Tick(v, Fmt.trim(v)));
            }
        }
        return new AxisSpec(title, 1 / l, l, true, false, ticks);
    }

    /** Log axis with explicit limits; ticks at 1-2-5 multiples inside. */
    public static AxisSpec logFixed(String title, double min, double max) {
        List<Tick> ticks = new ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(min)) - 1; e <= (int) Math.ceil(Math.log10(max)) + 1; e++) {
            for (double m : new double[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    ticks.add(new Tick(v, Fmt.trim(v)));
                }
            }
        }
        return new AxisSpec(title, min, max, true, false, ticks);
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return n * p;
    }
}
