package org.htaworkbench.importers;

/**
 * Receives what a reader reads, as it reads it (readers stream: they never hold a whole file).
 *
 * @since 0.1
 */
public interface ImportSink {

    /** A record read. */
    void record(ImportedRecord record);

    /** A warning or a skipped record. */
    void problem(ImportProblem problem);

    /**
     * Study-level data (studies, outcomes, arm-level results, analyses) read from a file such as a RevMan review. The
     * default refuses them: a sink that only collects records says so, instead of losing data silently.
     *
     * @since 0.2
     */
    default void studies(ImportedStudyData data) {
        throw new UnsupportedOperationException("this import takes bibliographic records and trials only, not the study "
                + "data of " + data.description());
    }

    /**
     * The character set the file was decoded with, as soon as it is known ({@link TextInput} reports it; XML and
     * JSON readers report what their parser found).
     */
    default void encoding(String description) {
    }

    /** Polled between records: when true the reader stops early (and returns normally). */
    default boolean isCancelled() {
        return false;
    }
}
