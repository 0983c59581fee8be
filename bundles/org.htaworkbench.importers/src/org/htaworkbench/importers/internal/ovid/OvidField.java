package org.htaworkbench.importers.internal.ovid;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.importers.Position;

/**
 * One field of an Ovid record while it is read: its label or tag as in the file, the short tag it stands for, and its
 * values. A compact-variant field has one value; a long-variant list field (authors, headings) has one per indented
 * line. Lines continuing a value are kept twice: joined with {@code \n} for the raw value (indentation removed) and
 * with single spaces for the normalised one.
 */
final class OvidField {

    /** One value with the line it starts on. */
    static final class Value {
        private final Position position;
        private final StringBuilder raw;
        private final StringBuilder text;

        private Value(String line, Position position) {
            this.position = position;
            this.raw = new StringBuilder(line);
            this.text = new StringBuilder(line.strip());
        }

        Position position() {
            return position;
        }

        String raw() {
            return raw.toString();
        }

        String text() {
            return text.toString();
        }

        private void continueWith(String line) {
            raw.append('\n').append(line.stripLeading());
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(stripped);
            }
        }
    }

    private final String tag;
    private final String shortTag;
    private final Position position;
    private final List<Value> values = new ArrayList<>();

    OvidField(String tag, String shortTag, Position position) {
        this.tag = tag;
        this.shortTag = shortTag;
        this.position = position;
    }

    /** The label or tag as the file has it ({@code Unique Identifier}, {@code UI}). */
    String tag() {
        return tag;
    }

    /** The short tag the field stands for, or null for a label without a normalised field. */
    String shortTag() {
        return shortTag;
    }

    /** Where the label or tag line is. */
    Position position() {
        return position;
    }

    List<Value> values() {
        return values;
    }

    void startValue(String line, Position at) {
        values.add(new Value(line.stripLeading(), at));
    }

    /** Continues the last value, or starts the first one. */
    void continueWith(String line, Position at) {
        if (values.isEmpty()) {
            startValue(line, at);
        } else {
            values.get(values.size() - 1).continueWith(line);
        }
    }
}
