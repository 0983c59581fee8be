package org.htaworkbench.stats;

/**
 * Begg and Mazumdar rank correlation test ({@code ranktest}).
 *
 * @param tau   Kendall's tau-b between standardized effects and variances
 * @param pval  two-sided p-value (exact when {@code exact})
 * @param exact true when the exact null distribution was used (no ties, k &lt;= 500)
 */
public record RankTestResult(double tau, double pval, boolean exact) {
}
