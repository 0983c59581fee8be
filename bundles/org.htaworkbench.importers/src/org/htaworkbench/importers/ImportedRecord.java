package org.htaworkbench.importers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record as imported: every field as read ({@link #raw()}, in file order, with its tag and position) and the
 * normalised fields the rest of the product works with ({@link #values(FieldKey)}). Immutable: raw records are never
 * edited; de-duplication and screening decisions are data linked to them.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ImportedRecord {

    /** What a record describes. @since 0.1 */
    public enum Kind {
        /** A bibliographic reference (the unit of screening). */
        BIBLIOGRAPHIC,
        /** A trial registration (an ongoing or completed trial in a registry). */
        TRIAL
    }

    private final Kind kind;
    private final Position position;
    private final List<FieldValue> raw;
    private final Map<FieldKey, List<FieldValue>> fields;

    private ImportedRecord(Builder b) {
        kind = b.kind;
        position = b.position;
        raw = List.copyOf(b.raw);
        Map<FieldKey, List<FieldValue>> f = new LinkedHashMap<>();
        b.fields.forEach((k, v) -> f.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableMap(f);
    }

    public static Builder builder(Kind kind, Position position) {
        return new Builder(kind, position);
    }

    public Kind kind() {
        return kind;
    }

    /** Where the record starts. */
    public Position position() {
        return position;
    }

    /** Every field as read, in file order. */
    public List<FieldValue> raw() {
        return raw;
    }

    /** The normalised values of a field, in order (several authors, keywords); empty when absent. */
    public List<FieldValue> values(FieldKey key) {
        return fields.getOrDefault(key, List.of());
    }

    /** The first value of a field. */
    public Optional<String> first(FieldKey key) {
        List<FieldValue> v = values(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).value());
    }

    /** The first value of a field, or "" when absent. */
    public String text(FieldKey key) {
        return first(key).orElse("");
    }

    /** All values of a field as texts. */
    public List<String> texts(FieldKey key) {
        return values(key).stream().map(FieldValue::value).toList();
    }

    /** The normalised fields present, in the order first set. */
    public Map<FieldKey, List<FieldValue>> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return kind + " at " + position + ": " + text(kind == Kind.TRIAL ? TrialField.BRIEF_TITLE : BibField.TITLE);
    }

    /** Collects a record while it is read. @since 0.1 */
    public static final class Builder {
        private final Kind kind;
        private final Position position;
        private final List<FieldValue> raw = new ArrayList<>();
        private final Map<FieldKey, List<FieldValue>> fields = new LinkedHashMap<>();

        private Builder(Kind kind, Position position) {
            this.kind = kind;
            this.position = position;
        }

        /** A field as read. */
        public Builder raw(String tag, String value, Position at) {
            raw.add(new FieldValue(tag, value, at));
            return this;
        }

        /** A normalised value; blank values are not recorded. */
        public Builder add(FieldKey key, String tag, String value, Position at) {
            if (value != null && !value.isBlank()) {
                fields.computeIfAbsent(key, k -> new ArrayList<>()).add(new FieldValue(tag, value.strip(), at));
            }
            return this;
        }

        /** A normalised value unless the field already has one (T1 before TI, full journal name before others). */
        public Builder addIfAbsent(FieldKey key, String tag, String value, Position at) {
            return has(key) ? this : add(key, tag, value, at);
        }

        /** Replaces the values of a field by this one. */
        public Builder set(FieldKey key, String tag, String value, Position at) {
            fields.remove(key);
            return add(key, tag, value, at);
        }

        public boolean has(FieldKey key) {
            return fields.containsKey(key);
        }

        public boolean isEmpty() {
            return raw.isEmpty() && fields.isEmpty();
        }

        public ImportedRecord build() {
            return new ImportedRecord(this);
        }
    }
}
