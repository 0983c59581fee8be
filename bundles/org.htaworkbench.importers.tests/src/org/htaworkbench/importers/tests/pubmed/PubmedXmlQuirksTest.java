package org.htaworkbench.importers.tests.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Cases of PubMed XML that the fixtures do not show, written in the test. */
class PubmedXmlQuirksTest {

    private final PubmedXmlFormat format = new PubmedXmlFormat();

    static String article(String citation) {
        return "<PubmedArticle>\n<MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n" + citation
                + "\n</MedlineCitation>\n</PubmedArticle>\n";
    }

    static String set(String... articles) {
        return "<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n" + String.join("", articles) + "</PubmedArticleSet>\n";
    }

    private Fixtures.Collected read(String xml) throws ImportException {
        return Fixtures.read(format, Fixtures.text("quirk.xml", xml));
    }

    @Test
    void anArticleWithoutPmidIsReadWithAWarning() throws ImportException {
        Fixtures.Collected read = read(set(article("<Article><ArticleTitle>No identifier.</ArticleTitle></Article>")));
        assertEquals(1, read.records().size());
        assertEquals("No identifier.", read.record(0).text(BibField.TITLE));
        assertEquals(1, read.warnings().size());
        ImportProblem warning = read.warnings().get(0);
        assertEquals("MedlineCitation/PMID", warning.field());
        assertEquals("article 1 has no PMID (MedlineCitation/PMID)", warning.message());
        assertEquals(3, warning.position().line());
    }

    @Test
    void anArticleWithoutTitleIsReadWithAWarning() throws ImportException {
        Fixtures.Collected read = read(set(article("<PMID Version=\"1\">1</PMID>"),
                article("<PMID Version=\"1\">2</PMID>\n<Article>\n<ArticleTitle/>\n</Article>")));
        assertEquals(List.of("1", "2"), read.records().stream().map(r -> r.text(BibField.PMID)).toList());
        assertEquals(List.of("article 1 has no title (MedlineCitation/Article/ArticleTitle)",
                "article 2 has no title (MedlineCitation/Article/ArticleTitle)"),
                read.warnings().stream().map(ImportProblem::message).toList());
        assertEquals(12, read.warnings().get(1).position().line(), "the empty ArticleTitle's line");
        assertEquals(2, read.warnings().get(1).position().record());
    }

    @Test
    void theVernacularTitleStandsInForAMissingTitle() throws ImportException {
        Fixtures.Collected read = read(set(article("<PMID>3</PMID><Article><VernacularTitle>Über den <i>kardiogenen</i>"
                + " Schock</VernacularTitle></Article>")));
        assertEquals("Über den kardiogenen Schock", read.record(0).text(BibField.TITLE));
        assertEquals(List.of(), read.problems());
    }

    @Test
    void theArticleDateStandsInForAPubDateWithoutYear() throws ImportException {
        Fixtures.Collected read = read(set(article("<PMID>4</PMID><Article><Journal><JournalIssue><PubDate/>"
                + "</JournalIssue></Journal><ArticleTitle>T</ArticleTitle>\n<ArticleDate DateType=\"Electronic\">\n"
                + "<Year>2023</Year><Month>11</Month><Day>02</Day></ArticleDate></Article>")));
        assertEquals("2023", read.record(0).text(BibField.YEAR));
        assertEquals("2023 11 02", read.record(0).text(BibField.DATE));
        assertEquals("PubmedArticle/MedlineCitation/Article/ArticleDate/Year",
                read.record(0).values(BibField.YEAR).get(0).position().path());
        assertEquals(7, read.record(0).values(BibField.YEAR).get(0).position().line());
    }

    @Test
    void whitespaceInATitleIsCollapsed() throws ImportException {
        Fixtures.Collected read = read(set(article("<PMID>5</PMID><Article><ArticleTitle>\n   Cardiogenic\n\t shock:"
                + "   a <b>review</b> </ArticleTitle></Article>")));
        assertEquals("Cardiogenic shock: a review", read.record(0).text(BibField.TITLE));
    }

