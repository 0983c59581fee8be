package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out chart: drawing primitives in pixel coordinates (origin top left, y down) for a given size.
 * Produced from a {@link ChartSpec} by {@link ChartLayouts#layout}; painted by the SWT layer and serialised by
 * {@link SvgWriter}, so screen, PNG and SVG show the same geometry.
 */
public record Scene(double width, double height, List<Shape> shapes) {

    public Scene {
        shapes = List.copyOf(shapes);
    }

    /** Colours are 0xRRGGBB; {@link #NONE} means "not painted". */
    public static final int NONE = -1;

    /** Stroke and fill of a shape. */
    public record Style(int stroke, double strokeWidth, int fill, double fillOpacity, boolean dashed) {
        public static Style stroke(int rgb, double width) {
            return new Style(rgb, width, NONE, 1, false);
        }

        public static Style dashed(int rgb, double width) {
            return new Style(rgb, width, NONE, 1, true);
        }

        public static Style fill(int rgb) {
            return new Style(NONE, 0, rgb, 1, false);
        }

        public static Style fillAndStroke(int fill, int stroke, double width) {
            return new Style(stroke, width, fill, 1, false);
        }

        public Style withOpacity(double opacity) {
            return new Style(stroke, strokeWidth, fill, opacity, dashed);
        }

        public Style withDash(boolean d) {
            return new Style(stroke, strokeWidth, fill, fillOpacity, d);
        }
    }

    /** Horizontal text anchor. */
    public enum Anchor { START, MIDDLE, END }

    /** A drawing primitive. */
    public sealed interface Shape permits Line, Rect, Polygon, Polyline, Circle, Text {
    }

    public record Line(double x1, double y1, double x2, double y2, Style style) implements Shape {
    }

    public record Rect(double x, double y, double w, double h, Style style) implements Shape {
    }

    /** Closed polygon; {@code points} are x0, y0, x1, y1, ... */
    public record Polygon(double[] points, Style style) implements Shape {
        public Polygon {
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
        }
    }

    /** Open polyline; {@code points} are x0, y0, x1, y1, ... */
    public record Polyline(double[] points, Style style) implements Shape {
        public Polyline {
            points = points.clone();
        }

        @Override
        public double[] points() {
            return points.clone();
        }
    }

    public record Circle(double cx, double cy, double r, Style style) implements Shape {
    }

    /**
     * Text whose baseline starts (START), is centred (MIDDLE) or ends (END) at x; {@code size} in pixels;
     * {@code rotation} in degrees (counter-clockwise negative, as SVG: -90 reads bottom to top).
     */
    public record Text(double x, double y, String text, double size, boolean bold, boolean italic, Anchor anchor,
            int color, double rotation) implements Shape {
    }

    /** Mutable builder used by the layouts. */
    public static final class Builder {
        private final double width;
        private final double height;
        private final List<Shape> shapes = new ArrayList<>();

        public Builder(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public Builder add(Shape s) {
            shapes.add(s);
            return this;
        }

        public Builder line(double x1, double y1, double x2, double y2, Style s) {
            return add(new Line(x1, y1, x2, y2, s));
        }

        public Builder rect(double x, double y, double w, double h, Style s) {
            return add(new Rect(x, y, w, h, s));
        }

        public Builder polygon(Style s, double... pts) {
            return add(new Polygon(pts, s));
        }

        public Builder polyline(Style s, double... pts) {
            return add(new Polyline(pts, s));
        }

        public Builder circle(double cx, double cy, double r, Style s) {
            return add(new Circle(cx, cy, r, s));
        }

        public Builder text(double x, double y, String t, double size, boolean bold, Anchor a, int color) {
            return add(new Text(x, y, t, size, bold, false, a, color, 0));
        }

        public Builder italic(double x, double y, String t, double size, Anchor a, int color) {
            return add(new Text(x, y, t, size, false, true, a, color, 0));
        }

        public Scene build() {
            return new Scene(width, height, shapes);
        }
    }

    /** The texts of the scene in drawing order (handy for tests and accessibility). */
    public List<String> texts() {
        List<String> t = new ArrayList<>();
        for (Shape s : shapes) {
            if (s instanceof Text x) {
                t.add(x.text());
            }
        }
        return t;
    }
}
