package org.htaworkbench.importers.internal.ovid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of Ovid's Source line, for records that do not give them as separate fields. MEDLINE writes
 * {@code New England Journal of Medicine. 390(15):1382-1393, 2024 Apr 18.}; Embase writes
 * {@code New England Journal of Medicine. 390(15) (pp 1382-1393), 2024. Date of Publication: 18 Apr 2024.}
 * The journal is everything before the last ". " ahead of the volume, so names with periods
 * ({@code Revista Espanola de Cardiologia (English Ed.)}) stay whole. Any part may be null.
 */
record OvidSource(String journal, String volume, String issue, String pages, String year, String date) {

    /** Longer Source values are not citations; they are kept raw only. */
    private static final int MAX_LENGTH = 2000;
    private static final String EMBASE_DATE = "Date of Publication:";
    private static final Pattern TRAILING_YEAR = Pattern.compile(",\\s*((\\d{4})(?!\\d)[^,]*)$");
    private static final Pattern JOURNAL_AND_CITATION = Pattern.compile("(.+)\\.\\s+(\\S.*)");
    private static final Pattern CITATION = Pattern.compile("(?<volume>[^\\s():,]+)?\\s*(?:\\((?<issue>[^()]*)\\))?"
            + "\\s*(?::\\s*(?<pages>\\S.*)|\\(pp\\.?\\s*(?<pp>[^()]*)\\))?");

    static OvidSource parse(String source) {
        String s = withoutFinalPeriod(source);
        if (s.length() > MAX_LENGTH) {
            return new OvidSource(null, null, null, null, null, null);
        }
        String published = null;
        int d = s.indexOf(EMBASE_DATE);
        if (d >= 0) {
            published = withoutFinalPeriod(s.substring(d + EMBASE_DATE.length()));
            s = withoutFinalPeriod(s.substring(0, d));
        }
        String year = null;
        String date = null;
        Matcher y = TRAILING_YEAR.matcher(s);
        if (y.find()) {
            year = y.group(2);
            date = y.group(1).strip();
            s = s.substring(0, y.start()).strip();
        }
        if (published != null && !published.isEmpty()) {
            date = published;
        }
        if (date != null && date.equals(year)) {
            date = null;
        }
        Matcher jc = JOURNAL_AND_CITATION.matcher(s);
        if (jc.matches()) {
            Matcher c = CITATION.matcher(jc.group(2).strip());
            if (c.matches() && (c.group("volume") != null || c.group("issue") != null)) {
                String pages = c.group("pages") != null ? c.group("pages") : c.group("pp");
                return new OvidSource(jc.group(1).strip(), c.group("volume"), blankToNull(c.group("issue")),
                        blankToNull(pages), year, date);
            }
        }
        return new OvidSource(null, null, null, null, year, date);
    }

    private static String withoutFinalPeriod(String text) {
        String s = text.strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
