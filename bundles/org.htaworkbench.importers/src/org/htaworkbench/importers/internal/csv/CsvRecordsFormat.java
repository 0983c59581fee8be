package org.htaworkbench.importers.internal.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextInput;
import org.htaworkbench.importers.internal.csv.LineMarkingReader.Record;
import org.htaworkbench.importers.internal.csv.LineMarkingReader.Shape;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * References as a table, one per row: what Scopus, Web of Science, Covidence and Rayyan export as CSV, what reviewers
 * keep in extraction sheets, and the published de-duplication benchmarks. Which column is which comes from the header
 * ({@link CsvColumns}); every cell is also kept as a raw value tagged with its header.
 *
 * <p>
 * The cells are parsed by Tablesaw, the table library the workbench already ships, with every column read as text
 * (so {@code 0123} and {@code e012345} stay as printed and {@code NA} stays {@code NA}), from text decoded as
 * {@link org.htaworkbench.importers.TextEncoding} detects. Tablesaw tells neither where a row stood nor anything of a
 * row whose number of cells differs from the header's, so {@link LineMarkingReader} shapes the text it reads: each
 * row's values carry the row's first physical line, a row with more cells than the header keeps the extra cells
 * (with a warning), and a record that cannot be read is named in a skipped-record problem. Positions are per row: a
 * cell that starts on a later line of a multi-line row has the row's line. An empty cell is no value, so it has no
 * raw value either. Records are numbered from 1 after the header; empty rows are not counted.
 */
public class CsvRecordsFormat implements ImportFormat {

    /** Problems of the measuring pass's decoding are reported by the second pass, which decodes the same way. */
    private static final ImportSink QUIET = new ImportSink() {
        @Override
        public void record(ImportedRecord record) {
            // the measuring pass yields no records
        }

        @Override
        public void problem(ImportProblem problem) {
            // reported again, once, by the reading pass
        }
    };

    @Override
    public Detection detect(ImportSample sample) {
        List<String> lines = sample.text().lines().filter(l -> !l.isBlank()).limit(2).toList();
        if (lines.isEmpty()) {
            return Detection.NONE;
        }
        String header = lines.get(0);
        Character separator = separatorFor(sample.fileName());
        Character hint = LineMarkingReader.separatorHint(header);
        if (hint != null && lines.size() > 1) {
            separator = hint;
            header = lines.get(1);
        }
        char sep = separator != null ? separator : LineMarkingReader.separatorOf(header);
        CsvColumns columns = CsvColumns.of(splitLine(header, sep));
        return columns.isReferenceTable()
                ? Detection.of(80, "a header row with a title column and author, year, journal or DOI columns")
                : Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        try {
            readTable(source, sink);
        } catch (RuntimeException e) {
            // a bug must not escape as another exception type: name the file, and the cause for the report
            throw new ImportException(Position.line(source.name(), 0, 0), null, "could not be read: " + e, e);
        } catch (LinkageError e) {
            // Tablesaw or one of its libraries is missing from the installation: the file is not at fault
            throw new ImportException(Position.line(source.name(), 0, 0), null,
                    "could not be read: the CSV library (Tablesaw) is not usable: " + e, e);
        }
    }

    private static void readTable(ImportSource source, ImportSink sink) throws ImportException {
        String file = source.name();
        Shape shape;
        try (TextInput in = TextInput.open(source, QUIET)) {
            shape = LineMarkingReader.measure(in, separatorFor(file));
        }
        if (shape.headerLine() == 0) {
            return; // nothing but blank lines
        }
        String headerUnfit = shape.unfit().get(shape.headerLine());
        if (headerUnfit != null) {
            throw new ImportException(Position.line(file, shape.headerLine(), 0), null,
                    "the header line cannot be read: " + headerUnfit);
        }
        Table table;
        Record[] handed;
        try (TextInput in = TextInput.open(source, sink)) {
            LineMarkingReader feed = LineMarkingReader.feeding(in, shape, sink::isCancelled);
            table = parse(file, feed, shape);
            if (feed.failure() != null) {
                throw feed.failure();
            }
            if (!feed.finished()) {
                throw new ImportException(Position.line(file, feed.currentLine(), 0), null,
                        "Tablesaw stopped reading before the end of the file");
            }
            handed = feed.handedOn();
        }
        if (!sink.isCancelled()) {
            new RowReader(file, table, handed, shape, sink).read();
        }
    }

