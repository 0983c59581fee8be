package org.htaworkbench.charts.ui.benchmarks;

import java.util.Arrays;

/** Durations in nanoseconds; order statistics in milliseconds (nearest rank: p-quantile = sorted[ceil(p·n) - 1]). */
final class Samples {
    private final long[] values;
    private int n;

    Samples(int capacity) {
        values = new long[capacity];
    }

    void add(long nanos) {
        values[n++] = nanos;
    }

    int size() {
        return n;
    }

    long get(int i) {
        return values[i];
    }

    double quantileMs(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] s = Arrays.copyOf(values, n);
        Arrays.sort(s);
        int idx = (int) Math.ceil(p * n) - 1;
        return s[Math.max(0, Math.min(n - 1, idx))] / 1e6;
    }

    double medianMs() {
        return quantileMs(0.5);
    }

    double p90Ms() {
        return quantileMs(0.9);
    }

    double maxMs() {
        return quantileMs(1.0);
    }

    double minMs() {
        return quantileMs(0.0);
    }

    double meanMs() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += values[i];
        }
        return n == 0 ? Double.NaN : s / n / 1e6;
    }
}
