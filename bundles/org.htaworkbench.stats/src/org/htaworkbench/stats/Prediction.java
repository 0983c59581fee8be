package org.htaworkbench.stats;

import java.util.OptionalDouble;

/**
 * {@code predict(res)}: pooled prediction with CI and, for random-effects models, the prediction interval.
 *
 * @param piLower empty for the common-effect model
 * @param piUpper empty for the common-effect model
 * @param piDf    degrees of freedom of the PI critical value, empty when normal
 */
public record Prediction(double pred, double se, double ciLower, double ciUpper, OptionalDouble piLower,
        OptionalDouble piUpper, OptionalDouble piDf) {
}