    @Test
    void aDoiThatIsNotOneIsLeftOutWithAWarning() throws ImportException {
        Fixtures.Collected read = read(set(article("<PMID>6</PMID><Article><ArticleTitle>T</ArticleTitle>\n"
                + "<ELocationID EIdType=\"doi\" ValidYN=\"Y\">not-a-doi</ELocationID></Article>")));
        assertTrue(read.record(0).values(BibField.DOI).isEmpty());
        assertEquals("'not-a-doi' is not a DOI; left out", read.warnings().get(0).message());
        assertEquals(6, read.warnings().get(0).position().line());
    }

    @Test
    void aMalformedArticleInTheMiddleFailsWithItsLineAfterTheArticlesBefore() {
        String xml = new String(Fixtures.bytes("pubmed/pubmed-efetch.xml"), StandardCharsets.UTF_8);
        int second = xml.indexOf("<PubmedArticle>", xml.indexOf("<PubmedArticle>") + 1);
        String broken = xml.substring(0, second) + xml.substring(second).replaceFirst("</Volume>", "</Volum>");
        List<ImportedRecord> records = new ArrayList<>();
        ImportException e = assertThrows(ImportException.class, () -> format.read(ImportSource.of("broken.xml",
                broken.getBytes(StandardCharsets.UTF_8)), collect(records)));
        assertEquals(1, records.size(), "the first article was delivered before the failure");
        assertEquals(152, e.position().line());
        assertEquals(2, e.position().record());
        assertEquals("PubmedArticle/MedlineCitation/Article/Journal/JournalIssue/Volume", e.position().path());
        assertTrue(e.getMessage().startsWith("broken.xml, line 152 (record 2), at PubmedArticle/"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Volume\"") && e.getMessage().contains("</Volume>"), e.getMessage());
    }

    @Test
    void aTruncatedFileFailsNamingTheArticle() {
        String xml = new String(Fixtures.bytes("pubmed/pubmed-efetch.xml"), StandardCharsets.UTF_8);
        String half = xml.substring(0, xml.indexOf("<Volume>20") + 5);
        ImportSource cut = ImportSource.of("cut.xml", half.getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(format, cut));
        assertEquals(2, e.position().record());
        assertTrue(e.problem().startsWith("is not readable XML: "), e.problem());
    }

    @Test
    void anHtmlEntityIsRefusedNamingIt() {
        ImportException e = assertThrows(ImportException.class, () -> read(set(article(
                "<PMID>7</PMID><Article><ArticleTitle>Caf&eacute;</ArticleTitle></Article>"))));
        assertTrue(e.getMessage().contains("\"eacute\"") && e.getMessage().contains("not declared"), e.getMessage());
        assertEquals(5, e.position().line());
    }

    @Test
    void aSinglePubmedArticleAsTheRootIsRead() throws ImportException {
        Fixtures.Collected read = read(article("<PMID>8</PMID><Article><ArticleTitle>Alone</ArticleTitle></Article>"));
        assertEquals("Alone", read.record(0).text(BibField.TITLE));
    }

    @Test
    void deletedCitationsOfAnUpdateFileAreNotRecords() throws ImportException {
        Fixtures.Collected read = read(set(
                article("<PMID>9</PMID><Article><ArticleTitle>Kept</ArticleTitle></Article>"),
                "<DeleteCitation><PMID Version=\"1\">123</PMID></DeleteCitation>\n"));
        assertEquals(1, read.records().size());
        assertEquals("9", read.record(0).text(BibField.PMID));
    }

    @Test
    void anotherXmlFileIsRefusedByItsRootElement() {
        ImportException e = assertThrows(ImportException.class, () -> read("<?xml version=\"1.0\"?>\n<xml><records>"
                + "<record/></records></xml>"));
        assertEquals("the root element is <xml>, not <PubmedArticleSet>: this is not a PubMed XML file", e.problem());
        assertEquals(2, e.position().line());
    }

    @Test
    void anEmptyFileIsNotReadableXml() {
        ImportException e = assertThrows(ImportException.class, () -> read(""));
        assertTrue(e.problem().startsWith("is not readable XML"), e.problem());
    }

