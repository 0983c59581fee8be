package org.htaworkbench.guidelines;

import java.util.Locale;

/** Strength of a normalised position, strongest first. */
public enum Strength {
    STRONG("strong"), MODERATE("moderate"), WEAK("weak"),
    /** The scheme or the position states no strength. */
    UNSPECIFIED("strength not stated");

    private final String label;

    Strength(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSpecified() {
        return this != UNSPECIFIED;
    }

    public static Strength parse(String text) {
        return text == null || text.isBlank() ? null : valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
