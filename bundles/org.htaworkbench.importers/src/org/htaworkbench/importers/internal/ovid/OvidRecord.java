package org.htaworkbench.importers.internal.ovid;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.internal.text.RecordBudget;

/**
 * The fields of one Ovid record while it is read, with a bound on its size: a file with a record start and then
 * gigabytes without another must not make the reader hold them, so a record past {@link RecordBudget#MAX_CHARS} is given up.
 */
final class OvidRecord {

    /** Largest record kept (characters, counting a small overhead per value): far beyond any real reference. */
    private static final int OVERHEAD = 32;

    /** Which of Ovid's two layouts the record is in, decided by its first line. */
    enum Layout {
        UNKNOWN,
        /** Long labels on lines of their own, values indented below. */
        LABELS,
        /** Short tags at the start of the line: {@code TI  - ...}. */
        TAGS
    }

    private final int number;
    private final Position position;
    private final List<OvidField> fields = new ArrayList<>();
    private Layout layout = Layout.UNKNOWN;
    private final RecordBudget budget = new RecordBudget();

    OvidRecord(int number, Position position) {
        this.number = number;
        this.position = position;
    }

    int number() {
        return number;
    }

    /** Where the record's {@code <n>} line is. */
    Position position() {
        return position;
    }

    List<OvidField> fields() {
        return fields;
    }

    Layout layout() {
        return layout;
    }

    void layout(Layout newLayout) {
        layout = newLayout;
    }

    boolean oversized() {
        return budget.exceeded();
    }

    /** The field the next value or continuation belongs to, or null before the first. */
    OvidField last() {
        return fields.isEmpty() ? null : fields.get(fields.size() - 1);
    }

    /** Adds a field; true when this makes the record too large (it is then skipped, and later lines ignored). */
    boolean addField(String tag, String shortTag, Position at) {
        return budget.spend(tag.length() + OVERHEAD, () -> fields.add(new OvidField(tag, shortTag, at)), fields::clear);
    }

    /** Starts a value of the last field; true when this makes the record too large. */
    boolean startValue(String line, Position at) {
        return budget.spend(line.length() * 2L + OVERHEAD, () -> last().startValue(line, at), fields::clear);
    }

    /** Continues the last value of the last field; true when this makes the record too large. */
    boolean continueWith(String line, Position at) {
        return budget.spend(line.length() * 2L + 2, () -> last().continueWith(line, at), fields::clear);
    }
}
