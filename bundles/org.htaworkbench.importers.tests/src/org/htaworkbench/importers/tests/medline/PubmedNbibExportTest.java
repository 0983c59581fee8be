package org.htaworkbench.importers.tests.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.medline.MedlineFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code data/medline/pubmed-export.nbib}: five records as PubMed's "Save > PubMed format" writes them. */
class PubmedNbibExportTest {

    private static Fixtures.Collected read;

    @BeforeAll
    static void readFixture() throws ImportException {
        read = Fixtures.read(new MedlineFormat(), "medline/pubmed-export.nbib");
    }

    private static ImportedRecord record(int index) {
        return read.record(index);
    }

    private static List<String> raw(ImportedRecord r, String tag) {
        return r.raw().stream().filter(f -> f.tag().equals(tag)).map(FieldValue::value).toList();
    }

    @Test
    void blankLinesSeparateRecordsAlsoWhenTheFileStartsWithOneOrThereAreSeveral() {
        assertEquals(5, read.records().size());
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("38587239", "30954201", "35717382", "37011232", "11544512"),
                read.records().stream().map(r -> r.text(BibField.PMID)).toList());
        // the file starts with a blank line, and records 2 and 3 have two blank lines between them
        assertEquals(2, record(0).position().line());
        assertEquals(128, record(2).position().line());
        assertEquals(3, record(2).position().record());
        assertEquals(188, record(4).position().line());
    }

    @Test
    void paddedTagsAreReadWithoutTheirPadding() {
        ImportedRecord r = record(0);
        assertEquals("PMID", r.raw().get(0).tag());
        assertEquals("38587239", r.raw().get(0).value());
        assertEquals("STAT", r.raw().get(2).tag());
        assertEquals("MEDLINE", r.raw().get(2).value());
        assertEquals("38587239", r.text(BibField.ACCESSION));
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock.",
                r.text(BibField.TITLE));
        assertEquals("The New England journal of medicine", r.text(BibField.JOURNAL));
        assertEquals("N Engl J Med", r.text(BibField.JOURNAL_ABBREVIATION));
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals("1382-1393", r.text(BibField.PAGES));
        assertEquals("2024 Apr 18", r.text(BibField.DATE));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals(List.of("eng"), r.texts(BibField.LANGUAGE));
    }

    @Test
    void continuationLinesAreJoinedWithOneSpaceAndTheFieldStandsAtItsFirstLine() {
        ImportedRecord r = record(0);
        String abstractText = r.text(BibField.ABSTRACT);
        assertTrue(abstractText.startsWith("BACKGROUND: The effect of temporary mechanical circulatory support on "
                + "mortality among patients with ST-segment elevation myocardial infarction (STEMI) and cardiogenic"),
                abstractText);
        assertTrue(abstractText.endsWith("at 180 days than standard care alone."), abstractText);
        assertFalse(abstractText.contains("  "), abstractText);
        assertEquals(15, r.values(BibField.ABSTRACT).get(0).position().line());
        assertEquals(List.of("N Engl J Med. 2024 Apr 18;390(15):1382-1393. doi: 10.1056/NEJMoa2312572. "
                + "Epub 2024 Apr 7."), raw(r, "SO"));
        // an en dash in a title wrapped over two lines
        ImportedRecord jacc = record(1);
        assertEquals("Impella support in acute myocardial infarction\u2013related cardiogenic shock: a "
                + "propensity-matched registry analysis.", jacc.text(BibField.TITLE));
        assertEquals(83, jacc.values(BibField.TITLE).get(0).position().line());
    }

    @Test
    void fullAuthorNamesAreUsedWhenEveryShortNameHasOneAndTheCollectiveAuthorComesLast() {
        ImportedRecord r = record(0);
        assertEquals(List.of("Møller, Jacob E", "Engstrøm, Thomas", "Jensen, Lisette O", "Eiskjær, Hans",
                "Mangner, Norman", "Hassager, Christian", "DanGer Shock Investigators"), r.texts(BibField.AUTHOR));
        assertEquals(List.of("FAU", "FAU", "FAU", "FAU", "FAU", "FAU", "CN"),
                r.values(BibField.AUTHOR).stream().map(FieldValue::tag).toList());
        assertEquals(25, r.values(BibField.AUTHOR).get(0).position().line());
        assertEquals(List.of("Møller JE", "Engstrøm T", "Jensen LO", "Eiskjær H", "Mangner N", "Hassager C"),
                raw(r, "AU"));
    }

    @Test
    void shortNamesAreTheAuthorsWhenThereAreNoFullNames() {
        assertEquals(List.of("Thiele H", "Lauer B", "Hambrecht R", "Boudriot E", "Schuler G"),
                record(4).texts(BibField.AUTHOR));
        assertEquals("2917-22", record(4).text(BibField.PAGES));
    }

    @Test
    void repeatedAffiliationsStayRawOnlyAndRepeatedHeadingsAndTypesAreAllKept() {
        ImportedRecord r = record(0);
        List<String> affiliations = raw(r, "AD");
        assertEquals(7, affiliations.size());
        assertEquals("Department of Clinical Research, University of Southern Denmark, Odense, Denmark.",
                affiliations.get(1));
        assertEquals(List.of("Humans", "*Heart-Assist Devices/adverse effects",
                "*Myocardial Infarction/complications/mortality/therapy",
                "*Shock, Cardiogenic/etiology/mortality/therapy",
                "ST Elevation Myocardial Infarction/complications"), r.texts(BibField.KEYWORD));
        assertEquals(List.of("Journal Article", "Multicenter Study", "Randomized Controlled Trial"),
                r.texts(BibField.TYPE));
        assertEquals(List.of("10.1056/NEJMoa2312572 [doi]"), raw(r, "AID"));
    }

    @Test
    void theIssnIsTheNumberBeforeItsMedium() {
        assertEquals(List.of("1533-4406", "0028-4793"), record(0).texts(BibField.ISSN));
        assertEquals(List.of("1533-4406 (Electronic)", "0028-4793 (Linking)"), raw(record(0), "IS"));
    }

    @Test
    void theDoiComesFromLidWhenItIsMarkedDoi() {
        FieldValue doi = record(0).values(BibField.DOI).get(0);
        assertEquals("10.1056/NEJMoa2312572", doi.value());
        assertEquals("LID", doi.tag());
        assertEquals(14, doi.position().line());
    }

    @Test
    void aPiiInLidIsNoDoiAndTheDoiComesFromAid() {
        ImportedRecord r = record(1);
        FieldValue doi = r.values(BibField.DOI).get(0);
        assertEquals(1, r.values(BibField.DOI).size());
        assertEquals("10.1016/j.jacc.2019.01.001", doi.value());
        assertEquals("AID", doi.tag());
        assertEquals(122, doi.position().line());
        assertEquals(List.of("10.1016/j.jacc.2019.01.001 [doi]", "S0735-1097(19)30000-1 [pii]"), raw(r, "AID"));
        // other-term keywords follow the MeSH headings
        assertTrue(r.texts(BibField.KEYWORD).containsAll(List.of("Shock, Cardiogenic/*mortality/*therapy", "Impella",
                "mechanical circulatory support")), r.texts(BibField.KEYWORD).toString());
    }

    @Test
    void theTransliteratedTitleStaysRaw() {
        ImportedRecord r = record(2);
        assertEquals("[Microaxial pumps in cardiogenic shock: what is the evidence?].", r.text(BibField.TITLE));
        assertEquals(List.of("Mikroaxialpumpen im kardiogenen Schock: Was ist die Evidenz?"), raw(r, "TT"));
        assertEquals(List.of("Schäfer, Andreas", "Bauersachs, Johann"), r.texts(BibField.AUTHOR));
        assertEquals(List.of("ger"), r.texts(BibField.LANGUAGE));
    }

    @Test
    void aBookHasItsTitleInBti() {
        ImportedRecord r = record(3);
        assertEquals("Percutaneous Ventricular Assist Devices for Cardiogenic Shock: A Health Technology Assessment",
                r.text(BibField.TITLE));
        assertEquals("BTI", r.values(BibField.TITLE).get(0).tag());
        assertEquals(List.of("Ontario Health"), r.texts(BibField.AUTHOR));
        assertEquals(List.of("Review", "Book"), r.texts(BibField.TYPE));
        assertEquals("", r.text(BibField.DOI));
        assertEquals("", r.text(BibField.JOURNAL));
        assertEquals("2023", r.text(BibField.YEAR));
    }
}
