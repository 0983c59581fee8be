package org.htaworkbench.importers;

/**
 * A field key that is neither a {@link BibField} nor a {@link TrialField}: what a third-party format adds, and what a
 * stored record's unknown key is read back as.
 *
 * @since 0.1
 */
public record CustomField(String key) implements FieldKey {

    /** The built-in key with this {@link FieldKey#key()}, or a custom one. */
    public static FieldKey of(String key) {
        for (BibField f : BibField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        for (TrialField f : TrialField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return new CustomField(key);
    }
}
