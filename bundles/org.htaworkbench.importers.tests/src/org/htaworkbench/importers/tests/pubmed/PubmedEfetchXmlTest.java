package org.htaworkbench.importers.tests.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code data/pubmed/pubmed-efetch.xml}: three journal articles as efetch returns them, DOCTYPE included. */
class PubmedEfetchXmlTest {

    private static final String FILE = "pubmed/pubmed-efetch.xml";
    private static final String ARTICLE = "PubmedArticle/MedlineCitation/Article/";

    private static Fixtures.Collected read;

    @BeforeAll
    static void read() throws ImportException {
        read = Fixtures.read(new PubmedXmlFormat(), FILE);
    }

    @Test
    void readsEveryArticleDespiteTheExternalDtdReference() {
        assertEquals(3, read.records().size());
        assertEquals(List.of(), read.problems());
        assertEquals(new Position(FILE, 4, 1, "PubmedArticle"), read.record(0).position());
        assertEquals(145, read.record(1).position().line());
        assertEquals(3, read.record(2).position().record());
    }

    @Test
    void mapsTheCitationOfAJournalArticle() {
        ImportedRecord r = read.record(0);
        assertEquals("38587239", r.text(BibField.PMID));
        assertEquals("38587239", r.text(BibField.ACCESSION));
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock.",
                r.text(BibField.TITLE));
        assertEquals("The New England journal of medicine", r.text(BibField.JOURNAL));
        assertEquals("N Engl J Med", r.text(BibField.JOURNAL_ABBREVIATION));
        assertEquals("1533-4406", r.text(BibField.ISSN));
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals("1382-1393", r.text(BibField.PAGES));
        assertEquals("10.1056/NEJMoa2312572", r.text(BibField.DOI));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("2024 Apr 18", r.text(BibField.DATE));
        assertEquals(List.of("eng"), r.texts(BibField.LANGUAGE));
        assertEquals(List.of("Journal Article", "Multicenter Study", "Randomized Controlled Trial"),
                r.texts(BibField.TYPE));
        assertEquals(List.of("Humans", "Heart-Assist Devices", "Shock, Cardiogenic",
                "ST Elevation Myocardial Infarction"), r.texts(BibField.KEYWORD));
    }

    @Test
    void authorsAreLastNameAndInitialsAndAGroupIsKeptAsItIs() {
        assertEquals(List.of("Møller JE", "Engstrøm T", "Jensen LO", "Eiskjær H", "Mangner N", "Schulze PC",
                "DanGer Shock Investigators"), read.record(0).texts(BibField.AUTHOR));
        assertEquals(48, read.record(0).values(BibField.AUTHOR).get(0).position().line());
    }

    @Test
    void diacriticsAndSuffixesInAuthorNames() {
        assertEquals(List.of("Šimůnek L", "Ødegård K", "García-Fernández MÁ", "Müller-Lüdenscheidt B Jr"),
                read.record(1).texts(BibField.AUTHOR));
    }

    @Test
    void theForeNameIsKeptRaw() {
        assertTrue(raw(read.record(0), ARTICLE + "AuthorList/Author/ForeName").stream()
                .anyMatch(v -> v.value().equals("Jacob E") && v.position().line() == 50));
    }

    @Test
    void aStructuredAbstractKeepsItsLabels() {
        String abstractText = read.record(0).text(BibField.ABSTRACT);
        assertTrue(abstractText.startsWith("BACKGROUND: Whether a microaxial flow pump lowers mortality in"
                + " infarct-related cardiogenic shock has been uncertain. METHODS: Patients with ST-segment elevation"),
                abstractText);
        assertTrue(abstractText.contains("180 days. RESULTS: Death occurred in 45.8%"), abstractText);
        assertTrue(abstractText.endsWith(" CONCLUSIONS: The pump lowered mortality at 180 days, at the cost of more"
                + " adverse events. (Funded by the Danish Heart Foundation and others; DanGer Shock"
                + " ClinicalTrials.gov number, NCT01633502.)."), abstractText);
        assertTrue(!abstractText.contains("Copyright"), "the copyright line is not part of the abstract");
        FieldValue value = read.record(0).values(BibField.ABSTRACT).get(0);
        assertEquals(35, value.position().line());
        assertEquals(ARTICLE + "Abstract/AbstractText", value.position().path());
    }

    @Test
    void inlineMarkupInATitleIsDroppedButItsTextKept() {
        FieldValue title = read.record(1).values(BibField.TITLE).get(0);
        assertEquals("Left ventricular unloading with the Impella® CP in an ex vivo porcine heart model of"
                + " reperfusion.", title.value());
        assertEquals(161, title.position().line());
        assertEquals(ARTICLE + "ArticleTitle", title.position().path());
    }

    @Test
    void theRawTitleKeepsItsMarkup() {
        assertEquals(List.of("Left ventricular unloading with the Impella<sup>®</sup> CP in an\n        <i>ex vivo</i>"
                + " porcine heart model of reperfusion."), values(raw(read.record(1), ARTICLE + "ArticleTitle")));
    }

    @Test
    void markupAndEscapedCharactersInAnAbstractAndKeywords() {
        assertEquals("Unloading reduced the oxygen demand (MVO2) by a third & the infarct size by a quarter"
                + " (P < 0.01) in hearts perfused ex vivo.", read.record(1).text(BibField.ABSTRACT));
        assertEquals(List.of("Impella", "Ex vivo perfusion", "Left ventricular unloading"),
                read.record(1).texts(BibField.KEYWORD));
    }

    @Test
    void mathMlInAnAbstractIsReadAsItsText() {
        assertEquals("The cardiac power output CPO=MAP×CO/451 predicts survival. SCHLUSSFOLGERUNG: Größere"
                + " randomisierte Studien sind nötig.", read.record(2).text(BibField.ABSTRACT));
    }

    @Test
    void aMedlineDateGivesTheYearAndIsKeptAsTheDate() {
        assertEquals("2019", read.record(1).text(BibField.YEAR));
        assertEquals("2019 Nov-Dec", read.record(1).text(BibField.DATE));
        assertEquals(155, read.record(1).values(BibField.DATE).get(0).position().line());
    }

    @Test
    void aSeasonIsPartOfTheDate() {
        assertEquals("2018", read.record(2).text(BibField.YEAR));
        assertEquals("2018 Spring", read.record(2).text(BibField.DATE));
    }

    @Test
    void theDoiOfTheElocationIdComesFirst() {
        FieldValue doi = read.record(1).values(BibField.DOI).get(0);
        assertEquals("10.1016/j.carrev.2019.02.011", doi.value());
        assertEquals(167, doi.position().line());
        assertEquals(ARTICLE + "ELocationID", doi.position().path());
    }

    @Test
    void anElocationIdMarkedInvalidGivesWayToTheArticleIdList() {
        List<FieldValue> dois = read.record(2).values(BibField.DOI);
        assertEquals(1, dois.size());
        assertEquals("10.1007/s00059-017-4650-2", dois.get(0).value());
        assertEquals(288, dois.get(0).position().line());
        assertEquals("PubmedArticle/PubmedData/ArticleIdList/ArticleId", dois.get(0).position().path());
    }

    @Test
    void startAndEndPageAreJoinedWhenThereIsNoMedlinePgn() {
        assertEquals("23-31", read.record(2).text(BibField.PAGES));
    }

    @Test
    void initialsAreFormedFromTheForeNameWhenMissingAndInvalidNamesAreLeftOut() {
        assertEquals(List.of("Schäfer AJ", "Bauersachs J"), read.record(2).texts(BibField.AUTHOR));
    }

    @Test
    void everyLeafElementAndAttributeIsRawWithItsPathAndLine() {
        ImportedRecord r = read.record(0);
        for (FieldValue v : r.raw()) {
            assertTrue(v.position().line() >= 4 && v.position().line() <= 144, v.toString());
            assertEquals(1, v.position().record());
            assertEquals(v.tag(), v.position().path());
        }
        assertEquals(List.of("doi"), values(raw(r, ARTICLE + "ELocationID/@EIdType")));
        assertEquals(List.of("NCT01633502"),
                values(raw(r, ARTICLE + "DataBankList/DataBank/AccessionNumberList/AccessionNumber")));
        assertEquals(List.of("0028-4793"),
                values(raw(r, "PubmedArticle/MedlineCitation/MedlineJournalInfo/ISSNLinking")));
        assertEquals(List.of("adverse effects", "mortality", "therapy"),
                values(raw(r, "PubmedArticle/MedlineCitation/MeshHeadingList/MeshHeading/QualifierName")));
    }

    static List<FieldValue> raw(ImportedRecord r, String tag) {
        return r.raw().stream().filter(v -> v.tag().equals(tag)).toList();
    }

    static List<String> values(List<FieldValue> values) {
        return values.stream().map(FieldValue::value).toList();
    }
}
