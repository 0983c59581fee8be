package org.htaworkbench.importers;

/**
 * A file could not be read: the message names the file, the line or record and, where one is at fault, the field.
 * Readers throw only this (I/O failures included), never another exception.
 *
 * @since 0.1
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Position position;
    private final String field;
    private final String problem;

    public ImportException(Position position, String field, String problem, Throwable cause) {
        super(compose(position, field, problem), cause);
        this.position = position;
        this.field = field;
        this.problem = problem;
    }

    public ImportException(Position position, String field, String problem) {
        this(position, field, problem, null);
    }

    public Position position() {
        return position;
    }

    /** The field at fault (a tag, element or column name), or null. */
    public String field() {
        return field;
    }

    /** The problem without the position. */
    public String problem() {
        return problem;
    }

    private static String compose(Position position, String field, String problem) {
        return position + (field == null ? "" : ", field " + field) + ": " + problem;
    }
}
