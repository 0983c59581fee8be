package org.htaworkbench.importers.internal.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;

/**
 * Which column of a table of references holds what, from its header as database exports, reference managers and
 * extraction sheets name the columns ({@code Title}, {@code Article Title}, {@code Source title}, {@code PY} ...),
 * in any case and with surrounding spaces. When a table has several columns for one field, the name earlier in the
 * lists below wins: Scopus has {@code Source title} (the journal) and {@code Source} (the database, "Scopus").
 */
final class CsvColumns {

    /** What a column holds. */
    enum Role {
        TITLE("title", "article title", "document title", "ti"),
        AUTHOR("authors", "author", "author(s)", "au"),
        YEAR("year", "publication year", "py", "pubyear"),
        JOURNAL("journal", "source title", "journal/book", "publication title", "journal title", "so", "source"),
        BOOK_TITLE("booktitle", "book title"),
        JOURNAL_ABBREVIATION("abbreviated source title", "journal abbreviation", "j9"),
        DOI("doi", "di"),
        VOLUME("volume", "vl"),
        ISSUE("issue", "number", "is"),
        PAGES("pages", "page", "pagination", "pg"),
        PAGE_START("page start", "start page", "sp", "bp"),
        PAGE_END("page end", "end page", "ep"),
        ARTICLE_NUMBER("art. no.", "article number", "ar"),
        ABSTRACT("abstract", "ab"),
        ACCESSION("accession number", "eid", "ut (unique wos id)", "ut", "record id", "id", "pmid", "pubmed id"),
        PMID("pmid", "pubmed id"),
        KEYWORD("keywords", "author keywords", "index keywords", "de", "mesh terms"),
        LANGUAGE("language", "language of original document", "la"),
        ISSN("issn", "sn"),
        URL("url", "link", "ur"),
        TYPE("entrytype", "document type", "publication type", "type", "pt", "dt"),
        DATABASE("database", "source database");

        private final List<String> names;

        Role(String... names) {
            this.names = List.of(names);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern SEMICOLON = Pattern.compile(";");

    private final List<String> header;
    private final Map<Role, Integer> single = new EnumMap<>(Role.class);
    private final List<Integer> keywords = new ArrayList<>();

    private CsvColumns(List<String> header) {
        this.header = List.copyOf(header);
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(key(header.get(i)), i);
        }
        for (Role role : Role.values()) {
            if (role == Role.KEYWORD) {
                for (int i = 0; i < header.size(); i++) {
                    if (role.names.contains(key(header.get(i)))) {
                        keywords.add(i);
                    }
                }
                continue;
            }
            role.names.stream().filter(byName::containsKey).findFirst().ifPresent(n -> single.put(role, byName.get(n)));
        }
        Integer source = byName.get("source");
        if (source != null && !source.equals(single.get(Role.JOURNAL))) {
            single.putIfAbsent(Role.DATABASE, source);
        }
    }

    static CsvColumns of(List<String> header) {
        return new CsvColumns(header);
    }

    /** A header name as compared: no byte-order mark, no surrounding or doubled spaces, lower case. */
    static String key(String name) {
        return name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean has(Role role) {
        return role == Role.KEYWORD ? !keywords.isEmpty() : single.containsKey(role);
    }

    /** Whether the header is a table of references: a title column and an author, year, journal or DOI column. */
    boolean isReferenceTable() {
        return has(Role.TITLE) && (has(Role.AUTHOR) || has(Role.YEAR) || has(Role.JOURNAL) || has(Role.DOI));
    }

    /** For messages: {@code ID, year, author}. */
    String describeHeader() {
        return header.isEmpty() ? "no columns" : String.join(", ", header.stream().map(String::strip).toList());
    }

    /** Sets the normalised fields of one row's cells (a cell beyond the row's end is empty). */
    void fill(ImportedRecord.Builder b, String[] cells, Position at, ImportSink sink) {
        add(b, BibField.TITLE, Role.TITLE, cells, at);
        if (has(Role.AUTHOR)) {
            for (String author : CsvAuthors.split(cell(cells, Role.AUTHOR))) {
                b.add(BibField.AUTHOR, tag(Role.AUTHOR), author, at);
            }
        }
        Matcher year = YEAR.matcher(cell(cells, Role.YEAR));
        if (year.find()) {
            b.add(BibField.YEAR, tag(Role.YEAR), year.group(1), at);
        }
        add(b, BibField.JOURNAL, Role.JOURNAL, cells, at);
        if (!b.has(BibField.JOURNAL)) {
            add(b, BibField.JOURNAL, Role.BOOK_TITLE, cells, at);
        }
        add(b, BibField.JOURNAL_ABBREVIATION, Role.JOURNAL_ABBREVIATION, cells, at);
        doi(b, cells, at, sink);
        add(b, BibField.VOLUME, Role.VOLUME, cells, at);
        add(b, BibField.ISSUE, Role.ISSUE, cells, at);
        pages(b, cells, at);
        add(b, BibField.ABSTRACT, Role.ABSTRACT, cells, at);
        add(b, BibField.ACCESSION, Role.ACCESSION, cells, at);
        add(b, BibField.PMID, Role.PMID, cells, at);
        for (int column : keywords) {
            String tag = header.get(column).strip();
            for (String keyword : SEMICOLON.split(column < cells.length ? cells[column] : "")) {
                b.add(BibField.KEYWORD, tag, keyword, at);
            }
        }
        add(b, BibField.LANGUAGE, Role.LANGUAGE, cells, at);
        if (has(Role.ISSN)) {
            for (String issn : SEMICOLON.split(cell(cells, Role.ISSN))) {
                b.add(BibField.ISSN, tag(Role.ISSN), issn, at);
            }
        }
        add(b, BibField.URL, Role.URL, cells, at);
        add(b, BibField.TYPE, Role.TYPE, cells, at);
        add(b, BibField.DATABASE, Role.DATABASE, cells, at);
    }

    private void doi(ImportedRecord.Builder b, String[] cells, Position at, ImportSink sink) {
        String given = cell(cells, Role.DOI);
        if (given.isBlank()) {
            return;
        }
        String doi = Doi.clean(given);
        if (doi.isEmpty()) {
            sink.problem(ImportProblem.warning(at, tag(Role.DOI), "'" + abbreviate(given.strip())
                    + "' is not a DOI: left out"));
        } else {
            b.add(BibField.DOI, tag(Role.DOI), doi, at);
        }
    }

    /** Pages as printed; else start and end joined ({@code 1382-1393}); else the article number ({@code e034567}). */
    private void pages(ImportedRecord.Builder b, String[] cells, Position at) {
        add(b, BibField.PAGES, Role.PAGES, cells, at);
        String start = cell(cells, Role.PAGE_START).strip();
        String end = cell(cells, Role.PAGE_END).strip();
        if (!b.has(BibField.PAGES) && !start.isEmpty()) {
            b.add(BibField.PAGES, tag(Role.PAGE_START), end.isEmpty() || end.equals(start) ? start : start + "-" + end,
                    at);
        }
        if (!b.has(BibField.PAGES)) {
            add(b, BibField.PAGES, Role.ARTICLE_NUMBER, cells, at);
        }
    }

    private void add(ImportedRecord.Builder b, BibField field, Role role, String[] cells, Position at) {
        if (has(role)) {
            b.add(field, tag(role), cell(cells, role), at);
        }
    }

    private String cell(String[] cells, Role role) {
        Integer column = single.get(role);
        return column == null || column >= cells.length ? "" : cells[column];
    }

    private String tag(Role role) {
        return header.get(single.get(role)).strip();
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
