package org.htaworkbench.charts.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.TextMetrics;

/**
 * Paints a {@link Scene} with an SWT {@link GC}, and measures text with the same fonts. Create one per paint
 * (or per image) and {@link #dispose()} it afterwards. Fonts, colours, font metrics and text widths come from
 * {@link PaintResources}: either shared ones that outlive the painter (a chart's, kept across paints) or, with
 * {@link #ScenePainter(GC)}, the painter's own, disposed with it.
 * <p>
 * {@link #paint} draws only the shapes that can reach the GC's clipping area (see {@link Culling}).
 */
public final class ScenePainter implements TextMetrics, AutoCloseable {

    /** Pango family list: Liberation Sans is metric-compatible with Arial (used for SVG widths). */
    public static final String FONT_FAMILY = "Liberation Sans,Arial,Helvetica,Sans";

    /** Text antialiasing not read from the GC yet. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final Device device;
    private final GC gc;
    private final PaintResources resources;
    private final boolean ownsResources;
    /** The GC's text antialiasing as widths are measured now (part of the width cache's key). */
    private int textAntialias = UNKNOWN;
    private int drawn;
    private int culled;

    /** A painter with its own fonts, colours and text width cache, disposed with it. */
    public ScenePainter(GC gc) {
        this(gc, new PaintResources(gc.getDevice()), true);
    }

    /** A painter using (and not disposing) {@code resources}, which must belong to the GC's device. */
    public ScenePainter(GC gc, PaintResources resources) {
        this(gc, resources, false);
        if (resources.device() != gc.getDevice()) {
            throw new IllegalArgumentException("the resources belong to another device");
        }
    }

    private ScenePainter(GC gc, PaintResources resources, boolean owns) {
        this.gc = gc;
        this.device = gc.getDevice();
        this.resources = resources;
        this.ownsResources = owns;
    }

    @Override
    public double width(String text, double size, boolean bold) {
        return resources.width(gc, resources.fontKey(size, bold, false), textAntialias(), text);
    }

    private int textAntialias() {
        if (textAntialias == UNKNOWN) {
            textAntialias = gc.getTextAntialias();
        }
        return textAntialias;
    }

    /** Paints the scene with its origin at (dx, dy). */
    public void paint(Scene scene, int dx, int dy) {
        Rectangle clip = gc.getClipping();
        double cx0 = clip.x - dx, cy0 = clip.y - dy, cx1 = cx0 + clip.width, cy1 = cy0 + clip.height;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        textAntialias = SWT.ON;
        gc.setAdvanced(true);
        for (Scene.Shape s : scene.shapes()) {
            // every shape sets the GC state it draws with, so skipping one does not change how the next is drawn
            if (!Culling.meets(s, cx0, cy0, cx1, cy1)) {
                culled++;
                continue;
            }
            drawn++;
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

    /** Shapes drawn by {@link #paint} so far (those that met the clipping area). */
    public int drawnShapes() {
        return drawn;
    }

    /** Shapes {@link #paint} skipped so far because they lie outside the clipping area. */
    public int culledShapes() {
        return culled;
    }

    private void text(Scene.Text t, int dx, int dy) {
        FontKey font = resources.fontKey(t.size(), t.bold(), t.italic());
        gc.setAlpha(255);
        gc.setFont(resources.font(font));
        gc.setForeground(color(t.color()));
        // FontMetrics is constant per font, and START-anchored text needs no width: at k = 1,000 getFontMetrics was
        // 24 % and the extents 40 % of the native paint time (charts.ui benchmark, RESULTS.md)
        int ascent = resources.ascent(gc, font);
        double ox = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -resources.width(gc, font, textAntialias(), t.text()) / 2.0;
            case END -> -resources.width(gc, font, textAntialias(), t.text());
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

    private Color color(int rgb) {
        return resources.color(rgb);
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

    /** Disposes the painter's own resources; shared ones stay for the next painter. */
    public void dispose() {
        if (ownsResources && !resources.isDisposed()) {
            resources.dispose();
        }
    }

    @Override
    public void close() {
        dispose();
    }
}
