package org.htaworkbench.stats;

import org.htaworkbench.stats.internal.Dist;

/**
 * The standard normal distribution's quantiles, as the engine computes them (Hipparchus), for callers that draw or
 * report what the engine fitted: a chart's confidence limits, a report's critical value.
 *
 * @since 0.1
 */
public final class StandardNormal {

    private StandardNormal() {
    }

    /** R's {@code qnorm(p)}: the quantile of probability {@code p}, 0 &lt; p &lt; 1. */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        }
        return Dist.qnorm(p);
    }

    /**
     * The two-sided critical value of a {@code levelPercent}% confidence interval, R's
     * {@code qnorm(1/2 + level/200)}: 1.959964 for 95.
     */
    public static double criticalValue(double levelPercent) {
        if (!(levelPercent > 0 && levelPercent < 100)) {
            throw new IllegalArgumentException("confidence level must be in (0, 100) percent, got " + levelPercent);
        }
        return Dist.qnorm(0.5 + levelPercent / 200);
    }
}
