package org.htaworkbench.importers.internal.medline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;

/**
 * One MEDLINE record while it is read: its tagged fields in file order (continuation lines joined), and how PubMed's
 * tags map to the normalised fields. The mapping waits for the whole record because MEDLINE's preferences cross
 * fields: full author names (FAU) are used only when they pair up with the short ones (AU), a DOI may be in LID or
 * in AID, and a book has its title in BTI.
 */
final class MedlineRecord {

    /** Longest field accepted (an abstract is some 3,000 characters; a structured one rarely 10,000). */
    static final int MAX_FIELD_CHARS = 1024 * 1024;
    /** Most fields accepted in one record (large consortia list some 3,000 authors with affiliations). */
    static final int MAX_FIELDS = 50_000;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    /** A tagged field: the tag as printed and the line of its first line. */
    private record Field(String tag, StringBuilder value, int line) {
    }

    private final String file;
    private final int number;
    private final List<Field> fields = new ArrayList<>();
    private String brokenReason;
    private String brokenTag;
    private int brokenLine;

    MedlineRecord(String file, int number) {
        this.file = file;
        this.number = number;
    }

    boolean isEmpty() {
        return fields.isEmpty() && brokenReason == null;
    }

    boolean hasField() {
        return !fields.isEmpty();
    }

    boolean hasPmid() {
        return fields.stream().anyMatch(f -> f.tag().equals("PMID"));
    }

    String currentTag() {
        return fields.isEmpty() ? null : fields.get(fields.size() - 1).tag();
    }

    void startField(String tag, String value, int line) {
        if (brokenReason != null) {
            return;
        }
        if (fields.size() >= MAX_FIELDS) {
            broken(tag, line, "has more than " + MAX_FIELDS + " fields");
            return;
        }
        fields.add(new Field(tag, new StringBuilder(value), line));
    }

    /** Appends a continuation line to the field above it, joined by one space as PubMed wrapped it at a space. */
    void continueField(String text, int line) {
        if (brokenReason != null || fields.isEmpty() || text.isEmpty()) {
            return;
        }
        Field f = fields.get(fields.size() - 1);
        if (f.value().length() + 1 + text.length() > MAX_FIELD_CHARS) {
            broken(f.tag(), f.line(), "is longer than " + MAX_FIELD_CHARS + " characters (continued up to line " + line
                    + ")");
            return;
        }
        if (!f.value().isEmpty()) {
            f.value().append(' ');
        }
        f.value().append(text);
    }

    private void broken(String tag, int line, String reason) {
        brokenTag = tag;
        brokenLine = line;
        brokenReason = "field " + tag + " at line " + line + " " + reason;
        fields.clear();
    }