    private static Table parse(String file, LineMarkingReader feed, Shape shape) throws ImportException {
        CsvReadOptions options = CsvReadOptions.builder(feed)
                .separator(shape.separator())
                .lineEnding("\n")
                .header(true)
                .columnTypes(column -> ColumnType.STRING)
                // cells never hold a \r (line ends are \n), so no cell is taken for a missing value such as "NA"
                .missingValueIndicator("\r")
                .maxCharsPerColumn(LineMarkingReader.MAX_RECORD_CHARS + 16)
                .maxNumberOfColumns(4 * LineMarkingReader.MAX_COLUMNS)
                // rows that do not line up are found missing and reported (every line starts with its number, so
                // none is taken for a comment either)
                .skipRowsWithInvalidColumnCount(true)
                .build();
        try {
            return Table.read().csv(options);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LineMarkingReader.Failure f) {
                    throw f.importException();
                }
            }
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            throw new ImportException(Position.line(file, feed.currentLine(), 0), null,
                    "could not be parsed as CSV: " + message, e);
        }
    }

    /** {@code .tsv} says tab; otherwise the first line tells. */
    private static Character separatorFor(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : null;
    }

    /** The cells of one line, for detection (the reader leaves splitting to Tablesaw). */
    static List<String> splitLine(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Walks Tablesaw's rows beside the records handed to it, and makes the records. */
    private static final class RowReader {
        private final String file;
        private final StringColumn[] columns;
        private final Record[] handed;
        private final Shape shape;
        private final ImportSink sink;
        private List<String> header;
        private int row;
        private int recordNumber;

        RowReader(String file, Table table, Record[] handed, Shape shape, ImportSink sink) {
            this.file = file;
            this.columns = new StringColumn[table.columnCount()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = table.stringColumn(i);
            }
            this.handed = handed;
            this.shape = shape;
            this.sink = sink;
        }

        void read() throws ImportException {
            Record headerRecord = handed.length == 0 ? null : handed[0];
            if (headerRecord == null || rowCount() == 0 || marker(0) != headerRecord.line()) {
                throw new ImportException(Position.line(file, shape.headerLine(), 0), null,
                        "the header line could not be parsed as CSV");
            }
            header = new ArrayList<>();
            for (int i = 0; i < headerRecord.cells(); i++) {
                header.add(columns[i + 1].get(0));
            }
            CsvColumns roles = CsvColumns.of(header);
            if (!roles.has(CsvColumns.Role.TITLE)) {
                throw new ImportException(Position.line(file, shape.headerLine(), 0), null,
                        "has no title column (Title, Article Title, Document Title or TI); the header has: "
                                + roles.describeHeader());
            }
            row = 1;
            Map<Integer, String> unfit = new TreeMap<>(shape.unfit());
            int next = 1;
            for (Map.Entry<Integer, String> u : unfit.entrySet()) {
                for (; next < handed.length && handed[next].line() < u.getKey(); next++) {
                    if (!readRecord(handed[next], roles)) {
                        return;
                    }
                }
                skip(u.getKey(), u.getValue());
            }
            for (; next < handed.length; next++) {
                if (!readRecord(handed[next], roles)) {
                    return;
                }
            }
        }

        /** Reads the record from its row, or reports it missing; false when the import is cancelled. */
        private boolean readRecord(Record record, CsvColumns roles) {
            // rows without a line of their own were split off inside a record: that record is reported below
            while (row < rowCount() && marker(row) < record.line()) {
                row++;
            }
            if (row >= rowCount() || marker(row) != record.line()) {
                skip(record.line(), "its cells could not be told apart (a quote in an unexpected place?)");
                return !sink.isCancelled();
            }
            String[] cells = new String[record.cells()];
            boolean empty = true;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = columns[i + 1].get(row);
                empty &= cells[i].isBlank();
            }
            row++;
            if (empty) {
                return true; // an empty row (only separators) is no record
            }
            recordNumber++;
            Position at = Position.line(file, record.line(), recordNumber);
            ImportedRecord.Builder b = ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, at);
            boolean extra = false;
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    b.raw(tag(i), cells[i], at);
                    extra |= i >= header.size();
                }
            }
            if (extra) {
                sink.problem(ImportProblem.warning(at, tag(header.size()), "record " + recordNumber + " has "
                        + cells.length + " cells but the header has " + header.size()
                        + ": the cells beyond the header are kept as raw values (" + tag(header.size()) + " on)"));
            }
            roles.fill(b, cells, at, sink);
            sink.record(b.build());
            return !sink.isCancelled();
        }

        private void skip(int line, String reason) {
            recordNumber++;
            sink.problem(ImportProblem.skipped(Position.line(file, line, recordNumber), null,
                    "record " + recordNumber + " (line " + line + ") not read: " + reason));
        }

        private String tag(int cell) {
            return cell < header.size() && !header.get(cell).isBlank() ? header.get(cell).strip()
                    : "column " + (cell + 1);
        }

        private int rowCount() {
            return columns[0].size();
        }

        /** The line number the row starts with; -1 when its first cell is not one (a row split off mid-record). */
        private int marker(int index) {
            String cell = columns[0].get(index);
            if (cell.isEmpty() || cell.length() > 9) {
                return -1;
            }
            int n = 0;
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + c - '0';
            }
            return n;
        }
    }
}
