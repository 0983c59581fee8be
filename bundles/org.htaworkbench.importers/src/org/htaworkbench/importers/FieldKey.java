package org.htaworkbench.importers;

/**
 * A normalised field of an imported record ({@link BibField}, {@link TrialField}); third-party formats may add their
 * own keys.
 *
 * @since 0.1
 */
public interface FieldKey {

    /** Stable key, e.g. {@code title}. */
    String key();
}
