package org.htaworkbench.importers.internal.ovid;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.FieldKey;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;

/**
 * The normalised fields of an Ovid record, from the short tag each label or tag stands for. Separate fields (JN, VO,
 * IP, PG, YR) win over what the Source line says; Source fills what they leave out.
 */
final class OvidMapping {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private OvidMapping() {
    }

    /**
     * @param headerDatabase the file header's {@code Database:} line (a record without its own DB is from it), or null
     */
    static ImportedRecord toRecord(OvidRecord record, FieldValue headerDatabase, ImportSink sink) {
        ImportedRecord.Builder b = ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, record.position());
        for (OvidField f : record.fields()) {
            if (f.values().isEmpty()) {
                b.raw(f.tag(), "", f.position());
            }
            for (OvidField.Value v : f.values()) {
                b.raw(f.tag(), v.raw(), v.position());
            }
        }
        for (OvidField f : record.fields()) {
            if (f.shortTag() != null) {
                for (OvidField.Value v : f.values()) {
                    normalise(b, f, v, sink);
                }
            }
        }
        for (OvidField f : record.fields()) {
            if ("AF".equals(f.shortTag()) && !b.has(BibField.AUTHOR)) {
                f.values().forEach(v -> b.add(BibField.AUTHOR, f.tag(), v.text(), v.position()));
            }
            if ("DP".equals(f.shortTag()) && !f.values().isEmpty()) {
                year(b, f.tag(), f.values().get(0));
            }
        }
        for (OvidField f : record.fields()) {
            if ("SO".equals(f.shortTag()) && !f.values().isEmpty()) {
                source(b, f.tag(), f.values().get(0));
                break;
            }
        }
        if (!b.has(BibField.DATABASE) && headerDatabase != null) {
            b.add(BibField.DATABASE, headerDatabase.tag(), headerDatabase.value(), headerDatabase.position());
        }
        pmids(b, record, headerDatabase);
        return b.build();
    }

    private static void normalise(ImportedRecord.Builder b, OvidField f, OvidField.Value v, ImportSink sink) {
        String tag = f.tag();
        switch (f.shortTag()) {
            case "UI", "AN" -> b.add(BibField.ACCESSION, tag, v.text(), v.position());
            case "PM" -> b.add(BibField.PMID, tag, v.text(), v.position());
            case "TI" -> first(b, BibField.TITLE, tag, v);
            case "AU" -> b.add(BibField.AUTHOR, tag, v.text(), v.position());
            case "AB" -> first(b, BibField.ABSTRACT, tag, v);
            case "JN" -> first(b, BibField.JOURNAL, tag, v);
            case "JA" -> first(b, BibField.JOURNAL_ABBREVIATION, tag, v);
            case "VO" -> first(b, BibField.VOLUME, tag, v);
            case "IP" -> first(b, BibField.ISSUE, tag, v);
            case "PG" -> first(b, BibField.PAGES, tag, v);
            case "YR" -> year(b, tag, v);
            case "DP" -> first(b, BibField.DATE, tag, v);
            case "DO" -> doi(b, tag, v, sink);
            case "PT" -> b.add(BibField.TYPE, tag, v.text(), v.position());
            case "LG" -> b.add(BibField.LANGUAGE, tag, v.text(), v.position());
            case "IS" -> b.add(BibField.ISSN, tag, v.text(), v.position());
            case "KW", "MH" -> b.add(BibField.KEYWORD, tag, v.text(), v.position());
            case "DB" -> b.add(BibField.DATABASE, tag, v.text(), v.position());
            case "UR" -> b.add(BibField.URL, tag, v.text(), v.position());
            default -> {
                // kept raw only (SO, AF and DP are read after the other fields)
            }
        }
    }

    private static void first(ImportedRecord.Builder b, FieldKey key, String tag, OvidField.Value v) {
        b.addIfAbsent(key, tag, v.text(), v.position());
    }

    private static void year(ImportedRecord.Builder b, String tag, OvidField.Value v) {
        Matcher m = YEAR.matcher(v.text());
        if (!b.has(BibField.YEAR) && m.find()) {
            b.add(BibField.YEAR, tag, m.group(), v.position());
        }
    }

    private static void doi(ImportedRecord.Builder b, String tag, OvidField.Value v, ImportSink sink) {
        if (v.text().isEmpty()) {
            return;
        }
        String doi = Doi.clean(v.text());
        if (doi.isEmpty()) {
            String text = v.text().length() <= 80 ? v.text() : v.text().substring(0, 77) + "...";
            sink.problem(ImportProblem.warning(v.position(), tag,
                    "'" + text + "' is not a DOI; it is kept as read only"));
        } else {
            b.addIfAbsent(BibField.DOI, tag, doi, v.position());
        }
    }

    private static void source(ImportedRecord.Builder b, String tag, OvidField.Value v) {
        OvidSource s = OvidSource.parse(v.text());
        addIfAbsent(b, BibField.JOURNAL, tag, s.journal(), v);
        addIfAbsent(b, BibField.VOLUME, tag, s.volume(), v);
        addIfAbsent(b, BibField.ISSUE, tag, s.issue(), v);
        addIfAbsent(b, BibField.PAGES, tag, s.pages(), v);
        addIfAbsent(b, BibField.YEAR, tag, s.year(), v);
        addIfAbsent(b, BibField.DATE, tag, s.date(), v);
    }

    private static void addIfAbsent(ImportedRecord.Builder b, FieldKey key, String tag, String value,
            OvidField.Value v) {
        if (value != null) {
            b.addIfAbsent(key, tag, value, v.position());
        }
    }

    /**
     * In Ovid MEDLINE the Unique Identifier is the PMID; in Embase it is not, so a UI counts as a PMID only when the
     * record (or the file's header) names a MEDLINE or PubMed database and not Embase.
     */
    private static void pmids(ImportedRecord.Builder b, OvidRecord record, FieldValue headerDatabase) {
        if (b.has(BibField.PMID)) {
            return;
        }
        StringBuilder named = new StringBuilder();
        for (OvidField f : record.fields()) {
            if ("DB".equals(f.shortTag())) {
                f.values().forEach(v -> named.append(v.text()).append(' '));
            }
        }
        if (named.isEmpty() && headerDatabase != null) {
            named.append(headerDatabase.value());
        }
        String databases = named.toString().toLowerCase(Locale.ROOT);
        if (!(databases.contains("medline") || databases.contains("pubmed")) || databases.contains("embase")) {
            return;
        }
        for (OvidField f : record.fields()) {
            if ("UI".equals(f.shortTag())) {
                for (OvidField.Value v : f.values()) {
                    if (DIGITS.matcher(v.text()).matches()) {
                        b.add(BibField.PMID, f.tag(), v.text(), v.position());
                    }
                }
            }
        }
    }
}
