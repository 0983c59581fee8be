package org.htaworkbench.importers.internal.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One author cell split into authors. Tables separate authors in several ways, and a comma is also the separator
 * between surname and initials, so the rule is:
 * <ol>
 * <li>a semicolon separates authors ({@code Moller, JE; Engstrom, T}: Web of Science, Scopus since 2021, most
 * reference managers);</li>
 * <li>else the word {@code and} does ({@code Zuber, J and Le Quintrec, M}: BibTeX and tables made from it);</li>
 * <li>else a comma after an initial's full stop does, when every part then is a name ending in initials with full
 * stops ({@code Møller J.E., Engstrøm T.} and {@code Møller, J.E., Engstrøm, T.}: Scopus before 2021);</li>
 * <li>else a comma does, when every part is a surname followed by initials in capitals without stops
 * ({@code Moller JE, Engstrom T}: Vancouver style, as extraction sheets copy it from PubMed);</li>
 * <li>else the cell is one author: a single {@code Zuber, J}, or a group such as {@code DanGer Shock
 * Investigators}.</li>
 * </ol>
 * Scopus's placeholder {@code [No author name available]} is no author.
 */
final class CsvAuthors {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern AFTER_INITIAL = Pattern.compile("(?<=\\.),\\s+");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    /** A surname (particles, hyphens and apostrophes allowed), an optional comma, initials with full stops. */
    private static final Pattern DOTTED_NAME = Pattern.compile(
            "[\\p{L}\\p{M}'\u2019][\\p{L}\\p{M}'\u2019 -]*,? \\p{Lu}\\p{Ll}{0,2}\\.(?:[ -]?\\p{Lu}\\p{Ll}{0,2}\\.)*");
    /** A surname and one to four capital initials without stops. */
    private static final Pattern VANCOUVER_NAME = Pattern.compile(
            "[\\p{L}\\p{M}'\u2019][\\p{L}\\p{M}'\u2019 -]* \\p{Lu}{1,4}");

    private CsvAuthors() {
    }

    static List<String> split(String cell) {
        String value = cell.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("[No author name available]")) {
            return List.of();
        }
        if (value.indexOf(';') >= 0) {
            return parts(value.split(";"));
        }
        if (AND.matcher(value).find()) {
            return parts(AND.split(value));
        }
        String[] dotted = AFTER_INITIAL.split(value);
        if (dotted.length > 1 && allMatch(dotted, DOTTED_NAME)) {
            return parts(dotted);
        }
        String[] vancouver = COMMA.split(value);
        if (vancouver.length > 1 && allMatch(vancouver, VANCOUVER_NAME)) {
            return parts(vancouver);
        }
        return List.of(value);
    }

    private static boolean allMatch(String[] parts, Pattern name) {
        for (String p : parts) {
            if (!name.matcher(p.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> parts(String[] split) {
        List<String> authors = new ArrayList<>(split.length);
        for (String s : split) {
            String author = s.strip();
            if (!author.isEmpty()) {
                authors.add(author);
            }
        }
        return authors;
    }
}
