package org.htaworkbench.importers.internal.ris;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextInput;
import org.htaworkbench.importers.internal.text.RecordBudget;

/**
 * One reading of a RIS file: a record runs from TY to ER. Lines outside a record that are not tag lines (the Cochrane
 * Library's {@code Record #1 of 86}, {@code Provider: ...}, {@code Content: ...}, blank lines) are passed over
 * silently; inside a record they continue the previous field.
 */
final class RisReader {

    /** The Cochrane Library's line before each record: inside a record it means the record lacked its ER. */
    static final Pattern COCHRANE_RECORD_HEADER = Pattern.compile("Record #\\d+ of \\d+\\s*");
    /** The Cochrane Library's line naming the database the next record is from ({@code Content:Central}). */
    private static final Pattern COCHRANE_CONTENT = Pattern.compile("Content:\\s*(\\S.*?)\\s*");

    private final TextInput in;
    private final ImportSink sink;
    private RisRecord current;
    private int records;
    /** The last Cochrane {@code Content:} line outside a record; it belongs to the next record. */
    private FieldValue content;

    RisReader(TextInput in, ImportSink sink) {
        this.in = in;
        this.sink = sink;
    }

    void run() throws ImportException {
        if (sink.isCancelled()) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // a second BOM where exports were concatenated
            }
            RisTagLine tagLine = RisTagLine.parse(line);
            boolean goOn = tagLine != null ? tag(tagLine) : untagged(line);
            if (!goOn) {
                return;
            }
        }
        if (current != null) {
            missingEr(Position.line(in.fileName(), in.lineNumber(), current.number()),
                    "the file ends inside record " + current.number()
                            + " (no ER line); the record is imported as read");
            finish();
        }
    }

    /** Handles a tag line; false when the import was cancelled. */
    private boolean tag(RisTagLine t) {
        String tag = t.tag();
        if (tag.equals("TY")) {
            if (current != null) {
                missingEr(in.position(current.number()), "record " + current.number()
                        + " has no ER line before this TY; it is imported as read");
                if (!finish()) {
                    return false;
                }
            }
            return start(t);
        }
        if (tag.equals("ER")) {
            if (current == null) {
                sink.problem(ImportProblem.warning(in.position(records), tag,
                        "ER without a record before it; ignored"));
                return true;
            }
            return finish();
        }
        if (current == null) {
            sink.problem(ImportProblem.warning(in.position(records + 1), tag, "tag " + tag
                    + " comes before a TY line; a record without a reference type is started here"));
            return start(t);
        }
        if (current.add(tag, t.value(), in.position(current.number()))) {
            tooLarge(tag);
        }
        return true;
    }

    /** Handles a line without a tag; false when the import was cancelled. */
    private boolean untagged(String line) {
        if (current == null) {
            Matcher c = COCHRANE_CONTENT.matcher(line);
            if (c.matches()) {
                content = new FieldValue("Content", c.group(1), in.position(records + 1));
            }
            return true;
        }
        if (line.isBlank()) {
            return true;
        }
        if (COCHRANE_RECORD_HEADER.matcher(line).matches()) {
            missingEr(in.position(current.number()), "record " + current.number()
                    + " has no ER line before this Cochrane Library record header; it is imported as read");
            return finish();
        }
        String tag = current.lastTag();
        if (current.continueWith(line)) {
            tooLarge(tag);
        }
        return true;
    }

    private boolean start(RisTagLine t) {
        if (sink.isCancelled()) {
            return false;
        }
        records++;
        Position at = in.position(records);
        current = new RisRecord(records, at);
        if (current.add(t.tag(), t.value(), at)) {
            tooLarge(t.tag());
        }
        return true;
    }

    /** Emits the current record (unless it was skipped); false when the import was cancelled. */
    private boolean finish() {
        RisRecord r = current;
        current = null;
        FieldValue header = content;
        content = null;
        if (!r.oversized()) {
            ImportedRecord record;
            try {
                record = RisMapping.toRecord(r, header, sink);
            } catch (RuntimeException e) {
                sink.problem(ImportProblem.skipped(r.position(), null, "record " + r.number()
                        + " could not be read: " + e));
                return !sink.isCancelled();
            }
            sink.record(record);
        }
        return !sink.isCancelled();
    }

    /** Reports that the current record outgrew the limit; its later lines are ignored up to its end. */
    private void tooLarge(String tag) {
        sink.problem(ImportProblem.skipped(in.position(current.number()), tag, "record " + current.number()
                + " (from line " + current.position().line() + ") is larger than " + RecordBudget.MAX_CHARS
                + " characters; it is skipped up to its ER line"));
    }

    /** Warns that the current record lacked its ER (a record being skipped was already reported). */
    private void missingEr(Position at, String message) {
        if (!current.oversized()) {
            sink.problem(ImportProblem.warning(at, "ER", message));
        }
    }
}
