package org.htaworkbench.guidelines;

import java.util.Locale;

/** Direction of a normalised position. */
public enum Direction {
    FOR("for"), AGAINST("against"), RESEARCH_ONLY("research only"), NO_POSITION("no position"),
    /** The published grade could not be mapped (unknown wording, no scheme, or wording not available). */
    UNKNOWN("not mapped");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a mapping-table cell ({@code FOR}, {@code research only} ...); blank gives null. */
    public static Direction parse(String text) {
        return text == null || text.isBlank() ? null : valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
