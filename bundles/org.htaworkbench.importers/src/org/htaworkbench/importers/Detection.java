package org.htaworkbench.importers;

/**
 * How sure a format is that a file is its own, from the file's content (and, as a tie-breaker only, its name).
 *
 * @param confidence 0 (not this format) to 100 (certain: a signature only this format has)
 * @param reason for the user: what was recognised
 * @since 0.1
 */
public record Detection(int confidence, String reason) {

    public static final Detection NONE = new Detection(0, "not recognised");

    public Detection {
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0..100, was " + confidence);
        }
    }

    public static Detection of(int confidence, String reason) {
        return new Detection(confidence, reason);
    }

    public boolean recognised() {
        return confidence > 0;
    }
}
