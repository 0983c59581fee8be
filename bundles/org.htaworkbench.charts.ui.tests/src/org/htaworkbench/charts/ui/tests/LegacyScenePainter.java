package org.htaworkbench.charts.ui.tests;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.TextMetrics;

/**
 * The scene painter as it was before the paint caches and culling (unchanged from c67ad89 to fc4f07e), kept as the
 * reference that the new one must match pixel for pixel: it measures every string with the GC on every call and draws
 * every shape.
 */
final class LegacyScenePainter implements TextMetrics, AutoCloseable {

    static final String FONT_FAMILY = "Liberation Sans,Arial,Helvetica,Sans";

    private final Device device;
    private final GC gc;
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<Integer, Color> colors = new HashMap<>();
    private final double dpi;

    LegacyScenePainter(GC gc) {
        this.gc = gc;
        this.device = gc.getDevice();
        this.dpi = device.getDPI().y > 0 ? device.getDPI().y : 96;
    }

    private Font font(double sizePx, boolean bold, boolean italic) {
        String key = Math.round(sizePx * 10) + (bold ? "b" : "") + (italic ? "i" : "");
        return fonts.computeIfAbsent(key, k -> {
            float pt = (float) (sizePx * 72 / dpi);
            int style = (bold ? SWT.BOLD : 0) | (italic ? SWT.ITALIC : 0);
            org.eclipse.swt.graphics.FontData fd = new org.eclipse.swt.graphics.FontData(FONT_FAMILY, 10, style);
            fd.height = pt;
            return new Font(device, fd);
        });
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    @Override
    public double width(String text, double size, boolean bold) {
        gc.setFont(font(size, bold, false));
        return gc.textExtent(text, SWT.DRAW_TRANSPARENT).x;
    }

    /** Paints the scene with its origin at (dx, dy). */
    void paint(Scene scene, int dx, int dy) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setAdvanced(true);
        for (Scene.Shape s : scene.shapes()) {
            switch (s) {
                case Scene.Line l -> {
                    if (stroke(l.style())) {
                        gc.drawLine(r(l.x1() + dx), r(l.y1() + dy), r(l.x2() + dx), r(l.y2() + dy));
                    }
                }
                case Scene.Rect re -> {
                    if (fill(re.style())) {
                        gc.fillRectangle(r(re.x() + dx), r(re.y() + dy), Math.max(1, r(re.w())), Math.max(1, r(re.h())));
                    }
                    if (stroke(re.style())) {
                        gc.drawRectangle(r(re.x() + dx), r(re.y() + dy), r(re.w()), r(re.h()));
                    }
                }
                case Scene.Polygon p -> {
                    int[] pts = ints(p.points(), dx, dy);
                    if (fill(p.style())) {
                        gc.fillPolygon(pts);
                    }
                    if (stroke(p.style())) {
                        gc.drawPolygon(pts);
                    }
                }
                case Scene.Polyline p -> {
                    if (stroke(p.style())) {
                        gc.drawPolyline(ints(p.points(), dx, dy));
                    }
                }
                case Scene.Circle c -> {
                    int x = r(c.cx() - c.r() + dx), y = r(c.cy() - c.r() + dy), d = Math.max(1, r(2 * c.r()));
                    if (fill(c.style())) {
                        gc.fillOval(x, y, d, d);
                    }
                    if (stroke(c.style())) {
                        gc.drawOval(x, y, d, d);
                    }
                }
                case Scene.Text t -> text(t, dx, dy);
            }
        }
        gc.setAlpha(255);
    }

    private void text(Scene.Text t, int dx, int dy) {
        gc.setAlpha(255);
        gc.setFont(font(t.size(), t.bold(), t.italic()));
        gc.setForeground(color(t.color()));
        Point ext = gc.textExtent(t.text(), SWT.DRAW_TRANSPARENT);
        FontMetrics fm = gc.getFontMetrics();
        int ascent = fm.getAscent() + fm.getLeading();
        double ox = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -ext.x / 2.0;
            case END -> -ext.x;
        };
        if (t.rotation() == 0) {
            gc.drawText(t.text(), r(t.x() + ox + dx), r(t.y() - ascent + dy), true);
            return;
        }
        Transform tr = new Transform(device);
        try {
            tr.translate((float) (t.x() + dx), (float) (t.y() + dy));
            tr.rotate((float) t.rotation());
            gc.setTransform(tr);
            gc.drawText(t.text(), r(ox), -ascent, true);
        } finally {
            gc.setTransform(null);
            tr.dispose();
        }
    }

    private boolean stroke(Scene.Style s) {
        if (s.stroke() == Scene.NONE || s.strokeWidth() <= 0) {
            return false;
        }
        gc.setAlpha(255);
        gc.setForeground(color(s.stroke()));
        LineAttributes la = new LineAttributes((float) s.strokeWidth());
        if (s.dashed()) {
            la.style = SWT.LINE_CUSTOM;
            la.dash = new float[] {4, 3};
        }
        gc.setLineAttributes(la);
        return true;
    }

    private boolean fill(Scene.Style s) {
        if (s.fill() == Scene.NONE) {
            return false;
        }
        gc.setBackground(color(s.fill()));
        gc.setAlpha((int) Math.round(255 * Math.max(0, Math.min(1, s.fillOpacity()))));
        return true;
    }

    private static int[] ints(double[] p, int dx, int dy) {
        int[] r = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = (int) Math.round(p[i] + (i % 2 == 0 ? dx : dy));
        }
        return r;
    }

    private static int r(double v) {
        return (int) Math.round(v);
    }

    void dispose() {
        fonts.values().forEach(Font::dispose);
        colors.values().forEach(Color::dispose);
        fonts.clear();
        colors.clear();
    }

    @Override
    public void close() {
        dispose();
    }
}