    /** Sends the record, or the reason it cannot be read, to the sink. */
    void emit(ImportSink sink) {
        if (brokenReason != null) {
            sink.problem(ImportProblem.skipped(Position.line(file, brokenLine, number), brokenTag,
                    "record " + number + " not read: its " + brokenReason));
            return;
        }
        Position start = at(fields.get(0));
        ImportedRecord.Builder b = ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, start);
        List<Field> shortAuthors = new ArrayList<>();
        List<Field> fullAuthors = new ArrayList<>();
        List<Field> groupAuthors = new ArrayList<>();
        Field bookTitle = null;
        Field lidDoi = null;
        Field aidDoi = null;
        Set<String> issns = new HashSet<>();
        for (Field f : fields) {
            String value = f.value().toString();
            Position at = at(f);
            b.raw(f.tag(), value, at);
            switch (f.tag()) {
                case "PMID" -> b.addIfAbsent(BibField.PMID, f.tag(), value, at)
                        .addIfAbsent(BibField.ACCESSION, f.tag(), value, at);
                case "TI" -> b.addIfAbsent(BibField.TITLE, f.tag(), value, at);
                case "BTI" -> bookTitle = bookTitle == null ? f : bookTitle;
                case "AB" -> b.addIfAbsent(BibField.ABSTRACT, f.tag(), value, at);
                case "AU" -> shortAuthors.add(f);
                case "FAU" -> fullAuthors.add(f);
                case "CN" -> groupAuthors.add(f);
                case "JT" -> b.addIfAbsent(BibField.JOURNAL, f.tag(), value, at);
                case "TA" -> b.addIfAbsent(BibField.JOURNAL_ABBREVIATION, f.tag(), value, at);
                case "DP" -> date(b, f.tag(), value, at);
                case "VI" -> b.addIfAbsent(BibField.VOLUME, f.tag(), value, at);
                case "IP" -> b.addIfAbsent(BibField.ISSUE, f.tag(), value, at);
                case "PG" -> b.addIfAbsent(BibField.PAGES, f.tag(), value, at);
                case "LID" -> lidDoi = lidDoi == null && isDoi(value) ? f : lidDoi;
                case "AID" -> aidDoi = aidDoi == null && isDoi(value) ? f : aidDoi;
                case "MH", "OT" -> b.add(BibField.KEYWORD, f.tag(), value, at);
                case "PT" -> b.add(BibField.TYPE, f.tag(), value, at);
                case "LA" -> b.add(BibField.LANGUAGE, f.tag(), value, at);
                case "IS" -> issn(b, issns, f.tag(), value, at);
                default -> {
                    // kept as raw only: affiliations (AD), transliterated title (TT), source line (SO), dates...
                }
            }
        }
        if (bookTitle != null) {
            // a chapter (TI) appears in the book; a whole book has only BTI, its title
            b.addIfAbsent(b.has(BibField.TITLE) ? BibField.JOURNAL : BibField.TITLE, bookTitle.tag(),
                    bookTitle.value().toString(), at(bookTitle));
        }
        authors(b, shortAuthors, fullAuthors, groupAuthors);
        doi(b, lidDoi != null ? lidDoi : aidDoi, sink);
        if (!b.has(BibField.PMID)) {
            sink.problem(ImportProblem.warning(start, "PMID", "record " + number
                    + " has no PMID: read without it (it cannot be matched to PubMed by its identifier)"));
        }
        sink.record(b.build());
    }

    /** FAU when every AU has its full form (they pair up in order), else AU; collective authors (CN) after them. */
    private void authors(ImportedRecord.Builder b, List<Field> shortAuthors, List<Field> fullAuthors,
            List<Field> groupAuthors) {
        List<Field> personal = shortAuthors.isEmpty() || fullAuthors.size() == shortAuthors.size() ? fullAuthors
                : shortAuthors;
        for (Field f : personal) {
            b.add(BibField.AUTHOR, f.tag(), f.value().toString(), at(f));
        }
        for (Field f : groupAuthors) {
            b.add(BibField.AUTHOR, f.tag(), f.value().toString(), at(f));
        }
    }

    private void doi(ImportedRecord.Builder b, Field f, ImportSink sink) {
        if (f == null) {
            return;
        }
        String doi = Doi.clean(f.value().toString());
        if (doi.isEmpty()) {
            sink.problem(ImportProblem.warning(at(f), f.tag(), "'" + MedlineFormat.abbreviate(f.value().toString())
                    + "' is marked [doi] but holds no DOI: left out"));
        } else {
            b.add(BibField.DOI, f.tag(), doi, at(f));
        }
    }

    private static boolean isDoi(String value) {
        return value.toLowerCase(Locale.ROOT).endsWith("[doi]");
    }

    private static void date(ImportedRecord.Builder b, String tag, String value, Position at) {
        if (b.has(BibField.DATE)) {
            return;
        }
        b.add(BibField.DATE, tag, value, at);
        Matcher year = YEAR.matcher(value);
        if (year.find()) {
            b.add(BibField.YEAR, tag, year.group(1), at);
        }
    }

    /** {@code 1533-4406 (Electronic)}: the number before the medium; the linking ISSN often repeats it. */
    private static void issn(ImportedRecord.Builder b, Set<String> seen, String tag, String value, Position at) {
        int paren = value.indexOf('(');
        String issn = (paren >= 0 ? value.substring(0, paren) : value).strip();
        if (!issn.isEmpty() && seen.add(issn.toUpperCase(Locale.ROOT))) {
            b.add(BibField.ISSN, tag, issn, at);
        }
    }

    private Position at(Field f) {
        return Position.line(file, f.line(), number);
    }
}
