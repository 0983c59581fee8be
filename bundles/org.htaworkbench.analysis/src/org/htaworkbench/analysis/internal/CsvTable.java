package org.htaworkbench.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A streaming RFC 4180 CSV reader (comma separator, double-quoted fields with "" escapes, CRLF or LF) that keeps the
 * physical line number of every record and stores the columns the caller names as numbers in primitive arrays.
 * <p>
 * Why not Tablesaw here: the {@code meta} command must name the line and column of a bad cell. Tablesaw infers
 * column types, so a column with one non-numeric cell silently becomes a text column (the bad cell is then found
 * without a line number, and record numbers differ from line numbers once a quoted field spans lines or blank lines
 * are skipped); a ragged row surfaces as a parser exception without the line or the column count. Reading the text
 * ourselves gives exact "line 7, column 'ci'" messages, and lets numeric columns go straight into {@code double[]}
 * while the file streams by: a 10-million-row yi/vi file needs 20 bytes a row here instead of a String per cell.
 * <p>
 * Encodings: UTF-8 (with or without a byte-order mark), and UTF-16 LE/BE with a byte-order mark. Anything that is
 * not valid in the detected encoding stops the read with the line, the byte offset and the encoding named.
 */
public final class CsvTable {

    /** Bad CSV: the message names the line (1-based, physical) and, where known, the column. */
    public static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        public CsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Decides, from the header, which columns are read as numbers; may reject the header (missing columns). */
    @FunctionalInterface
    public interface ColumnPlan {
        Set<String> numericColumns(List<String> header) throws CsvException;

        /** Every column as text. */
        ColumnPlan ALL_TEXT = header -> Set.of();
    }

    private final List<String> header;
    private final int rows;
    private final double[][] numbers;
    private final String[][] texts;
    private final int[] lines;

    private CsvTable(List<String> header, int rows, double[][] numbers, String[][] texts, int[] lines) {
        this.header = header;
        this.rows = rows;
        this.numbers = numbers;
        this.texts = texts;
        this.lines = lines;
    }

