package org.htaworkbench.charts.ui.internal;

/**
 * Identifies a font of {@link ScenePainter#FONT_FAMILY} by the exact point height passed to SWT (so equal keys mean
 * the same Pango font, and cached widths and metrics of one key are valid for every font created from it).
 *
 * @param pointBits {@link Float#floatToIntBits} of the height in points
 */
public record FontKey(int pointBits, boolean bold, boolean italic) {

    public static FontKey of(double sizePx, double dpi, boolean bold, boolean italic) {
        return new FontKey(Float.floatToIntBits(points(sizePx, dpi)), bold, italic);
    }

    public static float points(double sizePx, double dpi) {
        return (float) (sizePx * 72 / dpi);
    }

    public float points() {
        return Float.intBitsToFloat(pointBits);
    }
}
