package org.htaworkbench.stats;

import java.util.OptionalInt;

/**
 * Regression test for funnel-plot asymmetry ({@code regtest}): the test of the slope on the precision
 * predictor (sei: Egger; vi: PEESE), and the limit estimate (intercept = effect at sei/vi = 0; PET for sei).
 *
 * @param df empty for z tests, k-2 for the t tests (classic Egger, knha)
 */
public record EggerResult(double statistic, double pval, OptionalInt df, double limitEstimate, double limitCiLower,
        double limitCiUpper, MetaRegressionResult fit) {
}
