package org.htaworkbench.stats;

/**
 * Study-level input that cannot be analysed (negative variance, NaN, events above the total, zero
 * cells without correction, too few studies, ...). Names the study (0-based index and label) and the
 * offending field. For data-set level problems (e.g. k = 0) the index is -1 and the label is null.
 */
public final class InvalidStudyDataException extends StatsException {
    private static final long serialVersionUID = 1L;
    private final int studyIndex;
    private final String studyLabel;
    private final String field;

    public InvalidStudyDataException(int studyIndex, String studyLabel, String field, String problem) {
        super(format(studyIndex, studyLabel, field, problem));
        this.studyIndex = studyIndex;
        this.studyLabel = studyLabel;
        this.field = field;
    }

    /** Data-set level problem (no single study to blame). */
    public static InvalidStudyDataException ofDataset(String field, String problem) {
        return new InvalidStudyDataException(-1, null, field, problem);
    }

    private static String format(int index, String label, String field, String problem) {
        if (index < 0) {
            return "invalid data (" + field + "): " + problem;
        }
        return "study " + (index + 1) + (label != null ? " '" + label + "'" : "") + ", field " + field + ": " + problem;
    }

    /** 0-based index of the study in the input arrays, -1 for data-set level problems. */
    public int studyIndex() {
        return studyIndex;
    }

    /** The study label, or null when none was given or the problem is data-set level. */
    public String studyLabel() {
        return studyLabel;
    }

    /** Name of the offending input field (metafor names: ai, n1i, vi, ...). */
    public String field() {
        return field;
    }
}
