package org.htaworkbench.guidelines;

/** Whether a study was published before a position's date. */
public enum Availability {
    /** Published in an earlier year (or earlier month when both are known): the position could rest on it. */
    PUBLISHED_BEFORE("published before"),
    /** Same year and a month unknown: the years cannot tell which came first. */
    SAME_YEAR("same year, order unknown"),
    /** Published later: the position cannot rest on it. */
    PUBLISHED_AFTER("published after"),
    /** A date is missing. */
    UNKNOWN("date unknown");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Availability of(Integer studyYear, PartialDate positionDate) {
        if (studyYear == null || positionDate == null) {
            return UNKNOWN;
        }
        int order = PartialDate.ofYear(studyYear).orderAgainst(positionDate);
        return order < 0 ? PUBLISHED_BEFORE : order > 0 ? PUBLISHED_AFTER : SAME_YEAR;
    }
}
