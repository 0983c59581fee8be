package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Embase exported as RIS through Ovid: byte-order mark, CRLF, N2 abstracts, JF with JA, DOIs behind dx.doi.org. */
class EmbaseRisExportTest {

    private static final String FILE = "ris/embase-export.ris";

    private static Fixtures.Collected read() throws ImportException {
        return Fixtures.read(new RisFormat(), FILE);
    }

    @Test
    void theFixtureHasAByteOrderMarkAndCrlfLineEnds() {
        byte[] bytes = Fixtures.bytes(FILE);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("JOUR\r\nDB  - Embase\r\n"));
    }

    @Test
    void theByteOrderMarkDoesNotHideTheFirstRecordsType() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(3, c.records().size());
        ImportedRecord first = c.record(0);
        assertEquals("TY", first.raw().get(0).tag());
        assertEquals("JOUR", first.text(BibField.TYPE));
        assertEquals(1, first.position().line());
        assertEquals(1, first.position().record());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void crlfLeavesNoCarriageReturnInAnyValue() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock",
                c.record(0).text(BibField.TITLE));
        for (ImportedRecord r : c.records()) {
            for (FieldValue v : r.raw()) {
                assertFalse(v.value().contains("\r"), v.tag() + " at " + v.position());
            }
        }
        // ER ends the record; it is not a field
        assertEquals("DO", c.record(0).raw().get(c.record(0).raw().size() - 1).tag());
    }

    @Test
    void n2IsTheAbstract() throws ImportException {
        ImportedRecord r = read().record(0);
        String abstractText = r.text(BibField.ABSTRACT);
        assertTrue(abstractText.startsWith("Background: Whether a microaxial flow pump improves survival"),
                abstractText);
        assertTrue(abstractText.contains("95% CI, 0.55\u20130.99"), abstractText);
        assertEquals("N2", r.values(BibField.ABSTRACT).get(0).tag());
        assertEquals(13, r.values(BibField.ABSTRACT).get(0).position().line());
    }

    @Test
    void jfIsTheJournalAndJaItsAbbreviation() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("New England Journal of Medicine", c.record(0).text(BibField.JOURNAL));
        assertEquals("N Engl J Med", c.record(0).text(BibField.JOURNAL_ABBREVIATION));
        assertEquals("European Heart Journal: Acute Cardiovascular Care", c.record(1).text(BibField.JOURNAL));
        assertEquals("Eur Heart J Acute Cardiovasc Care", c.record(1).text(BibField.JOURNAL_ABBREVIATION));
    }

    @Test
    void theDxDoiOrgPrefixIsNotPartOfTheDoiButStaysInTheRawField() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("10.1056/NEJMoa2312572", c.record(0).text(BibField.DOI));
        assertEquals(31, c.record(0).values(BibField.DOI).get(0).position().line());
        assertEquals("https://dx.doi.org/10.1056/NEJMoa2312572",
                c.record(0).raw().stream().filter(v -> v.tag().equals("DO")).findFirst().orElseThrow().value());
        assertEquals("10.1093/ehjacc/zuad036.045", c.record(1).text(BibField.DOI));
    }

    @Test
    void withoutDoNeitherM3ArticleNorTheOvidLinkIsTakenForADoi() throws ImportException {
        ImportedRecord r = read().record(2);
        assertEquals("", r.text(BibField.DOI));
        assertEquals("Article", r.raw().stream().filter(v -> v.tag().equals("M3")).findFirst().orElseThrow().value());
    }

    @Test
    void repeatedA1LinesAreTheAuthorsInOrder() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(List.of("Møller J.E.", "Engstrøm T.", "Jensen L.O.", "Eiskjær H.", "Schäfer A.",
                "Hassager C."), c.record(0).texts(BibField.AUTHOR));
        assertEquals(List.of("Ødegaard K.", "Hénault L.", "Sørensen M.B."), c.record(1).texts(BibField.AUTHOR));
    }

    @Test
    void accessionDatabaseYearPagesIssnAndKeywords() throws ImportException {
        Fixtures.Collected c = read();
        ImportedRecord r = c.record(0);
        assertEquals(List.of("2031622911"), r.texts(BibField.ACCESSION));
        assertEquals(List.of("Embase", "Medline"), r.texts(BibField.DATABASE));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("", r.text(BibField.DATE));
        assertEquals("1382-1393", r.text(BibField.PAGES));
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals(List.of("0028-4793", "1533-4406"), r.texts(BibField.ISSN));
        assertEquals(5, r.texts(BibField.KEYWORD).size());
        assertEquals("*cardiogenic shock/th [Therapy]", r.texts(BibField.KEYWORD).get(0));
        assertEquals("CONF", c.record(1).text(BibField.TYPE));
        assertEquals("i45", c.record(1).text(BibField.PAGES));
        assertEquals("Haemolysis during Impella CP support \u2013 incidence and predictors in a Nordic registry",
                c.record(1).text(BibField.TITLE));
        assertEquals(34, c.record(1).position().line());
        assertEquals(2, c.record(1).position().record());
    }
}
