package org.htaworkbench.analysis.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader (comma separator, double-quoted fields with "" escapes, CRLF or LF, UTF-8 with an
 * optional BOM) that keeps the physical line number of every record.
 * <p>
 * Why not Tablesaw here: the {@code meta} command must name the line and column of a bad cell. Tablesaw infers
 * column types, so a column with one non-numeric cell silently becomes a text column (the bad cell is then found
 * without a line number, and record numbers differ from line numbers once a quoted field spans lines or blank lines
 * are skipped); a ragged row surfaces as a parser exception without the line or the column count. Reading the text
 * ourselves gives exact "line 7, column 'ci'" messages in ~100 lines, with no extra runtime dependencies.
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

    private final List<String> header;
    private final List<String[]> rows;
    private final List<Integer> lines;

    private CsvTable(List<String> header, List<String[]> rows, List<Integer> lines) {
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    public static CsvTable read(Path file) throws IOException, CsvException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static CsvTable parse(String text) throws CsvException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean blank = true;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (i == n) {
                    throw new CsvException(recordLine, "unterminated quoted field");
                }
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"') {
                if (field.toString().isBlank() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    field.setLength(0);
                    blank = false;
                } else {
                    throw new CsvException(line, "stray quote in field " + (fields.size() + 1));
                }
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank || !field.toString().isBlank()) {
                    fields.add(wasQuoted ? field.toString() : field.toString().trim());
                    records.add(fields.toArray(String[]::new));
                    starts.add(recordLine);
                }
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                blank = true;
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
        if (records.isEmpty()) {
            throw new CsvException(1, "empty file: no header row");
        }
        List<String> header = List.of(records.get(0));
        for (int j = 0; j < header.size(); j++) {
            if (header.get(j).isEmpty()) {
                throw new CsvException(starts.get(0), "header column " + (j + 1) + " has no name");
            }
            if (header.subList(0, j).contains(header.get(j))) {
                throw new CsvException(starts.get(0), "duplicate column '" + header.get(j) + "'");
            }
        }
        for (int r = 1; r < records.size(); r++) {
            int got = records.get(r).length;
            if (got != header.size()) {
                throw new CsvException(starts.get(r), "ragged row: " + got + " fields, the header has " + header.size()
                        + (got < header.size() ? " (column '" + header.get(got) + "' and after missing)" : ""));
            }
        }
        return new CsvTable(header, records.subList(1, records.size()), starts.subList(1, starts.size()));
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    public String[] column(String name) {
        int j = header.indexOf(name);
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[j];
        }
        return out;
    }

    /** Line number of data row i (0-based). */
    public int line(int row) {
        return lines.get(row);
    }

    /** The column parsed as numbers; a cell that is empty or not a number is an error naming line and column. */
    public double[] numbers(String name) throws CsvException {
        int j = header.indexOf(name);
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            String cell = rows.get(i)[j];
            try {
                out[i] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
            if (cell.isEmpty() || !Double.isFinite(out[i]) || cell.endsWith("d") || cell.endsWith("f")
                    || cell.endsWith("D") || cell.endsWith("F")) {
                throw new CsvException(lines.get(i), "column '" + name + "' (column " + (j + 1) + "): "
                        + (cell.isEmpty() ? "empty cell" : "'" + cell + "' is not a number"));
            }
        }
        return out;
    }
}
