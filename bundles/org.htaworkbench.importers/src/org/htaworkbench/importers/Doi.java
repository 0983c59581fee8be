package org.htaworkbench.importers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOIs as exports give them: bare ({@code 10.1056/NEJMoa2312572}), behind a resolver
 * ({@code https://doi.org/...}, {@code http://dx.doi.org/...}), with a {@code doi:} label, or in MEDLINE's
 * {@code 10.1056/x [doi]} form.
 *
 * @since 0.1
 */
public final class Doi {

    private static final Pattern PREFIX = Pattern.compile("^(?:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    private Doi() {
    }

    /**
     * The DOI with resolver prefix, label, MEDLINE suffix and trailing punctuation removed, case kept; "" when the
     * text holds no DOI.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        if (s.endsWith("[doi]")) {
            s = s.substring(0, s.length() - 5).strip();
        }
        s = PREFIX.matcher(s).replaceFirst("");
        if (s.indexOf('%') >= 0) {
            try { // a DOI copied from a resolver URL may be percent-encoded (10.1002%2Fsim.1)
                s = java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a literal % that is not an escape: keep the text as given
            }
        }
        Matcher m = DOI.matcher(s);
        if (!m.find()) {
            return "";
        }
        String doi = m.group();
        while (!doi.isEmpty() && ".,;".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi;
    }

    /** For matching: lower case (DOIs are case-insensitive). */
    public static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }
}
