package org.htaworkbench.stats;

/**
 * One refit of a sensitivity analysis (leave-one-out: the omitted study; cumulative: the study added last).
 * Model-scale values; {@code transformedEstimate} etc. use the measure's back-transform.
 */
public record SummaryRow(String label, int k, double estimate, double se, double statistic, double pval,
        double ciLower, double ciUpper, double q, double qPval, double tau2, double i2, double h2,
        double transformedEstimate, double transformedCiLower, double transformedCiUpper) {

    static SummaryRow of(String label, RmaResult r) {
        Transformed t = r.transformed();
        return new SummaryRow(label, r.k(), r.estimate(), r.se(), r.statistic(), r.pval(), r.ciLower(), r.ciUpper(),
                r.q(), r.qPval(), r.tau2(), r.i2(), r.h2(), t.estimate(), t.ciLower(), t.ciUpper());
    }
}
