package org.htaworkbench.charts.ui.internal;

import org.htaworkbench.charts.Scene;

/**
 * Whether a shape can paint a pixel inside a rectangle: a conservative bound, so that skipping the shapes that
 * cannot leaves every pixel as drawing them would (the GC clips them anyway).
 * <p>
 * Why: the chart is not scrolled, so at k = 1,000 about 93 % of the forest plot's 6,044 shapes lie below the visible
 * plot area. Cairo clipped them, but Pango still laid out each of their ~3,700 texts: drawing took 118 ms per paint
 * event, drawing only the shapes in the paint area 10 ms (charts.ui benchmark, RESULTS.md).
 */
public final class Culling {
    /** Beyond a shape's geometry: rounding to whole pixels, antialiasing, line caps and joins. */
    static final double PAD = 2;

    private Culling() {
    }

    /**
     * Whether {@code s} may paint inside [x0, x1] × [y0, y1] (scene coordinates). Texts are bounded only vertically
     * (their width is not known without measuring), by generous multiples of the font size that cover the ascent,
     * descent and leading of any font; rotated texts always count as meeting it.
     */
    public static boolean meets(Scene.Shape s, double x0, double y0, double x1, double y1) {
        return switch (s) {
            case Scene.Line l -> {
                double p = pad(l.style());
                yield overlaps(Math.min(l.x1(), l.x2()) - p, Math.max(l.x1(), l.x2()) + p, x0, x1)
                        && overlaps(Math.min(l.y1(), l.y2()) - p, Math.max(l.y1(), l.y2()) + p, y0, y1);
            }
            case Scene.Rect r -> {
                double p = pad(r.style());
                double rx0 = Math.min(r.x(), r.x() + r.w()), rx1 = Math.max(r.x(), r.x() + r.w());
                double ry0 = Math.min(r.y(), r.y() + r.h()), ry1 = Math.max(r.y(), r.y() + r.h());
                // fills are at least 1 px wide and high
                yield overlaps(rx0 - p, rx1 + p + 1, x0, x1) && overlaps(ry0 - p, ry1 + p + 1, y0, y1);
            }
            case Scene.Polygon g -> points(g.points(), pad(g.style()), x0, y0, x1, y1);
            case Scene.Polyline g -> points(g.points(), pad(g.style()), x0, y0, x1, y1);
            case Scene.Circle c -> {
                double p = pad(c.style()) + 1;
                yield overlaps(c.cx() - c.r() - p, c.cx() + c.r() + p, x0, x1)
                        && overlaps(c.cy() - c.r() - p, c.cy() + c.r() + p, y0, y1);
            }
            // unrotated: bounded vertically only; rotated: always drawn
            case Scene.Text t -> t.rotation() != 0
                    || overlaps(t.y() - 2 * t.size() - PAD, t.y() + t.size() + PAD, y0, y1);
        };
    }

    private static boolean points(double[] pts, double p, double x0, double y0, double x1, double y1) {
        if (pts.length < 2) {
            return true; // nothing to bound: leave it to the GC, as before
        }
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < pts.length; i += 2) {
            minX = Math.min(minX, pts[i]);
            maxX = Math.max(maxX, pts[i]);
            minY = Math.min(minY, pts[i + 1]);
            maxY = Math.max(maxY, pts[i + 1]);
        }
        return overlaps(minX - p, maxX + p, x0, x1) && overlaps(minY - p, maxY + p, y0, y1);
    }

    private static double pad(Scene.Style s) {
        return PAD + (s.stroke() == Scene.NONE ? 0 : Math.max(0, s.strokeWidth()));
    }

    /**
     * Whether [a0, a1] meets [b0, b1]. NaN coordinates count as meeting (draw as before rather than guess); so do
     * infinite ones, through the comparisons.
     */
    private static boolean overlaps(double a0, double a1, double b0, double b1) {
        if (Double.isNaN(a0) || Double.isNaN(a1)) {
            return true;
        }
        return a1 >= b0 && a0 <= b1;
    }
}
