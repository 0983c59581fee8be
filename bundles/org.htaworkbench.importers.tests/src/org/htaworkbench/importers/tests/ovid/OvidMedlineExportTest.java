package org.htaworkbench.importers.tests.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ovid.OvidFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Ovid MEDLINE's default export: a search-strategy header, then long labels with the values indented below. */
class OvidMedlineExportTest {

    private static final String FILE = "ovid/ovid-medline-export.txt";

    private static Fixtures.Collected read() throws ImportException {
        return Fixtures.read(new OvidFormat(), FILE);
    }

    private static List<FieldValue> raw(ImportedRecord r, String label) {
        return r.raw().stream().filter(v -> v.tag().equals(label)).toList();
    }

    @Test
    void theHeaderIsNoRecordAndEachNumberedRecordIsOne() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(3, c.records().size());
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(11, 71, 96), c.records().stream().map(r -> r.position().line()).toList());
        assertEquals(List.of(1, 2, 3), c.records().stream().map(r -> r.position().record()).toList());
        assertEquals("Unique Identifier", c.record(0).raw().get(0).tag());
    }

    @Test
    void longLabelsWithIndentedValues() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock.",
                r.text(BibField.TITLE));
        assertEquals("Title", r.values(BibField.TITLE).get(0).tag());
        assertEquals(32, r.values(BibField.TITLE).get(0).position().line());
        assertEquals(List.of("38587239"), r.texts(BibField.ACCESSION));
        assertEquals("10.1056/NEJMoa2312572", r.text(BibField.DOI));
        assertEquals("https://dx.doi.org/10.1056/NEJMoa2312572", raw(r, "Digital Object Identifier").get(0).value());
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("Year of Publication", r.values(BibField.YEAR).get(0).tag());
        assertEquals(List.of("Journal Article", "Multicenter Study", "Randomized Controlled Trial"),
                r.texts(BibField.TYPE));
        assertEquals("English", r.text(BibField.LANGUAGE));
        assertEquals(List.of("1533-4406"), r.texts(BibField.ISSN));
        assertEquals(6, r.texts(BibField.KEYWORD).size());
        assertEquals("*Shock, Cardiogenic / th [Therapy]", r.texts(BibField.KEYWORD).get(4));
        assertTrue(r.text(BibField.URL).startsWith("http://ovidsp.ovid.com/"), r.text(BibField.URL));
    }

    @Test
    void eachAuthorOnItsOwnIndentedLineIsOneAuthor() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals(List.of("Moller JE", "Engstrom T", "Jensen LO", "Eiskjaer H", "Hassager C",
                "DanGer Shock Investigators"), r.texts(BibField.AUTHOR));
        assertEquals(17, r.values(BibField.AUTHOR).get(0).position().line());
        assertEquals(18, r.values(BibField.AUTHOR).get(1).position().line());
        assertEquals(List.of("Møller, Jacob E", "Engstrøm, Thomas", "Jensen, Lisette O", "Eiskjær, Hans",
                "Hassager, Christian"), raw(r, "Authors Full Name").stream().map(FieldValue::value).toList());
    }

    @Test
    void theUniqueIdentifierIsThePmidBecauseTheHeaderNamesMedline() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("38587239", c.record(0).text(BibField.PMID));
        assertEquals("37654321", c.record(1).text(BibField.PMID));
        assertEquals("Ovid MEDLINE(R) ALL <1946 to April 19, 2024>", c.record(0).text(BibField.DATABASE));
        assertEquals(1, c.record(0).values(BibField.DATABASE).get(0).position().line());
    }

    @Test
    void theSourceLineGivesJournalVolumeIssuePagesAndYear() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals("New England Journal of Medicine", r.text(BibField.JOURNAL));
        assertEquals("Source", r.values(BibField.JOURNAL).get(0).tag());
        assertEquals(34, r.values(BibField.JOURNAL).get(0).position().line());
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals("1382-1393", r.text(BibField.PAGES));
        assertEquals("2024 Apr 18", r.text(BibField.DATE));
        assertEquals("New England Journal of Medicine. 390(15):1382-1393, 2024 Apr 18.",
                raw(r, "Source").get(0).value());
    }

    @Test
    void aJournalNameWithPeriodsStaysWhole() throws ImportException {
        ImportedRecord r = read().record(1);
        assertEquals("Revista Espanola de Cardiologia (English Ed.)", r.text(BibField.JOURNAL));
        assertEquals("77", r.text(BibField.VOLUME));
        assertEquals("2", r.text(BibField.ISSUE));
        assertEquals("123-131", r.text(BibField.PAGES));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("Source", r.values(BibField.YEAR).get(0).tag());
        assertEquals("2024 Feb", r.text(BibField.DATE));
        assertEquals(List.of("Hernández-Pérez FJ", "Gómez-Bueno M", "Segovia-Cubero J"), r.texts(BibField.AUTHOR));
    }

    @Test
    void anUnindentedAbstractLineContinuesTheAbstract() throws ImportException {
        ImportedRecord r = read().record(1);
        assertEquals("INTRODUCTION AND OBJECTIVES: Data on microaxial flow pumps as a bridge to decision are scarce. "
                + "RESULTS: 212 patients were supported for a median of 4 days; 58% survived to discharge.",
                r.text(BibField.ABSTRACT));
        assertEquals(87, r.values(BibField.ABSTRACT).get(0).position().line());
        assertEquals(List.of("Unique Identifier", "Status", "Authors", "Authors", "Authors", "Title", "Source",
                "Grant Information", "Abstract", "Digital Object Identifier", "Publication Type", "Language"),
                r.raw().stream().map(FieldValue::tag).toList());
    }

    @Test
    void indentedAbstractParagraphsAreJoinedWithSingleSpaces() throws ImportException {
        ImportedRecord r = read().record(0);
        String abstractText = r.text(BibField.ABSTRACT);
        assertTrue(abstractText.startsWith("BACKGROUND: The effect of a microaxial flow pump on mortality"),
                abstractText);
        assertTrue(abstractText.contains("is uncertain. METHODS: In an international"), abstractText);
        assertTrue(abstractText.endsWith("P=0.04)."), abstractText);
        assertEquals(3, raw(r, "Abstract").get(0).value().split("\n").length);
    }

    @Test
    void anUnknownLabelFollowedByAnIndentedValueIsKeptRaw() throws ImportException {
        ImportedRecord r = read().record(1);
        List<FieldValue> grant = raw(r, "Grant Information");
        assertEquals(1, grant.size());
        assertEquals("Instituto de Salud Carlos III, PI21/01234", grant.get(0).value());
        assertEquals(85, grant.get(0).position().line());
    }

    @Test
    void withoutAYearFieldTheYearComesFromTheSourceAndKeywordHeadingsAreKeywords() throws ImportException {
        ImportedRecord r = read().record(2);
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("Journal of the American Heart Association", r.text(BibField.JOURNAL));
        assertEquals("e032451", r.text(BibField.PAGES));
        assertEquals(List.of("cardiogenic shock", "right ventricular failure"), r.texts(BibField.KEYWORD));
        assertEquals(List.of("Sørensen MB", "Ødegaard K"), r.texts(BibField.AUTHOR));
        assertEquals("", r.text(BibField.DOI));
    }
}
