package org.htaworkbench.charts.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;

/**
 * Fonts, colours, font metrics and text widths for {@link ScenePainter}s, kept from one paint to the next. A chart
 * keeps one for as long as it lives ({@link ChartPaintCache}); a painter without one makes its own for its lifetime.
 * <p>
 * Why across paints: measuring is what made painting the forest plot slow. At k = 1,000 the layout's ~5,000
 * {@code textExtent} calls took 36 ms per paint event and {@code getFontMetrics}, asked once per drawn text although
 * it is constant per font, was 24 % of the native paint time (charts.ui benchmark, RESULTS.md).
 * <p>
 * Use the widths and metrics only with GCs of one kind of drawable (the same widget, or images): Pango takes font
 * options from the target surface. Not thread-safe (the UI thread only).
 */
public final class PaintResources {

    /** More fonts than any one scene uses (at most 5 sizes and styles); past this, resizing has left stale ones. */
    static final int MAX_FONTS = 32;
    /** Likewise for colours (the palette has about 15). */
    static final int MAX_COLORS = 256;

    private final Device device;
    private final double dpi;
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<FontKey, Integer> ascents = new HashMap<>();
    private final TextExtentCache widths;
    private boolean disposed;

    public PaintResources(Device device) {
        this(device, TextExtentCache.DEFAULT_CAPACITY);
    }

    /** @param widthCapacity how many text widths to keep (least recently used out) */
    public PaintResources(Device device, int widthCapacity) {
        this.device = device;
        this.dpi = device.getDPI().y > 0 ? device.getDPI().y : 96;
        this.widths = new TextExtentCache(widthCapacity);
    }

    public Device device() {
        return device;
    }

    FontKey fontKey(double sizePx, boolean bold, boolean italic) {
        return FontKey.of(sizePx, dpi, bold, italic);
    }

    Font font(FontKey key) {
        checkNotDisposed();
        return fonts.computeIfAbsent(key, k -> {
            int style = (k.bold() ? SWT.BOLD : 0) | (k.italic() ? SWT.ITALIC : 0);
            FontData fd = new FontData(ScenePainter.FONT_FAMILY, 10, style);
            fd.height = k.points();
            return new Font(device, fd);
        });
    }

    Color color(int rgb) {
        checkNotDisposed();
        return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    /**
     * Width of {@code text} in {@code key}'s font as {@code gc.textExtent(text, SWT.DRAW_TRANSPARENT).x} gives it with
     * the GC's text antialiasing {@code antialias}; measured with {@code gc} only when not cached. May leave the GC's
     * font set to {@code key}'s.
     */
    int width(GC gc, FontKey key, int antialias, String text) {
        int w = widths.get(key, antialias, text);
        if (w < 0) {
            gc.setFont(font(key));
            w = gc.textExtent(text, SWT.DRAW_TRANSPARENT).x;
            widths.put(key, antialias, text, w);
        }
        return w;
    }

    /** Ascent plus leading of {@code key}'s font, from {@code gc.getFontMetrics()} the first time. */
    int ascent(GC gc, FontKey key) {
        Integer a = ascents.get(key);
        if (a == null) {
            gc.setFont(font(key));
            FontMetrics fm = gc.getFontMetrics();
            a = fm.getAscent() + fm.getLeading();
            ascents.put(key, a);
        }
        return a;
    }

    /**
     * Disposes the fonts (or colours) when more have piled up than a scene uses, e.g. after many resizes that changed
     * the forest plot's font size. Call between paints only: a GC may still hold a font of the current paint.
     */
    public void trim() {
        if (fonts.size() > MAX_FONTS) {
            fonts.values().forEach(Font::dispose);
            fonts.clear();
            ascents.clear();
        }
        if (colors.size() > MAX_COLORS) {
            colors.values().forEach(Color::dispose);
            colors.clear();
        }
    }

    /** The text width cache (for tests and diagnostics). */
    public TextExtentCache widths() {
        return widths;
    }

    public int fontCount() {
        return fonts.size();
    }

    public boolean isDisposed() {
        return disposed;
    }

    public void dispose() {
        fonts.values().forEach(Font::dispose);
        colors.values().forEach(Color::dispose);
        fonts.clear();
        colors.clear();
        ascents.clear();
        widths.clear();
        disposed = true;
    }

    private void checkNotDisposed() {
        if (disposed) {
            throw new IllegalStateException("paint resources disposed");
        }
    }
}
