package org.htaworkbench.importers.internal.ris;

/**
 * A RIS tag line: two upper-case letters or digits, two spaces, a hyphen, then a space or the end of the line
 * ({@code TY  - JOUR}, {@code ER  -}). Anything else is text: a continuation of the previous field, or a line between
 * records such as the Cochrane Library's {@code Record #1 of 86}.
 *
 * @param tag the two characters
 * @param value the text after {@code "XX  - "}, as read (trailing spaces kept); "" for {@code "ER  -"}
 */
record RisTagLine(String tag, String value) {

    /** The tag line, or null when the line is not one. */
    static RisTagLine parse(String line) {
        if (line.length() < 5 || !tagChar(line.charAt(0)) || !tagChar(line.charAt(1)) || line.charAt(2) != ' '
                || line.charAt(3) != ' ' || line.charAt(4) != '-') {
            return null;
        }
        if (line.length() == 5) {
            return new RisTagLine(line.substring(0, 2), "");
        }
        if (line.charAt(5) != ' ') {
            return null;
        }
        return new RisTagLine(line.substring(0, 2), line.substring(6));
    }

    private static boolean tagChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
