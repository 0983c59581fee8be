package org.htaworkbench.guidelines;

/** The three components of a normalised position in which bodies can diverge. */
public enum Aspect {
    DIRECTION("direction"), STRENGTH("strength"), CERTAINTY("certainty");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
