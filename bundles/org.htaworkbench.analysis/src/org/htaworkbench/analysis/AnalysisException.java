package org.htaworkbench.analysis;

/**
 * An analysis cannot be run: unknown analysis type, unusable selection, a result without the numbers the
 * analysis needs, or invalid study data reported by the engine. The message names the analysis and, where
 * there is one, the result ({@link #resultId()}) and field.
 */
public class AnalysisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resultId;

    public AnalysisException(String message) {
        this(message, null, null);
    }

    public AnalysisException(String message, String resultId, Throwable cause) {
        super(message, cause);
        this.resultId = resultId;
    }

    /** Id of the offending result in the evidence base, or null. */
    public String resultId() {
        return resultId;
    }
}
