package org.htaworkbench.stats;

/** A point estimate with confidence limits. */
public record Interval(double estimate, double lower, double upper) {
}