    /**
     * Reads {@code file}, streaming.
     *
     * @throws IOException the file cannot be opened or read (the message is the operating system's)
     * @throws CsvException the content is not CSV this reader accepts, not in a supported encoding, or a numeric
     *         column has a cell that is not a finite number; the message names line and column
     */
    public static CsvTable read(Path file, ColumnPlan plan) throws IOException, CsvException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, plan);
        }
    }

    /** Parses CSV text (tests, small inputs). */
    public static CsvTable parse(String text, ColumnPlan plan) throws CsvException {
        try {
            return read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), plan);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    /** Reads CSV bytes from {@code in}, detecting the encoding from a byte-order mark (UTF-8 without one). */
    public static CsvTable read(InputStream in, ColumnPlan plan) throws IOException, CsvException {
        Parser parser = new Parser(plan);
        decode(in, parser);
        return parser.finish();
    }

    private static void decode(InputStream in, Parser parser) throws IOException, CsvException {
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int n = readFully(in, bytes.array(), 0, 4);
        bytes.limit(n);
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        byte[] b = bytes.array();
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            throw new CsvException(1, "the file is in UTF-32 (little-endian byte-order mark): save it as UTF-8");
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (n >= 2 && (b[0] == 0) != (b[1] == 0)) {
            throw new CsvException(1, "the file looks like UTF-16 without a byte-order mark (a zero byte at offset "
                    + (b[0] == 0 ? 0 : 1) + "): save it as UTF-8");
        }
        bytes.position(bom);
        String encoding = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name() + " (from its byte-order mark)";
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long base = 0; // file offset of bytes.array()[0]
        boolean eof = n < 4;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, eof);
            chars.flip();
            parser.accept(chars);
            chars.clear();
            if (result.isError()) {
                throw new CsvException(parser.line(), "byte offset " + (base + bytes.position()) + ": not valid "
                        + encoding + " (" + hex(bytes, result.length()) + ")" + (charset == StandardCharsets.UTF_8
                                ? "; the file seems to be in another encoding (e.g. Latin-1 or Windows-1252): save it"
                                        + " as UTF-8 (in Excel: CSV UTF-8)"
                                : ""));
            }
            if (result.isOverflow()) {
                continue;
            }
            if (eof) {
                if (decoder.flush(chars).isError()) {
                    throw new CsvException(parser.line(), "truncated " + encoding + " character at the end of the file");
                }
                chars.flip();
                parser.accept(chars);
                return;
            }
            base += bytes.position();
            bytes.compact();
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + r);
            }
            bytes.flip();
        }
    }

    private static String hex(ByteBuffer bytes, int length) {
        StringBuilder s = new StringBuilder(length == 1 ? "byte " : "bytes ");
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return s.toString();
    }

    private static int readFully(InputStream in, byte[] into, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(into, off + total, len - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    /** The RFC 4180 state machine over decoded characters; records go straight into column storage. */
    private static final class Parser {
        private final ColumnPlan plan;
        private List<String> header;
        private boolean[] numeric;
        private double[][] numbers;
        private String[][] texts;
        private int[] lines = new int[16];
        private int rows;

        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int recordLine = 1;
        private boolean quoted;
        private boolean wasQuoted;
        private boolean blank = true;
        private boolean afterCr;
        private boolean quoteInQuoted;

        Parser(ColumnPlan plan) {
            this.plan = plan;
        }

        int line() {
            return line;
        }

        void accept(CharBuffer chars) throws CsvException {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (afterCr) {
                    afterCr = false;
                    if (c == '\n') {
                        continue; // CRLF: the CR ended the record
                    }
                }
                if (quoted) {
                    if (quoteInQuoted) {
                        quoteInQuoted = false;
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        quoted = false; // the quote closed the field; c is handled below
                    } else if (c == '"') {
                        quoteInQuoted = true;
                        continue;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        continue;
                    }
                }
                unquoted(c);
            }
        }

        private void unquoted(char c) throws CsvException {
            if (c == '"') {
                if (!wasQuoted && isBlank(field)) {
                    quoted = true;
                    wasQuoted = true;
                    field.setLength(0);
                    blank = false;
                } else {
                    throw new CsvException(line, "stray quote in field " + (fields.size() + 1));
                }
            } else if (c == ',') {
                fields.add(take());
                blank = false;
            } else if (c == '\n' || c == '\r') {
                afterCr = c == '\r';
                endRecord();
                line++;
                recordLine = line;
            } else {
                if (wasQuoted && !Character.isWhitespace(c)) {
                    throw new CsvException(line, "text after a closing quote in field " + (fields.size() + 1));
                }
                field.append(c);
                if (!Character.isWhitespace(c)) {
                    blank = false;
                }
            }
        }

        private String take() {
            String s = wasQuoted ? field.toString() : field.toString().strip();
            field.setLength(0);
            wasQuoted = false;
            return s;
        }

        private static boolean isBlank(StringBuilder s) {
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private void endRecord() throws CsvException {
            if (blank && isBlank(field)) {
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                blank = true;
                return;
            }
            fields.add(take());
            blank = true;
            if (header == null) {
                startColumns();
            } else {
                addRow();
            }
            fields.clear();
        }

        private void startColumns() throws CsvException {
            List<String> h = List.copyOf(fields);
            for (int j = 0; j < h.size(); j++) {
                if (h.get(j).isEmpty()) {
                    throw new CsvException(recordLine, "header column " + (j + 1) + " has no name");
                }
                if (h.subList(0, j).contains(h.get(j))) {
                    throw new CsvException(recordLine, "duplicate column '" + h.get(j) + "'");
                }
            }
            header = h;
            Set<String> wanted = new HashSet<>(plan.numericColumns(h));
            numeric = new boolean[h.size()];
            numbers = new double[h.size()][];
            texts = new String[h.size()][];
            for (int j = 0; j < h.size(); j++) {
                numeric[j] = wanted.contains(h.get(j));
                if (numeric[j]) {
                    numbers[j] = new double[16];
                } else {
                    texts[j] = new String[16];
                }
            }
        }

        private void addRow() throws CsvException {
            int got = fields.size();
            if (got != header.size()) {
                throw new CsvException(recordLine, "ragged row: " + got + " fields, the header has " + header.size()
                        + (got < header.size() ? " (column '" + header.get(got) + "' and after missing)" : ""));
            }
            if (rows == lines.length) {
                int capacity = rows + (rows >> 1) + 16;
                lines = Arrays.copyOf(lines, capacity);
                for (int j = 0; j < header.size(); j++) {
                    if (numeric[j]) {
                        numbers[j] = Arrays.copyOf(numbers[j], capacity);
                    } else {
                        texts[j] = Arrays.copyOf(texts[j], capacity);
                    }
                }
            }
            for (int j = 0; j < got; j++) {
                String cell = fields.get(j);
                if (numeric[j]) {
                    numbers[j][rows] = number(cell, j);
                } else {
                    texts[j][rows] = cell;
                }
            }
            lines[rows++] = recordLine;
        }

        private double number(String cell, int j) throws CsvException {
            if (cell.isEmpty()) {
                throw bad(j, "empty cell");
            }
            // Double.parseDouble also takes "NaN", "Infinity", hex floats and a d/f suffix: none is data
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                    throw bad(j, "'" + cell + "' is not a number");
                }
            }
            double d;
            try {
                d = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw bad(j, "'" + cell + "' is not a number");
            }
            if (!Double.isFinite(d)) {
                throw bad(j, "'" + cell + "' is too large for a double");
            }
            return d;
        }

        private CsvException bad(int j, String problem) {
            return new CsvException(recordLine, "column '" + header.get(j) + "' (column " + (j + 1) + "): " + problem);
        }

        CsvTable finish() throws CsvException {
            if (quoted && !quoteInQuoted) {
                throw new CsvException(recordLine, "unterminated quoted field");
            }
            quoted = false;
            quoteInQuoted = false;
            endRecord();
            if (header == null) {
                throw new CsvException(1, "empty file: no header row");
            }
            double[][] n = new double[header.size()][];
            String[][] t = new String[header.size()][];
            for (int j = 0; j < header.size(); j++) {
                if (numeric[j]) {
                    n[j] = numbers[j].length == rows ? numbers[j] : Arrays.copyOf(numbers[j], rows);
                    numbers[j] = null;
                } else {
                    t[j] = texts[j].length == rows ? texts[j] : Arrays.copyOf(texts[j], rows);
                    texts[j] = null;
                }
            }
            return new CsvTable(header, rows, n, t, lines.length == rows ? lines : Arrays.copyOf(lines, rows));
        }
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows;
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** A text column (a column the plan did not read as numbers), as read (the array is not copied). */
    public String[] column(String name) {
        int j = index(name);
        if (texts[j] == null) {
            throw new IllegalArgumentException("column '" + name + "' was read as numbers");
        }
        return texts[j];
    }

    /** A numeric column (named by the plan), as read (the array is not copied). */
    public double[] numbers(String name) {
        int j = index(name);
        if (numbers[j] == null) {
            throw new IllegalArgumentException("column '" + name + "' was not read as numbers");
        }
        return numbers[j];
    }

    /** Line number of data row i (0-based). */
    public int line(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException(row);
        }
        return lines[row];
    }

    /** Line numbers of the data rows (the array is not copied). */
    public int[] lines() {
        return lines;
    }

    private int index(String name) {
        int j = header.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no column '" + name + "'");
        }
        return j;
    }
}
