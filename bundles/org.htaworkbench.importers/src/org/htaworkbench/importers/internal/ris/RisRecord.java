package org.htaworkbench.importers.internal.ris;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.internal.text.RecordBudget;

/** The fields of one RIS record while it is read, within a {@link RecordBudget}. */
final class RisRecord {

    private static final int FIELD_OVERHEAD = 32;

    private final int number;
    private final Position position;
    private final List<RisField> fields = new ArrayList<>();
    private final RecordBudget budget = new RecordBudget();

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

    /** Whether the record grew past its budget and is being skipped. */
    boolean oversized() {
        return budget.exceeded();
    }

    /**
     * Adds a field, unless the record is being skipped; true when this field makes the record too large (it is then
     * skipped, and its later lines are ignored).
     */
    boolean add(String tag, String value, Position at) {
        return budget.spend(value.length() + FIELD_OVERHEAD, () -> fields.add(new RisField(tag, value, at)),
                fields::clear);
    }

    /** Appends a continuation line to the last field; true when this makes the record too large. */
    boolean continueWith(String line) {
        return budget.spend(line.length() * 2L + 2, () -> fields.get(fields.size() - 1).continueWith(line),
                fields::clear);
    }

    /** The tag the next continuation line belongs to. */
    String lastTag() {
        return fields.isEmpty() ? null : fields.get(fields.size() - 1).tag();
    }
}
