package org.htaworkbench.importers.internal.ris;

import org.htaworkbench.importers.Position;

/**
 * One field of a RIS record while it is read. Continuation lines are kept twice: line by line for the raw value
 * (joined with {@code \n}, only the indentation removed) and joined with single spaces for the normalised value, so an
 * abstract wrapped over several lines reads as one paragraph without losing what the file said.
 */
final class RisField {

    private final String tag;
    private final Position position;
    private final StringBuilder raw;
    private final StringBuilder text;

    RisField(String tag, String value, Position position) {
        this.tag = tag;
        this.position = position;
        this.raw = new StringBuilder(value);
        this.text = new StringBuilder(value.strip());
    }

    String tag() {
        return tag;
    }

    /** Where the field's tag line is. */
    Position position() {
        return position;
    }

    /** The field as read: the tag line's value and the continuation lines, joined with {@code \n}. */
    String raw() {
        return raw.toString();
    }

    /** The field's lines stripped and joined with single spaces. */
    String text() {
        return text.toString();
    }

    void continueWith(String line) {
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
