package org.htaworkbench.importers.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.TextInput;

/**
 * The text Tablesaw reads for {@link CsvRecordsFormat}. Tablesaw returns a table and nothing about where its rows
 * were, and it drops (or fails on) every row whose number of cells differs from the header's. So the file is read
 * twice through this class, which follows the quoting rules of Tablesaw's parser (a quote opens a cell only at its
 * start, {@code ""} inside quotes is a quote, a closing quote followed by other text makes the rest of the cell
 * plain text):
 * <ol>
 * <li>{@link #measure} finds the separator, the widest record and the records that cannot be handed on (wider than
 * {@link #MAX_COLUMNS} cells, longer than {@link #MAX_RECORD_CHARS}, or with a quote left open to the end of the
 * file);</li>
 * <li>{@link #feeding} hands Tablesaw a synthetic header ({@code line,c1,c2,...}), then every record with its first
 * physical line as an extra first cell and padded with separators to the widest record; blank lines and the records
 * found unfit are left out, and line ends are {@code \n}.</li>
 * </ol>
 * Every row Tablesaw returns then names its line, and a row it dropped anyway (had the two ever split a record
 * differently) shows as a line missing among the records this reader handed on ({@link #handedOn}).
 */
final class LineMarkingReader extends Reader {

    /** Widest record accepted: a bibliographic export has some 20 to 70 columns. */
    static final int MAX_COLUMNS = 1000;
    /** Longest record accepted, in characters (a record with a long abstract has some 5,000). */
    static final int MAX_RECORD_CHARS = 1024 * 1024;

    /** Where the record was in the file and how many cells it had. */
    record Record(int line, int cells) {
    }

    /**
     * What the measuring pass found.
     *
     * @param separator the cell separator
     * @param separatorLine the line of Excel's {@code sep=;} hint, which is not a record; 0 when there is none
     * @param width cells of the widest record handed on (the header included)
     * @param headerLine line of the first record, the header; 0 when the file has no record
     * @param unfit records that are not handed on: start line to the reason
     */
    record Shape(char separator, int separatorLine, int width, int headerLine, Map<Integer, String> unfit) {
    }

    private enum State {
        /** Between records: blank lines and leading white space. */
        OUTSIDE, FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE
    }

    private static final char QUOTE = '"';

    private final TextInput in;
    private final boolean measuring;
    private final BooleanSupplier cancelled;
    private char separator;
    private boolean separatorDecided;
    private int separatorLine;
    private final int width;
    private final Map<Integer, String> unfit;

    private State state = State.OUTSIDE;
    private int line;
    private int recordLine;
    private int cells;
    private long recordChars;
    private boolean dropping;

    private int widest;
    private int headerLine;
    private int quoteLine;

    private final StringBuilder out = new StringBuilder(8 * 1024);
    private int outPos;
    private boolean eof;
    private ImportException failure;
    private int[] handedLines = new int[1024];
    private int[] handedCells = new int[1024];
    private int handed;

    private LineMarkingReader(TextInput in, boolean measuring, Character separator, int separatorLine, int width,
            Map<Integer, String> unfit, BooleanSupplier cancelled) {
        this.in = in;
        this.measuring = measuring;
        this.separator = separator == null ? ',' : separator;
        this.separatorDecided = separator != null;
        this.separatorLine = separatorLine;
        this.width = width;
        this.unfit = unfit;
        this.cancelled = cancelled;
    }

    /**
     * Reads the whole text once to find its shape.
     *
     * @param separator the separator when the file's name tells it ({@code .tsv}), else null to take it from the
     *        first line
     */
    static Shape measure(TextInput in, Character separator) throws ImportException {
        LineMarkingReader r = new LineMarkingReader(in, true, separator, 0, 0, new LinkedHashMap<>(), () -> false);
        while (r.pull()) {
            r.out.setLength(0);
        }
        return new Shape(r.separator, r.separatorLine, r.widest, r.headerLine, Map.copyOf(r.unfit));
    }

    /** The text for Tablesaw, shaped as measured; reading stops early (end of text) when {@code cancelled}. */
    static LineMarkingReader feeding(TextInput in, Shape shape, BooleanSupplier cancelled) {
        LineMarkingReader r = new LineMarkingReader(in, false, shape.separator(), shape.separatorLine(), shape.width(),
                shape.unfit(), cancelled);
        r.out.append("line");
        for (int i = 1; i <= shape.width(); i++) {
            r.out.append(shape.separator()).append('c').append(i);
        }
        r.out.append('\n');
        return r;
    }

    /** The records handed on, in file order (the header first). */
    synchronized Record[] handedOn() {
        Record[] records = new Record[handed];
        for (int i = 0; i < handed; i++) {
            records[i] = new Record(handedLines[i], handedCells[i]);
        }
        return records;
    }

    /** The line being read, for a message when Tablesaw fails. */
    synchronized int currentLine() {
        return line;
    }

    /**
     * Why the text could not be read to its end, or null. Tablesaw's parser reads on a thread of its own and, now
     * and then, takes a failure of its reader for the end of the text; so this is asked after it returns.
     */
    synchronized ImportException failure() {
        return failure;
    }

    /** Whether the whole text was handed on (or reading stopped because the import was cancelled). */
    synchronized boolean finished() {
        return eof;
    }

