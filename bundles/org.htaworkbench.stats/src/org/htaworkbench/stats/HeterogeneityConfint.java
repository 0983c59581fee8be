package org.htaworkbench.stats;

/**
 * Q-profile confidence intervals (metafor {@code confint(res)}) for tau², tau, I² (percent) and H².
 *
 * @param iterations root-finder evaluations used for both limits
 */
public record HeterogeneityConfint(Interval tau2, Interval tau, Interval i2, Interval h2, int iterations) {
}
