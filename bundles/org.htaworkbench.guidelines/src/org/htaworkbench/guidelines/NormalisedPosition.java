package org.htaworkbench.guidelines;

import java.util.Locale;
import java.util.Objects;

/**
 * A position in the common vocabulary: direction, strength, certainty. Always shown beside the published wording
 * it came from (see {@link ComparedPosition#published()}).
 */
public record NormalisedPosition(Direction direction, Strength strength, Certainty certainty) {

    public static final NormalisedPosition UNMAPPED = new NormalisedPosition(Direction.UNKNOWN, Strength.UNSPECIFIED,
            Certainty.UNSPECIFIED);

    public NormalisedPosition {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(strength);
        Objects.requireNonNull(certainty);
    }

    /** Badge text, never colour alone: e.g. {@code for / moderate / low certainty}. */
    public String badge() {
        if (direction == Direction.UNKNOWN) {
            return "not mapped";
        }
        StringBuilder b = new StringBuilder(direction.label());
        b.append(" / ").append(strength.isSpecified() ? strength.label() : "strength not stated");
        b.append(" / ").append(certainty.isSpecified() ? certainty.label() + " certainty" : "certainty not stated");
        return b.toString();
    }

    /**
     * A stable style key for a view's badge colour: the direction in lower case with hyphens ({@code for},
     * {@code against}, {@code research-only}, {@code no-position}, {@code unknown}).
     */
    public String styleKey() {
        return direction.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value of one aspect as a label. */
    public String label(Aspect aspect) {
        return switch (aspect) {
            case DIRECTION -> direction.label();
            case STRENGTH -> strength.label();
            case CERTAINTY -> certainty.label();
        };
    }

    /** Whether the aspect has a value (not UNKNOWN / UNSPECIFIED). */
    public boolean isSpecified(Aspect aspect) {
        return switch (aspect) {
            case DIRECTION -> direction != Direction.UNKNOWN;
            case STRENGTH -> strength.isSpecified();
            case CERTAINTY -> certainty.isSpecified();
        };
    }
}