    // synchronized: Tablesaw's parser calls this on its own thread, the import asks the results on its thread
    @Override
    public synchronized int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (failure != null) {
            throw new Failure(failure);
        }
        while (outPos == out.length()) {
            out.setLength(0);
            outPos = 0;
            try {
                if (!pull()) {
                    return -1;
                }
            } catch (ImportException e) {
                failure = e;
                throw new Failure(e);
            }
        }
        int n = Math.min(length, out.length() - outPos);
        out.getChars(outPos, outPos + n, buffer, offset);
        outPos += n;
        return n;
    }

    /** The reader's text is owned by the caller's {@link TextInput}, which closes it. */
    @Override
    public void close() {
        // nothing of its own to release
    }

    /** An {@link ImportException} from the text below, passed through Tablesaw as the I/O error it must be. */
    static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        Failure(ImportException cause) {
            super(cause.getMessage(), cause);
        }

        ImportException importException() {
            return (ImportException) getCause();
        }
    }

    /** Processes the next line; false at the end of the text. */
    private boolean pull() throws ImportException {
        if (eof) {
            return false;
        }
        String text = cancelled.getAsBoolean() ? null : in.readLine();
        if (text == null) {
            finish();
            eof = true;
            return out.length() > 0;
        }
        line = in.lineNumber();
        if (!separatorDecided && state == State.OUTSIDE && !text.isBlank()) {
            decideSeparator(text);
        }
        for (int i = 0; i < text.length(); i++) {
            step(text.charAt(i));
        }
        step('\n');
        return true;
    }

    private void decideSeparator(String first) {
        separatorDecided = true;
        Character hint = separatorHint(first);
        if (hint != null) {
            separator = hint;
            separatorLine = line;
        } else {
            separator = separatorOf(first);
        }
    }

    /** The separator Excel's {@code sep=;} line names (that line is no header), or null for any other line. */
    static Character separatorHint(String line) {
        String s = line.stripLeading();
        if (s.length() < 5 || !s.regionMatches(true, 0, "sep=", 0, 4) || !s.substring(5).isBlank()) {
            return null;
        }
        char c = s.charAt(4);
        return ",;\t|".indexOf(c) >= 0 ? c : null;
    }

    /**
     * The commonest of comma, semicolon and tab outside quotes in a header line; a tie goes in that order, and a
     * line without any is read as comma-separated (one column).
     */
    static char separatorOf(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private void step(char c) {
        if (state == State.OUTSIDE) {
            if (c == '\n' || isSpace(c)) {
                return; // a blank line, or white space that the parser would skip at the start of the record
            }
            beginRecord();
        }
        switch (state) {
            case FIELD_START -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                    quoteLine = line;
                } else if (c == separator) {
                    cells++;
                } else if (c == '\n') {
                    endRecord();
                    return;
                } else if (!isSpace(c)) {
                    state = State.UNQUOTED;
                }
            }
            case UNQUOTED -> {
                if (c == separator) {
                    cells++;
                    state = State.FIELD_START;
                } else if (c == '\n') {
                    endRecord();
                    return;
                }
            }
            case QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                } else if (c == separator) {
                    cells++;
                    state = State.FIELD_START;
                } else if (c == '\n') {
                    endRecord();
                    return;
                } else {
                    state = isSpace(c) ? State.AFTER_CLOSING_QUOTE : State.UNQUOTED;
                }
            }
            case AFTER_CLOSING_QUOTE -> {
                if (c == separator) {
                    cells++;
                    state = State.FIELD_START;
                } else if (c == '\n') {
                    endRecord();
                    return;
                } else if (!isSpace(c)) {
                    state = State.UNQUOTED;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        recordChars++;
        if (!dropping) {
            out.append(c);
        }
    }

    /** White space that the parser trims around plain cells (the separator is never white space here). */
    private boolean isSpace(char c) {
        return c <= ' ' && c != separator && c != '\n';
    }

    private void beginRecord() {
        state = State.FIELD_START;
        recordLine = line;
        cells = 1;
        recordChars = 0;
        dropping = measuring || recordLine == separatorLine || unfit.containsKey(recordLine);
        if (!dropping) {
            out.append(recordLine).append(separator);
        }
    }

    private void endRecord() {
        if (measuring) {
            measured();
        } else if (!dropping) {
            for (int i = cells; i < width; i++) {
                out.append(separator);
            }
            out.append('\n');
            if (handed == handedLines.length) {
                handedLines = Arrays.copyOf(handedLines, handed * 2);
                handedCells = Arrays.copyOf(handedCells, handed * 2);
            }
            handedLines[handed] = recordLine;
            handedCells[handed] = cells;
            handed++;
        }
        state = State.OUTSIDE;
    }

    private void measured() {
        if (recordLine == separatorLine) {
            return;
        }
        if (cells > MAX_COLUMNS) {
            unfit.put(recordLine, "it has " + cells + " cells, more than the " + MAX_COLUMNS + " a table of records "
                    + "has");
        } else if (recordChars > MAX_RECORD_CHARS) {
            unfit.put(recordLine, "it is longer than " + MAX_RECORD_CHARS + " characters");
        } else {
            widest = Math.max(widest, cells);
        }
        if (headerLine == 0) {
            headerLine = recordLine;
        }
    }

    private void finish() {
        if (state == State.OUTSIDE) {
            return;
        }
        if (state == State.QUOTED && measuring) {
            unfit.put(recordLine, "the quote opened at line " + quoteLine + " is not closed before the end of the file"
                    + " (line " + line + "), so neither this record nor the lines after it can be told apart");
            if (headerLine == 0) {
                headerLine = recordLine;
            }
            state = State.OUTSIDE;
            return;
        }
        endRecord();
    }
}
