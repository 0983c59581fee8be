package org.htaworkbench.stats.tau2;

/**
 * @param tau2       the estimate, &gt;= 0
 * @param seTau2     its standard error as metafor computes it for the method
 * @param iterations iterations (Fisher scoring steps or root-finder evaluations); 0 for closed forms
 */
public record Tau2Result(double tau2, double seTau2, int iterations) {
}
