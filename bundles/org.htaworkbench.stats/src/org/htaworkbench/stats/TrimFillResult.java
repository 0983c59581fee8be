package org.htaworkbench.stats;

/**
 * Trim-and-fill ({@code trimfill}, estimator L0).
 *
 * @param k0       number of imputed studies
 * @param seK0     standard error of k0
 * @param side     side on which studies were imputed ("left" or "right")
 * @param model    the model refitted to observed + imputed studies (the original model when k0 = 0)
 * @param filledYi imputed effect sizes
 * @param filledVi their variances
 */
public record TrimFillResult(int k0, double seK0, String side, RmaResult model, double[] filledYi, double[] filledVi,
        int iterations) {
    public TrimFillResult {
        filledYi = filledYi.clone();
        filledVi = filledVi.clone();
    }

    @Override
    public double[] filledYi() {
        return filledYi.clone();
    }

    @Override
    public double[] filledVi() {
        return filledVi.clone();
    }
}
