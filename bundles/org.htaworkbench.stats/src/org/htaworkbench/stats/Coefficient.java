package org.htaworkbench.stats;

/** One meta-regression coefficient with its (z or t) test and CI. */
public record Coefficient(String name, double estimate, double se, double statistic, double pval, double ciLower,
        double ciUpper) {
}
