package org.htaworkbench.guidelines;

/** Whether a cell holds a published position. */
public enum PositionStatus {
    PUBLISHED("published"),
    /** The body's recommendation on this question is not yet published (e.g. NICE's guidance on this procedure). */
    NOT_YET_PUBLISHED("not yet published"),
    /** The evidence base names the guidance but not its wording: nothing to normalise. */
    WORDING_NOT_AVAILABLE("wording not in the evidence base"),
    /** The question data point at a position the evidence base does not have. */
    UNRESOLVED("not found in the evidence base");

    private final String label;

    PositionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
