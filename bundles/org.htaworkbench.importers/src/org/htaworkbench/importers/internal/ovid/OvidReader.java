package org.htaworkbench.importers.internal.ovid;

import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextInput;
import org.htaworkbench.importers.internal.text.RecordBudget;

/**
 * One reading of an Ovid export: a record runs from its {@code <n>} line to the next. What comes before the first
 * record (the {@code Database:} line, the search strategy) is the file's header. A record's first line decides its
 * layout: a short tag ({@code UI  - }) means the compact variant, anything else the long-label one.
 */
final class OvidReader {

    private static final String DATABASE_HEADER = "Database:";

    private final TextInput in;
    private final ImportSink sink;
    private String pushedBack;
    private int pushedBackLine;
    private int lineNumber;
    private OvidRecord current;
    private int records;
    private FieldValue headerDatabase;
    private boolean warnedValueWithoutLabel;

    OvidReader(TextInput in, ImportSink sink) {
        this.in = in;
        this.sink = sink;
    }

    void run() throws ImportException {
        if (sink.isCancelled()) {
            return;
        }
        String line;
        while ((line = next()) != null) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // a second BOM where exports were concatenated
            }
            if (OvidLabels.RECORD_START.matcher(line).matches()) {
                if (!finish() || sink.isCancelled()) {
                    return;
                }
                records++;
                current = new OvidRecord(records, position(records));
                warnedValueWithoutLabel = false;
            } else if (current == null) {
                header(line);
            } else if (!current.oversized() && !line.isBlank()) {
                recordLine(line);
            }
        }
        finish();
    }

    private void header(String line) {
        if (headerDatabase == null && line.startsWith(DATABASE_HEADER)) {
            String name = line.substring(DATABASE_HEADER.length()).strip();
            if (!name.isEmpty()) {
                headerDatabase = new FieldValue("Database", name, position(0));
            }
        }
    }

    private void recordLine(String line) throws ImportException {
        OvidLabels.TagLine tagLine = OvidLabels.tagLine(line);
        if (current.layout() == OvidRecord.Layout.UNKNOWN) {
            current.layout(tagLine != null ? OvidRecord.Layout.TAGS : OvidRecord.Layout.LABELS);
        }
        if (current.layout() == OvidRecord.Layout.TAGS) {
            tagged(line, tagLine);
        } else {
            labelled(line);
        }
    }

    /** The compact variant: a tag line starts a field, any other line continues the one before. */
    private void tagged(String line, OvidLabels.TagLine tagLine) {
        Position at = position(current.number());
        if (tagLine != null) {
            if (current.addField(tagLine.tag(), tagLine.tag(), at) || current.startValue(tagLine.value(), at)) {
                tooLarge(tagLine.tag());
            }
        } else {
            String tag = current.last().tag(); // the record is dropped when it overflows
            if (current.continueWith(line, at)) {
                tooLarge(tag);
            }
        }
    }

    /**
     * The long variant: an unindented line is a label when it is a known one, or looks like one and an indented
     * value follows; otherwise it continues the value before (an abstract wrapped without indentation).
     */
    private void labelled(String line) throws ImportException {
        Position at = position(current.number());
        OvidField field = current.last();
        boolean overflow;
        if (Character.isWhitespace(line.charAt(0))) {
            if (field == null) {
                if (!warnedValueWithoutLabel) {
                    sink.problem(ImportProblem.warning(at, null, "an indented value before any field label in record "
                            + current.number() + "; it is ignored"));
                    warnedValueWithoutLabel = true;
                }
                return;
            }
            overflow = OvidLabels.isListField(field.shortTag()) || field.values().isEmpty()
                    ? current.startValue(line, at) : current.continueWith(line, at);
        } else if (field == null || isLabel(line)) {
            String label = line.strip();
            overflow = current.addField(label, OvidLabels.shortTagOf(label), at);
        } else {
            overflow = current.continueWith(line, at);
        }
        if (overflow) {
            tooLarge(field == null ? null : field.tag());
        }
    }

    private boolean isLabel(String line) throws ImportException {
        if (OvidLabels.isKnownLabel(line)) {
            return true;
        }
        if (!OvidLabels.looksLikeLabel(line)) {
            return false;
        }
        String following = peek();
        return following != null && !following.isBlank() && Character.isWhitespace(following.charAt(0));
    }

    /** Emits the current record (unless it was skipped); false when the import was cancelled. */
    private boolean finish() {
        OvidRecord r = current;
        current = null;
        if (r == null) {
            return true;
        }
        if (!r.oversized()) {
            ImportedRecord record;
            try {
                record = OvidMapping.toRecord(r, headerDatabase, sink);
            } catch (RuntimeException e) {
                sink.problem(ImportProblem.skipped(r.position(), null, "record " + r.number()
                        + " could not be read: " + e));
                return !sink.isCancelled();
            }
            sink.record(record);
        }
        return !sink.isCancelled();
    }

    private void tooLarge(String tag) {
        sink.problem(ImportProblem.skipped(position(current.number()), tag, "record " + current.number()
                + " (from line " + current.position().line() + ") is larger than " + RecordBudget.MAX_CHARS
                + " characters; it is skipped up to the next record"));
    }

    private Position position(int record) {
        return Position.line(in.fileName(), lineNumber, record);
    }

    /** The next line; its number is then {@link #lineNumber}. */
    private String next() throws ImportException {
        if (pushedBack != null) {
            String line = pushedBack;
            lineNumber = pushedBackLine;
            pushedBack = null;
            return line;
        }
        String line = in.readLine();
        lineNumber = in.lineNumber();
        return line;
    }

    /** The line after the current one, without moving past it. */
    private String peek() throws ImportException {
        if (pushedBack == null) {
            int here = lineNumber;
            pushedBack = in.readLine();
            pushedBackLine = in.lineNumber();
            lineNumber = here;
        }
        return pushedBack;
    }
}
