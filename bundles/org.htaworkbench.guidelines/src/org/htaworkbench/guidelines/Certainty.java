package org.htaworkbench.guidelines;

import java.util.Locale;

/** Certainty of the evidence behind a normalised position (GRADE terms), highest first. */
public enum Certainty {
    HIGH("high"), MODERATE("moderate"), LOW("low"), VERY_LOW("very low"),
    /** The scheme or the position states no certainty. */
    UNSPECIFIED("certainty not stated");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSpecified() {
        return this != UNSPECIFIED;
    }

    public static Certainty parse(String text) {
        return text == null || text.isBlank() ? null
                : valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }
}
