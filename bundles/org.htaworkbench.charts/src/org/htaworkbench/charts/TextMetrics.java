package org.htaworkbench.charts;

/**
 * Measures text for the layouts. The SWT layer measures with the real font (GC.textExtent); headless code
 * and the SVG writer use {@link #APPROXIMATE}, a Helvetica/Arial width table. Clients may implement it for another
 * renderer.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TextMetrics {

    /** Width in pixels of {@code text} at font size {@code size} pixels. */
    double width(String text, double size, boolean bold);

    /** Approximate Arial/Helvetica advance widths (em fractions). */
    TextMetrics APPROXIMATE = (text, size, bold) -> {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double e;
            if ("il.,;:'|!Ii[]()".indexOf(c) >= 0 || c == ' ') {
                e = c == ' ' ? 0.28 : 0.3;
            } else if ("ftrj-".indexOf(c) >= 0) {
                e = 0.35;
            } else if ("mwMW%".indexOf(c) >= 0) {
                e = 0.85;
            } else if (Character.isUpperCase(c)) {
                e = 0.68;
            } else if (Character.isDigit(c)) {
                e = 0.556;
            } else {
                e = 0.53;
            }
            w += e;
        }
        return w * size * (bold ? 1.07 : 1.0);
    };
}
