package org.htaworkbench.importers.tests.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code data/pubmed/pubmed-book-article.xml}: a Bookshelf chapter and a whole book (PubmedBookArticle). */
class PubmedBookArticleTest {

    private static Fixtures.Collected read;

    @BeforeAll
    static void read() throws ImportException {
        read = Fixtures.read(new PubmedXmlFormat(), "pubmed/pubmed-book-article.xml");
    }

    @Test
    void bothBookArticlesAreRead() {
        assertEquals(2, read.records().size());
        assertEquals(List.of(), read.problems());
        assertEquals("PubmedBookArticle", read.record(0).position().path());
        assertEquals(82, read.record(1).position().line());
    }

    @Test
    void aChapterIsTitledByItsArticleTitleAndTheBookIsItsJournal() {
        ImportedRecord chapter = read.record(0);
        assertEquals("29939566", chapter.text(BibField.PMID));
        assertEquals("29939566", chapter.text(BibField.ACCESSION));
        FieldValue title = chapter.values(BibField.TITLE).get(0);
        assertEquals("Cardiogenic Shock", title.value());
        assertEquals("PubmedBookArticle/BookDocument/ArticleTitle", title.position().path());
        assertEquals(27, title.position().line());
        assertEquals("StatPearls", chapter.text(BibField.JOURNAL));
        assertEquals("2024", chapter.text(BibField.YEAR));
        assertEquals("2024 01", chapter.text(BibField.DATE));
        assertEquals(List.of("Review"), chapter.texts(BibField.TYPE));
        assertEquals(List.of("eng"), chapter.texts(BibField.LANGUAGE));
        assertEquals("Cardiogenic shock is a state of end-organ hypoperfusion caused by cardiac failure. This activity"
                + " reviews its causes, its assessment and the place of mechanical circulatory support.",
                chapter.text(BibField.ABSTRACT));
    }

    @Test
    void theEditorsAreNotAuthors() {
        assertEquals(List.of("Okafor NC", "Lindqvist Å"), read.record(0).texts(BibField.AUTHOR));
    }

    @Test
    void aWholeBookIsTitledByItsBookTitleWithTheBooksAuthors() {
        ImportedRecord book = read.record(1);
        FieldValue title = book.values(BibField.TITLE).get(0);
        assertEquals("Acute heart failure: mechanical circulatory support. Evidence review", title.value());
        assertEquals("PubmedBookArticle/BookDocument/Book/BookTitle", title.position().path());
        assertTrue(book.values(BibField.JOURNAL).isEmpty(), "a whole book is not part of another");
        assertEquals(List.of("National Guideline Centre (UK)"), book.texts(BibField.AUTHOR));
        assertEquals("10.3310/hta-review-0042", book.text(BibField.DOI));
        assertEquals("2022 Nov", book.text(BibField.DATE));
        assertEquals(List.of("Practice Guideline", "Review"), book.texts(BibField.TYPE));
    }

    @Test
    void thePublisherAndTheBookshelfAccessionAreKeptRaw() {
        ImportedRecord chapter = read.record(0);
        assertEquals(List.of("StatPearls Publishing"), PubmedEfetchXmlTest.values(PubmedEfetchXmlTest.raw(chapter,
                "PubmedBookArticle/BookDocument/Book/Publisher/PublisherName")));
        assertEquals(List.of("NBK482255"), PubmedEfetchXmlTest.values(PubmedEfetchXmlTest.raw(chapter,
                "PubmedBookArticle/BookDocument/ArticleIdList/ArticleId")));
    }
}
