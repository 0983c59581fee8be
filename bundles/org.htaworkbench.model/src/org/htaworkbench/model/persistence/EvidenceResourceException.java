package org.htaworkbench.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An evidence base file could not be loaded or saved. The message names the file and, where EMF reports it, the
 * line and column of the problem.
 */
public class EvidenceResourceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public EvidenceResourceException(Path file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public EvidenceResourceException(Path file, String problem, Throwable cause) {
        this(file, 0, 0, problem, cause);
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder().append(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file concerned. */
    public Path getFile() {
        return file;
    }

    /** Line of the problem, or 0 when not known. */
    public int getLine() {
        return line;
    }

    /** Column of the problem, or 0 when not known. */
    public int getColumn() {
        return column;
    }
}
