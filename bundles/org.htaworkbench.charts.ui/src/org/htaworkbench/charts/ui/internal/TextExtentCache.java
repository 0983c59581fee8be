package org.htaworkbench.charts.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text widths in pixels per font, text antialiasing mode and string, least recently used first out.
 * <p>
 * Why: at k = 1,000 the forest plot's layout measured ~5,000 strings with {@code GC.textExtent} on every paint event
 * (36 ms of the 153 ms paint), and drawing measured each END- or MIDDLE-anchored text again; Pango's
 * {@code pango_layout_get_pixel_size} was 40 % of the native paint time (charts.ui benchmark, RESULTS.md). After an
 * edit only a few strings are new, so kept across paints nearly every width is a hit.
 * <p>
 * The antialiasing mode is part of the key because the GC's font options (which {@code setTextAntialias} replaces)
 * can change hinting and therefore widths on some desktops: a width is only reused under the mode it was measured in.
 * The bound keeps one chart's cache to a few MB; it is larger than the distinct strings of a k = 10,000 forest plot
 * (~21,000), so that a re-layout after an edit does not evict what it needs next time.
 */
public final class TextExtentCache {

    /** Entries kept; see the class comment. */
    public static final int DEFAULT_CAPACITY = 1 << 15;

    private record Key(FontKey font, int antialias, String text) {
    }

    private final int capacity;
    private final Map<Key, Integer> widths;
    private long hits;
    private long misses;

    public TextExtentCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.widths = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Integer> eldest) {
                return size() > TextExtentCache.this.capacity;
            }
        };
    }

    /** The cached width, or -1. */
    public int get(FontKey font, int antialias, String text) {
        Integer w = widths.get(new Key(font, antialias, text));
        if (w == null) {
            misses++;
            return -1;
        }
        hits++;
        return w;
    }

    public void put(FontKey font, int antialias, String text, int width) {
        widths.put(new Key(font, antialias, text), width);
    }

    public int size() {
        return widths.size();
    }

    public int capacity() {
        return capacity;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    public void clear() {
        widths.clear();
    }
}
