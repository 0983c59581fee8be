package org.htaworkbench.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes charts as standalone SVG 1.1. SWTChart 1.1.0 in the target platform has no SVG export
 * ({@code org.eclipse.swtchart.extensions} only has bitmap clipboard support; SVG export lives in a separate
 * SWTChart export bundle that needs Batik, which is not in the target platform), so the SVG is written here, in
 * pure Java, from the same {@link Scene} the SWT layer paints. Text is measured with {@link TextMetrics#APPROXIMATE} (Arial/Helvetica
 * widths) unless metrics are given.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    public static String toSvg(ChartSpec spec, double width, double height) {
        return toSvg(ChartLayouts.layout(spec, width, height, TextMetrics.APPROXIMATE));
    }

    public static void write(ChartSpec spec, double width, double height, Path file) throws IOException {
        Files.writeString(file, toSvg(spec, width, height), StandardCharsets.UTF_8);
    }

    public static String toSvg(Scene scene) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(scene.width()))
                .append("\" height=\"").append(n(scene.height())).append("\" viewBox=\"0 0 ").append(n(scene.width()))
                .append(' ').append(n(scene.height())).append("\" font-family=\"Arial, Helvetica, sans-serif\">\n");
        for (Scene.Shape s : scene.shapes()) {
            switch (s) {
                case Scene.Line l -> b.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1()))
                        .append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append('"')
                        .append(style(l.style(), false)).append("/>\n");
                case Scene.Rect r -> b.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                        .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h())).append('"')
                        .append(style(r.style(), true)).append("/>\n");
                case Scene.Polygon p -> b.append("<polygon points=\"").append(points(p.points())).append('"')
                        .append(style(p.style(), true)).append("/>\n");
                case Scene.Polyline p -> b.append("<polyline points=\"").append(points(p.points())).append('"')
                        .append(style(p.style(), false)).append("/>\n");
                case Scene.Circle c -> b.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"")
                        .append(n(c.cy())).append("\" r=\"").append(n(c.r())).append('"')
                        .append(style(c.style(), true)).append("/>\n");
                case Scene.Text t -> {
                    b.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                            .append("\" font-size=\"").append(n(t.size())).append('"');
                    if (t.bold()) {
                        b.append(" font-weight=\"bold\"");
                    }
                    if (t.italic()) {
                        b.append(" font-style=\"italic\"");
                    }
                    if (t.anchor() != Scene.Anchor.START) {
                        b.append(" text-anchor=\"").append(t.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end")
                                .append('"');
                    }
                    if (t.rotation() != 0) {
                        b.append(" transform=\"rotate(").append(n(t.rotation())).append(' ').append(n(t.x()))
                                .append(' ').append(n(t.y())).append(")\"");
                    }
                    b.append(" fill=\"").append(color(t.color())).append("\" xml:space=\"preserve\">")
                            .append(escape(t.text())).append("</text>\n");
                }
            }
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static String style(Scene.Style s, boolean closed) {
        StringBuilder b = new StringBuilder();
        b.append(" fill=\"").append(closed && s.fill() != Scene.NONE ? color(s.fill()) : "none").append('"');
        if (closed && s.fill() != Scene.NONE && s.fillOpacity() < 1) {
            b.append(" fill-opacity=\"").append(n(s.fillOpacity())).append('"');
        }
        if (s.stroke() != Scene.NONE && s.strokeWidth() > 0) {
            b.append(" stroke=\"").append(color(s.stroke())).append("\" stroke-width=\"").append(n(s.strokeWidth()))
                    .append('"');
            if (s.dashed()) {
                b.append(" stroke-dasharray=\"4 3\"");
            }
        }
        return b.toString();
    }

    private static String points(double[] p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < p.length; i += 2) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(n(p[i])).append(',').append(n(p[i + 1]));
        }
        return b.toString();
    }

    static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    static String n(double v) {
        if (Math.rint(v) == v && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
