package org.htaworkbench.stats;

import java.util.OptionalDouble;

/** Pooled results on the natural scale (exp, ilogit, iarcsin, ipft with the harmonic-mean n). */
public record Transformed(Measure.Transform transform, double estimate, double ciLower, double ciUpper,
        OptionalDouble piLower, OptionalDouble piUpper) {
}
