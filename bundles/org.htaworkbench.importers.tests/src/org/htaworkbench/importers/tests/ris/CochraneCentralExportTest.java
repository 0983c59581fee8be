package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** The Wiley Cochrane Library's CENTRAL export: record headers before each TY, CN- ids, Cochrane URLs. */
class CochraneCentralExportTest {

    private static final String FILE = "ris/cochrane-central-export.ris";

    private static Fixtures.Collected read() throws ImportException {
        return Fixtures.read(new RisFormat(), FILE);
    }

    @Test
    void theRecordHeadersAreNeitherRecordContentNorProblems() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(4, c.records().size());
        assertEquals(List.of(), c.problems());
        for (ImportedRecord r : c.records()) {
            assertEquals("TY", r.raw().get(0).tag());
            for (FieldValue v : r.raw()) {
                assertFalse(v.value().contains("Provider") || v.value().contains("Record #")
                        || v.value().contains("Content"), v.toString());
            }
        }
        assertEquals(4, c.record(0).position().line());
        assertEquals(31, c.record(1).position().line());
        assertEquals("UR", c.record(0).raw().get(c.record(0).raw().size() - 1).tag());
    }

    @Test
    void theContentHeaderNamesTheDatabaseOfTheNextRecord() throws ImportException {
        Fixtures.Collected c = read();
        for (ImportedRecord r : c.records()) {
            assertEquals(List.of("CENTRAL"), r.texts(BibField.DATABASE), r.toString());
        }
        FieldValue database = c.record(0).values(BibField.DATABASE).get(0);
        assertEquals("Content", database.tag());
        assertEquals(3, database.position().line(), "the Content: line before record 1");
    }

    @Test
    void idIsTheAccession() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(List.of("CN-02688123"), c.record(0).texts(BibField.ACCESSION));
        assertEquals("ID", c.record(0).values(BibField.ACCESSION).get(0).tag());
        assertEquals(List.of("CN-01987654"), c.record(1).texts(BibField.ACCESSION));
    }

    @Test
    void theDoiShapedPathOfACochraneUrlIsNotTheArticlesDoi() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("10.1056/NEJMoa2312572", c.record(0).text(BibField.DOI));
        ImportedRecord noDo = c.record(1);
        assertEquals("", noDo.text(BibField.DOI));
        assertEquals("https://www.cochranelibrary.com/central/doi/10.1002/central/CN-01987654/full",
                noDo.text(BibField.URL));
    }

    @Test
    void spAloneMayAlreadyHoldTheRange() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("278-87", c.record(1).text(BibField.PAGES));
        assertEquals(42, c.record(1).values(BibField.PAGES).get(0).position().line());
        assertEquals("1382-1393", c.record(0).text(BibField.PAGES));
        // some exporters repeat the end page in EP beside a range in SP
        Fixtures.Collected both = Fixtures.read(new RisFormat(), Fixtures.text("range.ris",
                "TY  - JOUR\nSP  - 1382-93\nEP  - 1393\nER  -\nTY  - JOUR\nSP  - 1382\u201393\nEP  - 93\nER  -\n"));
        assertEquals(List.of("1382-93", "1382\u201393"),
                both.records().stream().map(r -> r.text(BibField.PAGES)).toList());
    }

    @Test
    void joIsTheJournalWhenThereIsNoFullName() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("New England journal of medicine", c.record(0).text(BibField.JOURNAL));
        assertEquals("", c.record(0).text(BibField.JOURNAL_ABBREVIATION));
        assertEquals(List.of("Møller JE", "Engstrøm T", "Jensen LO", "Eiskjær H", "Hassager C"),
                c.record(0).texts(BibField.AUTHOR));
        assertEquals("2024", c.record(0).text(BibField.YEAR));
    }

    @Test
    void aRegistryRecordKeepsItsUnknownTagsRaw() throws ImportException {
        ImportedRecord r = read().record(2);
        assertEquals("Danish\u2010German Cardiogenic Shock Trial", r.text(BibField.TITLE));
        assertEquals(List.of(), r.texts(BibField.AUTHOR));
        FieldValue xr = r.raw().stream().filter(v -> v.tag().equals("XR")).findFirst().orElseThrow();
        assertEquals("NCT01633502", xr.value());
        assertEquals(58, xr.position().line());
        assertEquals(3, xr.position().record());
        assertEquals("https://clinicaltrials.gov/show/NCT01633502", r.text(BibField.JOURNAL));
    }

    @Test
    void aFileOfOnlyRecordHeadersHasNoRecordsAndNoProblems() throws ImportException {
        Fixtures.Collected c = Fixtures.read(new RisFormat(), Fixtures.text("headers.ris",
                "Record #1 of 2\nProvider: John Wiley & Sons, Ltd\nContent:Central\n\nRecord #2 of 2\n"
                        + "Provider: John Wiley & Sons, Ltd\nContent: Central\n"));
        assertEquals(List.of(), c.records());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aRecordHeaderInsideARecordEndsARecordThatLackedItsEr() throws ImportException {
        Fixtures.Collected c = Fixtures.read(new RisFormat(), Fixtures.text("no-er.ris",
                "Record #1 of 2\nProvider: John Wiley & Sons, Ltd\nContent:Central\nTY  - JOUR\nID  - CN-1\n"
                        + "TI  - First\n\nRecord #2 of 2\nProvider: John Wiley & Sons, Ltd\nContent:Central\n"
                        + "TY  - JOUR\nID  - CN-2\nTI  - Second\nER  -\n"));
        assertEquals(2, c.records().size());
        assertEquals("First", c.record(0).text(BibField.TITLE));
        assertEquals(List.of("TY", "ID", "TI"), c.record(0).raw().stream().map(FieldValue::tag).toList());
        assertEquals("Second", c.record(1).text(BibField.TITLE));
        assertEquals(1, c.problems().size());
        ImportProblem p = c.problems().get(0);
        assertEquals(ImportProblem.Severity.WARNING, p.severity());
        assertEquals(8, p.position().line());
        assertEquals("ER", p.field());
        assertTrue(p.message().contains("record 1 has no ER line"), p.message());
    }
}
