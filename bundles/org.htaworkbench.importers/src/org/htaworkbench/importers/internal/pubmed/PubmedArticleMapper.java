package org.htaworkbench.importers.internal.pubmed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;

/**
 * Turns one {@code PubmedArticle} or {@code PubmedBookArticle} into a record: every leaf element and attribute as a
 * raw value (tag = its path), and the normalised fields from the places the PubMed DTDs put them.
 */
final class PubmedArticleMapper {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private final XmlElement article;
    private final String file;
    private final int record;
    private final ImportSink sink;
    private final ImportedRecord.Builder builder;

    PubmedArticleMapper(XmlElement article, String file, int record, ImportSink sink) {
        this.article = article;
        this.file = file;
        this.record = record;
        this.sink = sink;
        this.builder = ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC,
                new Position(file, article.line(), record, article.name()));
    }

    ImportedRecord map() {
        raw(article);
        if (article.name().equals("PubmedBookArticle")) {
            mapBookArticle();
        } else {
            mapJournalArticle();
        }
        return builder.build();
    }

    private void mapJournalArticle() {
        XmlElement citation = article.child("MedlineCitation");
        XmlElement art = citation.child("Article");
        XmlElement journal = art.child("Journal");
        XmlElement issue = journal.child("JournalIssue");
        pmid(citation.child("PMID"), "MedlineCitation/PMID");
        title(art.child("ArticleTitle"), art.child("VernacularTitle"), "MedlineCitation/Article/ArticleTitle");
        authors(art.children("AuthorList"));
        add(BibField.JOURNAL, journal.child("Title"));
        add(BibField.JOURNAL_ABBREVIATION, journal.child("ISOAbbreviation"));
        if (!builder.has(BibField.JOURNAL_ABBREVIATION)) {
            add(BibField.JOURNAL_ABBREVIATION, citation.at("MedlineJournalInfo", "MedlineTA"));
        }
        for (XmlElement issn : journal.children("ISSN")) {
            add(BibField.ISSN, issn);
        }
        add(BibField.VOLUME, issue.child("Volume"));
        add(BibField.ISSUE, issue.child("Issue"));
        pages(art.child("Pagination"));
        List<XmlElement> dois = new ArrayList<>(art.children("ELocationID"));
        dois.addAll(article.at("PubmedData", "ArticleIdList").children("ArticleId"));
        dois(dois);
        dates(issue.child("PubDate"), art.children("ArticleDate"));
        abstractText(art.child("Abstract"));
        for (XmlElement language : art.children("Language")) {
            add(BibField.LANGUAGE, language);
        }
        for (XmlElement type : art.at("PublicationTypeList").children("PublicationType")) {
            add(BibField.TYPE, type);
        }
        for (XmlElement heading : citation.at("MeshHeadingList").children("MeshHeading")) {
            add(BibField.KEYWORD, heading.child("DescriptorName"));
        }
        keywords(citation.children("KeywordList"));
    }

    /** A chapter of a book on the NCBI Bookshelf, or a whole book: the book's title is the "journal" of a chapter. */
    private void mapBookArticle() {
        XmlElement document = article.child("BookDocument");
        XmlElement book = document.child("Book");
        pmid(document.child("PMID"), "BookDocument/PMID");
        XmlElement chapter = document.child("ArticleTitle");
        if (chapter.plainText().isEmpty()) {
            title(book.child("BookTitle"), document.child("VernacularTitle"), "BookDocument/Book/BookTitle");
        } else {
            title(chapter, document.child("VernacularTitle"), "BookDocument/ArticleTitle");
            add(BibField.JOURNAL, book.child("BookTitle"));
        }
        authors(document.children("AuthorList"));
        if (!builder.has(BibField.AUTHOR)) {
            authors(book.children("AuthorList"));
        }
        add(BibField.VOLUME, book.child("Volume"));
        pages(document.child("Pagination"));
        List<XmlElement> dois = new ArrayList<>(document.children("ELocationID"));
        dois.addAll(book.children("ELocationID"));
        dois.addAll(document.at("ArticleIdList").children("ArticleId"));
        dois.addAll(article.at("PubmedBookData", "ArticleIdList").children("ArticleId"));
        dois(dois);
        dates(book.child("PubDate"), document.children("ContributionDate"));
        abstractText(document.child("Abstract"));
        for (XmlElement language : document.children("Language")) {
            add(BibField.LANGUAGE, language);
        }
        List<XmlElement> types = new ArrayList<>(document.children("PublicationType"));
        types.addAll(document.at("PublicationTypeList").children("PublicationType"));
        for (XmlElement type : types) {
            add(BibField.TYPE, type);
        }
        keywords(document.children("KeywordList"));
    }

    private void pmid(XmlElement pmid, String where) {
        String value = pmid.plainText();
        if (value.isEmpty()) {
            warn(pmid.exists() ? pmid : article, where, "article " + record + " has no PMID (" + where + ")");
            return;
        }
        add(BibField.PMID, pmid, value);
        add(BibField.ACCESSION, pmid, value);
    }

    private void title(XmlElement title, XmlElement vernacular, String where) {
        if (!title.plainText().isEmpty()) {
            add(BibField.TITLE, title);
        } else if (!vernacular.plainText().isEmpty()) {
            add(BibField.TITLE, vernacular);
        } else {
            warn(title.exists() ? title : article, where, "article " + record + " has no title (" + where + ")");
        }
    }

    /** Authors only: an {@code AuthorList Type="editors"} names the editors of the book. */
    private void authors(List<XmlElement> lists) {
        for (XmlElement list : lists) {
            if (list.attribute("Type").equals("editors")) {
                continue;
            }
            int number = 0;
            for (XmlElement author : list.children("Author")) {
                number++;
                if (author.attribute("ValidYN").equals("N")) {
                    continue; // PubMed keeps a name it has corrected, marked invalid
                }
                String name = authorName(author);
                if (name.isEmpty()) {
                    warn(author, author.path(),
                            "author " + number + " of article " + record + " has no name; left out");
                } else {
                    add(BibField.AUTHOR, author, name);
                }
            }
        }
    }

    /** As PubMed prints authors: {@code Møller JE}, a group name as it stands. */
    private static String authorName(XmlElement author) {
        String collective = author.child("CollectiveName").plainText();
        if (!collective.isEmpty()) {
            return collective;
        }
        String last = author.child("LastName").plainText();
        if (last.isEmpty()) {
            return "";
        }
        String initials = author.child("Initials").plainText();
        if (initials.isEmpty()) {
            initials = initialsOf(author.child("ForeName").plainText());
        }
        String suffix = author.child("Suffix").plainText();
        return String.join(" ", List.of(last, initials, suffix).stream().filter(s -> !s.isEmpty()).toList());
    }

    /** "Jean-Pierre Anne" -> "JPA", as PubMed forms Initials when a record lacks them. */
    private static String initialsOf(String foreName) {
        StringBuilder s = new StringBuilder();
        for (String part : foreName.split("[\\s\\-.]+")) {
            if (!part.isEmpty()) {
                s.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return s.toString();
    }

    private void pages(XmlElement pagination) {
        XmlElement medline = pagination.child("MedlinePgn");
        if (!medline.plainText().isEmpty()) {
            add(BibField.PAGES, medline);
            return;
        }
        XmlElement start = pagination.child("StartPage");
        String end = pagination.child("EndPage").plainText();
        String first = start.plainText();
        if (!first.isEmpty()) {
            add(BibField.PAGES, start, end.isEmpty() ? first : first + "-" + end);
        }
    }

    /** ELocationIDs first (the publisher's), then PubMed's ArticleIdList; one DOI per record. */
    private void dois(List<XmlElement> candidates) {
        for (XmlElement e : candidates) {
            boolean doi = e.name().equals("ELocationID") ? e.attribute("EIdType").equals("doi")
                    : e.attribute("IdType").equals("doi");
            if (!doi || e.attribute("ValidYN").equals("N") || builder.has(BibField.DOI)) {
                continue;
            }
            String given = e.plainText();
            String clean = Doi.clean(given);
            if (clean.isEmpty()) {
                if (!given.isEmpty()) {
                    warn(e, e.path(), "'" + given + "' is not a DOI; left out");
                }
            } else {
                add(BibField.DOI, e, clean);
            }
        }
    }

    /**
     * YEAR and DATE from the issue's PubDate ({@code Year Month Day}, {@code Year Season} or a free
     * {@code MedlineDate} such as "2019 Nov-Dec"); the electronic ArticleDate only when the PubDate has no year.
     */
    private void dates(XmlElement pubDate, List<XmlElement> fallbacks) {
        if (date(pubDate)) {
            return;
        }
        for (XmlElement fallback : fallbacks) {
            if (date(fallback)) {
                return;
            }
        }
    }

    private boolean date(XmlElement date) {
        XmlElement year = date.child("Year");
        XmlElement medline = date.child("MedlineDate");
        XmlElement at;
        String text;
        if (!year.plainText().isEmpty()) {
            at = year;
            String monthOrSeason = date.child("Month").plainText();
            if (monthOrSeason.isEmpty()) {
                monthOrSeason = date.child("Season").plainText();
            }
            text = String.join(" ", List.of(year.plainText(), monthOrSeason, date.child("Day").plainText()).stream()
                    .filter(s -> !s.isEmpty()).toList());
        } else if (!medline.plainText().isEmpty()) {
            at = medline;
            text = medline.plainText();
        } else {
            return false;
        }
        Matcher m = YEAR.matcher(at.plainText());
        if (m.find()) {
            add(BibField.YEAR, at, m.group(1));
        } else {
            warn(at, at.path(), "'" + at.plainText() + "' holds no four-digit year");
        }
        add(BibField.DATE, at, text);
        return true;
    }

    /** Structured abstracts as PubMed shows them: "BACKGROUND: ... METHODS: ...". */
    private void abstractText(XmlElement abstractElement) {
        List<XmlElement> parts = abstractElement.children("AbstractText");
        List<String> texts = new ArrayList<>();
        for (XmlElement part : parts) {
            String label = XmlElement.collapseWhitespace(part.attribute("Label"));
            String text = part.plainText();
            if (!label.isEmpty()) {
                texts.add(text.isEmpty() ? label + ":" : label + ": " + text);
            } else if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        if (!texts.isEmpty()) {
            add(BibField.ABSTRACT, parts.get(0), String.join(" ", texts));
        }
    }

    private void keywords(List<XmlElement> lists) {
        for (XmlElement list : lists) {
            for (XmlElement keyword : list.children("Keyword")) {
                add(BibField.KEYWORD, keyword);
            }
        }
    }

    /**
     * Every leaf element's text and every attribute, in document order; an element holding only inline markup
     * (a title with {@code <i>}) is one value, its markup kept as XML.
     */
    private void raw(XmlElement element) {
        Position at = position(element);
        String path = at.path();
        for (XmlElement.Attribute a : element.attributes()) {
            String tag = path + "/@" + a.name();
            builder.raw(tag, a.value(), at.withPath(tag));
        }
        if (!element.hasChildElements()) {
            builder.raw(path, element.text(), at);
            return;
        }
        if (element.isInlineText()) {
            builder.raw(path, element.innerXml(), at);
            return;
        }
        String own = element.ownText();
        if (!own.isBlank()) {
            builder.raw(path, own, at);
        }
        for (XmlElement child : element.children()) {
            raw(child);
        }
    }

    private void add(BibField field, XmlElement element) {
        add(field, element, element.plainText());
    }

    private void add(BibField field, XmlElement element, String value) {
        if (element.exists() && !value.isEmpty()) {
            Position at = position(element);
            builder.add(field, at.path(), value, at);
        }
    }

    private void warn(XmlElement element, String field, String message) {
        sink.problem(ImportProblem.warning(position(element), field, message));
    }

    private Position position(XmlElement element) {
        return new Position(file, element.line(), record, element.path());
    }
}
