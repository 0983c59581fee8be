package org.htaworkbench.importers.internal.ris;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.FieldKey;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;

/**
 * The normalised fields of a RIS record. Exporters disagree on which tag holds what (EndNote writes {@code T1} and
 * {@code JO}, Scopus {@code TI} and {@code T2}, Ovid and Embase {@code N2} and {@code JF} beside {@code JA}), so
 * each field is taken from the first tag, in order of preference, that has a value; everything stays in the raw
 * fields as read.
 */
final class RisMapping {

    /** Tags whose values name an author; A2 (editors) to A4 are kept raw only. */
    private static final List<String> AUTHOR_TAGS = List.of("AU", "A1");
    /** A whole value that is a DOI, bare or behind a resolver: only such an M3 or UR value stands in for DO. */
    private static final Pattern WHOLE_DOI = Pattern.compile(
            "(?:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:\\s*)?10\\.\\d{4,9}/\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    private RisMapping() {
    }

    /**
     * @param headerContent the Cochrane Library's {@code Content:} line before the record (a record without its own DB
     *            is from that database), or null
     */
    static ImportedRecord toRecord(RisRecord record, FieldValue headerContent, ImportSink sink) {
        ImportedRecord.Builder b = ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, record.position());
        List<RisField> fields = record.fields();
        for (RisField f : fields) {
            b.raw(f.tag(), f.raw(), f.position());
        }
        addFirst(b, fields, BibField.TYPE, "TY");
        addFirst(b, fields, BibField.TITLE, "T1", "TI");
        for (RisField f : fields) {
            if (AUTHOR_TAGS.contains(f.tag())) {
                b.add(BibField.AUTHOR, f.tag(), f.text(), f.position());
            }
        }
        addFirst(b, fields, BibField.ABSTRACT, "AB", "N2");
        journal(b, fields);
        pages(b, fields);
        doi(b, fields, sink);
        year(b, fields);
        addAll(b, fields, BibField.ACCESSION, "AN", "ID");
        addAll(b, fields, BibField.KEYWORD, "KW");
        addAll(b, fields, BibField.DATABASE, "DB", "DP");
        if (!b.has(BibField.DATABASE) && headerContent != null) {
            b.add(BibField.DATABASE, headerContent.tag(), cochraneDatabase(headerContent.value()),
                    headerContent.position());
        }
        addAll(b, fields, BibField.LANGUAGE, "LA");
        addAll(b, fields, BibField.ISSN, "SN");
        addAll(b, fields, BibField.URL, "UR");
        addFirst(b, fields, BibField.VOLUME, "VL");
        addFirst(b, fields, BibField.ISSUE, "IS");
        return b.build();
    }

    /**
     * The full journal name from JF or T2 (or, when neither is there, from JO or JA), and the abbreviation from the
     * other journal tags (JO, JA, J2) that EndNote, Ovid and Scopus fill.
     */
    private static void journal(ImportedRecord.Builder b, List<RisField> fields) {
        RisField journal = first(fields, "JF", "T2", "JO", "JA");
        if (journal == null) {
            return;
        }
        b.add(BibField.JOURNAL, journal.tag(), journal.text(), journal.position());
        for (String tag : List.of("JO", "JA", "J2")) {
            for (RisField f : fields) {
                if (f != journal && f.tag().equals(tag)) {
                    b.addIfAbsent(BibField.JOURNAL_ABBREVIATION, f.tag(), f.text(), f.position());
                }
            }
        }
    }

    /** SP-EP when both are given, SP alone when it already holds a range ({@code 1382-93}) or EP is missing. */
    private static void pages(ImportedRecord.Builder b, List<RisField> fields) {
        RisField start = first(fields, "SP");
        if (start == null) {
            return;
        }
        String sp = start.text();
        RisField end = first(fields, "EP");
        boolean range = sp.indexOf('-') >= 0 || sp.indexOf('\u2013') >= 0;
        String pages = end == null || range || end.text().equals(sp) ? sp : sp + "-" + end.text();
        b.add(BibField.PAGES, start.tag(), pages, start.position());
    }

    /**
     * The DOI from DO; when no DO holds one, from an M3 or UR value that is a DOI as a whole (a Cochrane Library
     * URL such as {@code .../doi/10.1002/central/CN-02584521/full} holds a DOI-shaped path that is not the article's).
     */
    private static void doi(ImportedRecord.Builder b, List<RisField> fields, ImportSink sink) {
        for (RisField f : fields) {
            if (f.tag().equals("DO") && !f.text().isEmpty()) {
                String doi = Doi.clean(f.text());
                if (doi.isEmpty()) {
                    sink.problem(ImportProblem.warning(f.position(), f.tag(),
                            "'" + shorten(f.text()) + "' is not a DOI; it is kept as read only"));
                } else {
                    b.addIfAbsent(BibField.DOI, f.tag(), doi, f.position());
                }
            }
        }
        for (String tag : List.of("M3", "UR")) {
            for (RisField f : fields) {
                if (!b.has(BibField.DOI) && f.tag().equals(tag) && WHOLE_DOI.matcher(f.text()).matches()) {
                    b.add(BibField.DOI, f.tag(), Doi.clean(f.text()), f.position());
                }
            }
        }
    }

    /** YEAR: the four digits of PY, Y1 or DA ({@code 2019///}, {@code 2019/05/01/}); DATE: DA, or a fuller PY/Y1. */
    private static void year(ImportedRecord.Builder b, List<RisField> fields) {
        for (String tag : List.of("PY", "Y1", "DA")) {
            for (RisField f : fields) {
                if (!b.has(BibField.YEAR) && f.tag().equals(tag)) {
                    Matcher m = YEAR.matcher(f.text());
                    if (m.find()) {
                        b.add(BibField.YEAR, f.tag(), m.group(), f.position());
                    }
                }
            }
        }
        addFirst(b, fields, BibField.DATE, "DA");
        for (RisField f : fields) {
            if ((f.tag().equals("PY") || f.tag().equals("Y1")) && f.text().replace("/", "").strip().length() > 4) {
                b.addIfAbsent(BibField.DATE, f.tag(), f.text(), f.position());
            }
        }
    }

    private static RisField first(List<RisField> fields, String... tags) {
        for (String tag : tags) {
            for (RisField f : fields) {
                if (f.tag().equals(tag) && !f.text().isEmpty()) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void addFirst(ImportedRecord.Builder b, List<RisField> fields, FieldKey key, String... tags) {
        RisField f = first(fields, tags);
        if (f != null) {
            b.add(key, f.tag(), f.text(), f.position());
        }
    }

    /** Every value of the tags, in file order. */
    private static void addAll(ImportedRecord.Builder b, List<RisField> fields, FieldKey key, String... tags) {
        List<String> wanted = List.of(tags);
        for (RisField f : fields) {
            if (wanted.contains(f.tag())) {
                b.add(key, f.tag(), f.text(), f.position());
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** The Cochrane Library's {@code Content:} names as the databases are known in search logs. */
    static String cochraneDatabase(String content) {
        String c = content.trim();
        return switch (c.toLowerCase(java.util.Locale.ROOT)) {
            case "central", "trials" -> "CENTRAL";
            case "cdsr", "cochrane reviews", "reviews" -> "CDSR";
            default -> c;
        };
    }
}
