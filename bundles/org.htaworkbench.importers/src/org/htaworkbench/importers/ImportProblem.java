package org.htaworkbench.importers;

/**
 * Something a reader noticed and got past: a warning (the value was read, but not as given: an encoding fallback, a
 * stripped DOI prefix that did not parse, an unknown tag) or a skipped record (the record could not be read and is
 * not among the results).
 *
 * @param severity warning or skipped record
 * @param position where
 * @param field the tag, element or column concerned, or null
 * @param message what happened, for the user
 * @since 0.1
 */
public record ImportProblem(Severity severity, Position position, String field, String message) {

    /** @since 0.1 */
    public enum Severity {
        /** Read, with a remark. */
        WARNING,
        /** Not read: the record is missing from the results. */
        SKIPPED_RECORD
    }

    public static ImportProblem warning(Position position, String field, String message) {
        return new ImportProblem(Severity.WARNING, position, field, message);
    }

    public static ImportProblem skipped(Position position, String field, String message) {
        return new ImportProblem(Severity.SKIPPED_RECORD, position, field, message);
    }

    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "skipped: ") + position + (field == null ? "" : ", field " + field)
                + ": " + message;
    }
}
