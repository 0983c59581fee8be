package org.htaworkbench.charts.ui.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * k deterministic pseudo-random two-arm trials with a binary outcome (events / total per arm), from a fixed seed.
 * Arm sizes 20-500, control risk 5-40 %, true log risk ratio ~ N(-0.2, 0.3²) (heterogeneous, so REML has work to
 * do), events binomial. Some arms have zero events, so the continuity correction is exercised as in real data.
 */
final class SyntheticStudies {

    private static final String[] AUTHORS = {"Smith", "Müller", "García", "Rossi", "Nakamura", "Kowalski", "Dubois",
            "Andersen", "Okafor", "Silva", "Chen", "Novak", "Schmidt", "Jensen", "Martin", "Kim", "Patel", "Laurent",
            "Bianchi", "Fischer", "Ivanova", "O'Brien", "van der Berg", "Yamamoto", "Hernández"};

    final int k;
    final String[] labels;
    final int[] ai; // events, experimental arm
    final int[] n1i;
    final int[] ci; // events, control arm
    final int[] n2i;

    SyntheticStudies(int k, long seed) {
        this.k = k;
        labels = new String[k];
        ai = new int[k];
        n1i = new int[k];
        ci = new int[k];
        n2i = new int[k];
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < k; i++) {
            n1i[i] = 20 + rnd.nextInt(481);
            n2i[i] = 20 + rnd.nextInt(481);
            double pc = 0.05 + 0.35 * rnd.nextDouble();
            double theta = -0.2 + 0.3 * gaussian(rnd);
            double pt = Math.min(0.95, Math.max(0.001, pc * Math.exp(theta)));
            ai[i] = binomial(rnd, n1i[i], pt);
            ci[i] = binomial(rnd, n2i[i], pc);
            String label = AUTHORS[rnd.nextInt(AUTHORS.length)] + " " + (1985 + rnd.nextInt(40));
            int n = seen.merge(label, 1, Integer::sum);
            labels[i] = n == 1 ? label : label + (char) ('a' + (n - 1) % 26) + (n > 26 ? Integer.toString(n / 26) : "");
        }
    }

    /** The study edited in iteration {@code iteration}: spread over the whole list, deterministic. */
    int editedStudy(int iteration) {
        return (int) ((iteration * 7919L + 13) % k);
    }

    /** Changes the experimental arm's event count of {@code study} by ±1 (staying within 0..n1i) and returns it. */
    int edit(int study, int iteration) {
        int delta = (iteration & 1) == 0 ? 1 : -1;
        int v = ai[study] + delta;
        if (v < 0 || v > n1i[study]) {
            v = ai[study] - delta;
        }
        ai[study] = v;
        return v;
    }

    int totalEvents() {
        int s = 0;
        for (int i = 0; i < k; i++) {
            s += ai[i] + ci[i];
        }
        return s;
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller (no shared state, unlike java.util.Random#nextGaussian)
        double u1 = rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static int binomial(SplittableRandom rnd, int n, double p) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < p) {
                x++;
            }
        }
        return x;
    }
}
