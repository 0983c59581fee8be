package org.htaworkbench.model.text;

/**
 * Makes control characters in a value visible before it is printed in line-oriented text output (the text formats
 * of {@code ./workbench evidence}, {@code validate} and {@code guidelines}). A study label holding a line break must
 * not start a new line of the report: one could forge findings, counts or whole sections that way.
 * <p>
 * Escaped: {@code \n}, {@code \r} and {@code \t} as those two-character escapes; every other C0 and C1 control
 * character and DEL, the Unicode line and paragraph separators (U+2028, U+2029) and the bidirectional embedding,
 * override and isolate controls (U+202A–U+202E, U+2066–U+2069, which can make a line display other than it reads) as
 * {@code \}{@code uXXXX}. Backslashes are not doubled: the aim is that every value stays on its line and shows what it
 * holds, not a reversible encoding, and doubling would disfigure Windows paths in the common case.
 * <p>
 * JSON output needs none of this: Gson escapes control characters and U+2028/U+2029 itself.
 */
public final class ControlChars {

    private ControlChars() {
    }

    /**
     * The text with its control characters escaped as described in the class comment; other characters, including
     * non-ASCII letters, unchanged.
     *
     * @param text a value from an evidence base or a line made of such values; may be {@code null}
     * @return the text safe to print on one line, or {@code null} for {@code null}
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(char c) {
        // C0 controls, DEL and C1 controls (the latter include U+0085 NEXT LINE, a line break to some terminals).
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        return c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
