package org.htaworkbench.charts;

import org.htaworkbench.stats.PiType;

/**
 * Options of {@link ForestPlots}. Immutable; start from {@link #defaults()} and use the withers.
 *
 * @param effectLabel  name of the measure for headers ("Risk Ratio"); null = derived from the measure
 * @param showCommon   draw the common-effect diamond (refitted with FE when the result is a random-effects model)
 * @param showRandom   draw the random-effects diamond (only when the result is a random-effects model)
 * @param showPrediction draw the prediction interval (random-effects only)
 * @param decimals     decimals of estimates and CIs
 * @param axisMin      explicit axis limits (NaN = automatic)
 */
public record ForestOptions(String title, String studyHeader, String effectLabel, String favoursLeft,
        String favoursRight, boolean showCommon, boolean showRandom, boolean showPrediction, int decimals,
        double axisMin, double axisMax, PiType piType) {

    public static ForestOptions defaults() {
        return new ForestOptions("", "Study", null, "Favours experimental", "Favours control", true, true, true, 2,
                Double.NaN, Double.NaN, PiType.DEFAULT);
    }

    public ForestOptions withTitle(String t) {
        return new ForestOptions(t, studyHeader, effectLabel, favoursLeft, favoursRight, showCommon, showRandom,
                showPrediction, decimals, axisMin, axisMax, piType);
    }

    public ForestOptions withFavours(String left, String right) {
        return new ForestOptions(title, studyHeader, effectLabel, left, right, showCommon, showRandom, showPrediction,
                decimals, axisMin, axisMax, piType);
    }

    public ForestOptions withEffectLabel(String l) {
        return new ForestOptions(title, studyHeader, l, favoursLeft, favoursRight, showCommon, showRandom,
                showPrediction, decimals, axisMin, axisMax, piType);
    }

    public ForestOptions withModels(boolean common, boolean random) {
        return new ForestOptions(title, studyHeader, effectLabel, favoursLeft, favoursRight, common, random,
                showPrediction, decimals, axisMin, axisMax, piType);
    }

    public ForestOptions withPrediction(boolean show) {
        return new ForestOptions(title, studyHeader, effectLabel, favoursLeft, favoursRight, showCommon, showRandom,
                show, decimals, axisMin, axisMax, piType);
    }

    public ForestOptions withDecimals(int d) {
        return new ForestOptions(title, studyHeader, effectLabel, favoursLeft, favoursRight, showCommon, showRandom,
                showPrediction, d, axisMin, axisMax, piType);
    }

    public ForestOptions withAxis(double min, double max) {
        return new ForestOptions(title, studyHeader, effectLabel, favoursLeft, favoursRight, showCommon, showRandom,
                showPrediction, decimals, min, max, piType);
    }

    public ForestOptions withStudyHeader(String h) {
        return new ForestOptions(title, h, effectLabel, favoursLeft, favoursRight, showCommon, showRandom,
                showPrediction, decimals, axisMin, axisMax, piType);
    }
}
