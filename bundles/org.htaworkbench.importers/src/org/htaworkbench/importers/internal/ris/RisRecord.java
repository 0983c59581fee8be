package org.htaworkbench.importers.internal.ris;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.importers.Position;

/**
 * The fields of one RIS record while it is read, with a bound on its size: a file that never ends its record (no
 * {@code ER}) must not make the reader hold gigabytes, so a record past {@link #MAX_CHARS} is given up.
 */
final class RisRecord {

    /** Largest record kept (characters, counting a small overhead per field): far beyond any real reference. */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    private static final int FIELD_OVERHEAD = 32;

    private final int number;
    private final Position position;
    private final List<RisField> fields = new ArrayList<>();
    private long size;
    private boolean oversized;

    RisRecord(int number, Position position) {
        this.number = number;
        this.position = position;
    }

    /** 1-based number of the record in the file. */
    int number() {
        return number;
    }

    /** Where the record starts. */
    Position position() {
        return position;
    }

    List<RisField> fields() {
        return fields;
    }

    /** Whether the record grew past {@link #MAX_CHARS} and is being skipped. */
    boolean oversized() {
        return oversized;
    }

    /**
     * Adds a field, unless the record is being skipped; true when this field makes the record too large (it is then
     * skipped, and its later lines are ignored).
     */
    boolean add(String tag, String value, Position at) {
        if (oversized) {
            return false;
        }
        if (overflows(value.length() + FIELD_OVERHEAD)) {
            return true;
        }
        fields.add(new RisField(tag, value, at));
        return false;
    }

    /** Appends a continuation line to the last field; true when this makes the record too large. */
    boolean continueWith(String line) {
        if (oversized) {
            return false;
        }
        if (overflows(line.length() * 2L + 2)) {
            return true;
        }
        fields.get(fields.size() - 1).continueWith(line);
        return false;
    }

    /** The tag the next continuation line belongs to. */
    String lastTag() {
        return fields.isEmpty() ? null : fields.get(fields.size() - 1).tag();
    }

    private boolean overflows(long chars) {
        size += chars;
        if (size > MAX_CHARS) {
            oversized = true;
            fields.clear();
            return true;
        }
        return false;
    }
}
