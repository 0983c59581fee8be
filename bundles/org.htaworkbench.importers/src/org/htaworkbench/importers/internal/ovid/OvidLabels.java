package org.htaworkbench.importers.internal.ovid;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two ways Ovid names a field: the long labels of its default export ({@code Unique Identifier} on a line of its
 * own, the values indented below) and the short tags of its compact export ({@code UI  - 38587239}). Both are mapped
 * to one short tag, so the normalisation does not depend on the variant.
 */
final class OvidLabels {

    /** A record's first line: {@code <1>}, also written {@code <1. >} or {@code < 1 >}. */
    static final Pattern RECORD_START = Pattern.compile("<\\s*\\d{1,9}\\s*\\.?\\s*>\\s*");

    /** Long label (lower case) to the short tag of the same field. */
    private static final Map<String, String> LONG_LABELS = Map.ofEntries(
            Map.entry("unique identifier", "UI"),
            Map.entry("accession number", "AN"),
            Map.entry("embase accession number", "AN"),
            Map.entry("medline pmid", "PM"),
            Map.entry("pubmed identifier", "PM"),
            Map.entry("title", "TI"),
            Map.entry("authors", "AU"),
            Map.entry("author", "AU"),
            Map.entry("authors full name", "AF"),
            Map.entry("source", "SO"),
            Map.entry("abstract", "AB"),
            Map.entry("digital object identifier", "DO"),
            Map.entry("year of publication", "YR"),
            Map.entry("date of publication", "DP"),
            Map.entry("publication type", "PT"),
            Map.entry("language", "LG"),
            Map.entry("issn", "IS"),
            Map.entry("issn print", "IS"),
            Map.entry("issn electronic", "IS"),
            Map.entry("journal name", "JN"),
            Map.entry("journal abbreviation", "JA"),
            Map.entry("volume", "VO"),
            Map.entry("issue", "IP"),
            Map.entry("issue/part", "IP"),
            Map.entry("pagination", "PG"),
            Map.entry("page", "PG"),
            Map.entry("keyword heading", "KW"),
            Map.entry("keywords", "KW"),
            Map.entry("mesh subject headings", "MH"),
            Map.entry("emtree heading", "MH"),
            Map.entry("subject headings", "MH"),
            Map.entry("database", "DB"),
            Map.entry("url", "UR"),
            Map.entry("link to the ovid full text or citation", "UR"));

    /** Long labels kept raw only, known so that they are recognised without looking at the line after them. */
    private static final Set<String> RAW_ONLY_LABELS = Set.of("status", "institution", "abbreviated source",
            "nlm journal code", "publishing model", "country of publication", "issn linking", "entry date",
            "revision date", "update date", "entrez date", "version id", "comments", "erratum", "author nameid",
            "original title", "conference information", "number of references", "registry number/name of substance",
            "cas registry number", "source type", "copyright", "publisher", "update code", "embase section headings",
            "emtree drug index terms", "emtree medical index terms", "device manufacturer", "device trade name",
            "clinical trial number", "author keywords", "molecular sequence number");

    /** Fields that hold one value per indented line in the long variant (a title or abstract is one value). */
    private static final Set<String> LIST_FIELDS = Set.of("AU", "AF", "KW", "MH", "PT", "LG", "IS", "DB", "UR");

    private OvidLabels() {
    }

    /** The short tag of a long label, or null when the label has no normalised field. */
    static String shortTagOf(String label) {
        return LONG_LABELS.get(label.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the line is a long label this reader knows. */
    static boolean isKnownLabel(String line) {
        String key = line.strip().toLowerCase(Locale.ROOT);
        return LONG_LABELS.containsKey(key) || RAW_ONLY_LABELS.contains(key);
    }

    /**
     * Whether an unindented line may be a label Ovid added since (it is then one when an indented value follows):
     * short, starting with a capital, a few words without a sentence's final period.
     */
    static boolean looksLikeLabel(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60 || !Character.isUpperCase(s.charAt(0)) || s.endsWith(".")
                || s.split(" ").length > 8) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && " ()/&,'-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the field holds one value per indented line. */
    static boolean isListField(String shortTag) {
        return shortTag != null && LIST_FIELDS.contains(shortTag);
    }

    /** A line of the compact variant: {@code XX  - value}, the hyphen in the fifth column ({@code PMID- } too). */
    record TagLine(String tag, String value) {
    }

    /** The tag line, or null when the line is not one. */
    static TagLine tagLine(String line) {
        if (line.length() < 5 || line.charAt(4) != '-' || line.length() > 5 && line.charAt(5) != ' ') {
            return null;
        }
        String tag = line.substring(0, 4).stripTrailing();
        if (tag.length() < 2 || !upper(tag.charAt(0))) {
            return null;
        }
        for (int i = 1; i < tag.length(); i++) {
            if (!upper(tag.charAt(i)) && (tag.charAt(i) < '0' || tag.charAt(i) > '9')) {
                return null;
            }
        }
        return new TagLine(tag, line.length() > 6 ? line.substring(6) : "");
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
