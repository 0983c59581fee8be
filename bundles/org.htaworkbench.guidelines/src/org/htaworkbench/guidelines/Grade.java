package org.htaworkbench.guidelines;

import java.util.List;
import java.util.Locale;

/**
 * One row of a mapping table: a published grade of a scheme and what it contributes to the normalised position.
 *
 * @param dimension {@link #CLASS} (the recommendation grade) or {@link #LEVEL} (level / certainty of evidence)
 * @param direction null when this row does not set the direction
 * @param strength null when this row does not set the strength
 * @param certainty null when this row does not set the certainty
 * @param source where the row comes from ({@code data/schemes/esc.csv:17} or an override file and line)
 * @param overridden true when a user override file supplied or replaced this row
 */
public record Grade(String dimension, String code, String label, List<String> aliases, Direction direction,
        Strength strength, Certainty certainty, String description, String source, boolean overridden) {

    public static final String CLASS = "class";
    public static final String LEVEL = "level";

    public Grade {
        aliases = List.copyOf(aliases);
    }

    /** Whether the published text is this grade's code, label or one of its aliases (see {@link #normalise}). */
    public boolean matches(String published) {
        String key = normalise(published);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(normalise(code)) || key.equals(normalise(label))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> key.equals(normalise(a)));
    }

    /**
     * The matching key of a published text: lower case, typographic quotes and dashes made plain, surrounding quotes
     * and a final full stop removed, runs of white space made one space.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1).trim();
                changed = true;
            }
            if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
                s = s.substring(1, s.length() - 1).trim();
                changed = true;
            }
        }
        return s;
    }
}
