package org.htaworkbench.importers;

/**
 * Where a value was read: the file's name and, where the format has them, the line (1-based), the record's number in
 * the file (1-based) and a structural path (an XML element or JSON path). Zero means "not known".
 *
 * @param file the file's name as the user knows it (never null)
 * @param line 1-based line, or 0
 * @param record 1-based number of the record in the file, or 0
 * @param path element or JSON path inside the record, or null
 * @since 0.1
 */
public record Position(String file, int line, int record, String path) {

    public Position {
        file = file == null ? "" : file;
    }

    public static Position line(String file, int line, int record) {
        return new Position(file, line, record, null);
    }

    public Position withPath(String newPath) {
        return new Position(file, line, record, newPath);
    }

    /** For messages: {@code embase.ris, line 120 (record 7)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (record > 0) {
            s.append(line > 0 ? " (record " : ", record ").append(record).append(line > 0 ? ")" : "");
        }
        if (path != null && !path.isEmpty()) {
            s.append(", at ").append(path);
        }
        return s.toString();
    }
}