    @Test
    void moreThanAHundredThousandEscapedCharactersAreReadAsAnyOther() throws ImportException {
        // JDK 25's default jdk.xml.maxGeneralEntitySizeLimit (100,000) counts &lt; and &amp; of the whole document
        StringBuilder articles = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            articles.append(article("<PMID>" + i + "</PMID><Article><ArticleTitle>A &amp; B</ArticleTitle><Abstract>"
                    + "<AbstractText>" + "p &lt; 0.05 &amp; ".repeat(30) + "</AbstractText></Abstract></Article>"));
        }
        Fixtures.Collected read = read(set(articles.toString()));
        assertEquals(2_000, read.records().size());
        assertEquals("A & B", read.record(1_999).text(BibField.TITLE));
    }

    @Test
    void anArticleTooLargeToHoldIsSkippedAndTheNextOneRead() throws ImportException {
        String huge = ("<AbstractText>" + "x".repeat(1_000) + "</AbstractText>\n").repeat(9 * 1024);
        Fixtures.Collected read = read(set(
                article("<PMID>10</PMID><Article><Abstract>" + huge + "</Abstract></Article>"),
                article("<PMID>11</PMID><Article><ArticleTitle>After</ArticleTitle></Article>")));
        assertEquals(List.of("11"), read.records().stream().map(r -> r.text(BibField.PMID)).toList());
        assertEquals(1, read.skipped().size());
        assertEquals("article 1 holds more than 8 Mi characters; skipped", read.skipped().get(0).message());
        assertEquals(3, read.skipped().get(0).position().line());
    }

    @Test
    void readingStopsBetweenArticlesWhenCancelled() throws ImportException {
        Fixtures.Collected read = Fixtures.readCancellingAfter(format, Fixtures.source("pubmed/pubmed-efetch.xml"), 2);
        assertEquals(2, read.records().size());
        assertEquals(List.of(), read.problems());
    }

    static ImportSink collect(List<ImportedRecord> records) {
        return new ImportSink() {
            @Override
            public void record(ImportedRecord record) {
                records.add(record);
            }

            @Override
            public void problem(ImportProblem problem) {
                // only the records matter here
            }
        };
    }

    private static byte[] withDeclaration(String encoding, String title, java.nio.charset.Charset charset) {
        return ("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<PubmedArticleSet>\n"
                + article("<PMID>1</PMID><Article><ArticleTitle>" + title + "</ArticleTitle></Article>")
                + "</PubmedArticleSet>\n").getBytes(charset);
    }

    @Test
    void theEncodingOfTheXmlDeclarationIsUsed() throws ImportException {
        byte[] latin1 = withDeclaration("ISO-8859-1", "M\u00f8ller \u00e9tude", StandardCharsets.ISO_8859_1);
        Fixtures.Collected read = Fixtures.read(format, ImportSource.of("latin1.xml", latin1));
        assertEquals("M\u00f8ller \u00e9tude", read.record(0).text(BibField.TITLE));
    }

    @Test
    void aUtf8ByteOrderMarkIsPassedOver() throws ImportException {
        byte[] xml = withDeclaration("UTF-8", "Sch\u00e4fer", StandardCharsets.UTF_8);
        byte[] bom = new byte[xml.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, bom, 3, xml.length);
        assertEquals("Sch\u00e4fer", Fixtures.read(format, ImportSource.of("bom.xml", bom)).record(0).text(BibField.TITLE));
    }

    @Test
    void bytesThatAreNotInTheDeclaredEncodingRefuseTheFileNamingTheLineAndPrintNothing() {
        // a Latin-1 file that says it is UTF-8: the parser's own decoder would print "[Fatal Error]" lines
        byte[] wrong = withDeclaration("UTF-8", "M\u00f8ller", StandardCharsets.ISO_8859_1);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        ImportException e;
        try {
            System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            e = assertThrows(ImportException.class, () -> Fixtures.read(format, ImportSource.of("wrong.xml", wrong)));
        } finally {
            System.setErr(err);
        }
        assertEquals("wrong.xml, line 5 (record 1), at PubmedArticle/MedlineCitation/Article/ArticleTitle: is not readable"
                + " XML: it holds bytes that are not UTF-8", e.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEncodingTheRuntimeDoesNotKnowIsNamed() {
        byte[] xml = withDeclaration("X-NO-SUCH-CHARSET", "Title", StandardCharsets.US_ASCII);
        ImportException e = assertThrows(ImportException.class,
                () -> Fixtures.read(format, ImportSource.of("odd.xml", xml)));
        assertTrue(e.getMessage().contains("its declaration names the encoding 'X-NO-SUCH-CHARSET'"), e.getMessage());
        assertEquals(1, e.position().line());
    }
}
