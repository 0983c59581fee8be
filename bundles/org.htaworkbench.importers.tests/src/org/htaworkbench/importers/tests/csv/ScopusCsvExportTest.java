package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code data/csv/scopus-export.csv}: four records in Scopus's CSV export (every cell quoted, a UTF-8 byte-order mark,
 * authors as {@code Møller J.E., Engstrøm T.}, pages as start and end, the article number apart).
 */
class ScopusCsvExportTest {

    private static Fixtures.Collected read;

    @BeforeAll
    static void readFixture() throws ImportException {
        read = Fixtures.read(new CsvRecordsFormat(), "csv/scopus-export.csv");
    }

    private static List<String> raw(ImportedRecord r, String tag) {
        return r.raw().stream().filter(f -> f.tag().equals(tag)).map(FieldValue::value).toList();
    }

    @Test
    void everyRowIsARecordAtItsLine() {
        assertEquals(4, read.records().size());
        assertEquals(List.of(), read.problems());
        // the first record's abstract has a line break, so the second record starts at line 4
        assertEquals(List.of(2, 4, 5, 6), read.records().stream().map(r -> r.position().line()).toList());
        assertEquals(List.of(1, 2, 3, 4), read.records().stream().map(r -> r.position().record()).toList());
    }

    @Test
    void theBomIsNotPartOfTheFirstHeader() {
        ImportedRecord r = read.record(0);
        assertEquals("Authors", r.raw().get(0).tag());
        assertEquals("Authors", r.values(BibField.AUTHOR).get(0).tag());
    }

    @Test
    void scopusAuthorsAreSplitAtTheCommaAfterTheirInitials() {
        assertEquals(List.of("Møller J.E.", "Engstrøm T.", "Jensen L.O.", "Eiskjær H.", "Mangner N.", "Polzin A.",
                "Schulze P.C.", "Hassager C."), read.record(0).texts(BibField.AUTHOR));
        assertEquals(List.of("Udesen N.L.J.", "Helgestad O.K.L.", "Banke A.B.S.", "Frederiksen P.H.", "Josiassen J.",
                "Jensen L.O.", "Schmidt H.", "Møller J.E."), read.record(2).texts(BibField.AUTHOR));
        assertEquals(List.of(), read.record(3).texts(BibField.AUTHOR), "Scopus's placeholder is no author");
        assertEquals(List.of("[No author name available]"), raw(read.record(3), "Authors"));
    }

    @Test
    void columnsAreMappedByTheirScopusNames() {
        ImportedRecord r = read.record(0);
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock",
                r.text(BibField.TITLE));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("New England Journal of Medicine", r.text(BibField.JOURNAL));
        assertEquals("N. Engl. J. Med.", r.text(BibField.JOURNAL_ABBREVIATION));
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals("10.1056/NEJMoa2312572", r.text(BibField.DOI));
        assertEquals("2-s2.0-85189543210", r.text(BibField.ACCESSION));
        assertEquals("38587239", r.text(BibField.PMID));
        assertEquals("English", r.text(BibField.LANGUAGE));
        assertEquals("Article", r.text(BibField.TYPE));
        assertEquals("00284793", r.text(BibField.ISSN));
        assertEquals("Scopus", r.text(BibField.DATABASE), "Source is the database when Source title is the journal");
        assertTrue(r.text(BibField.URL).startsWith("https://www.scopus.com/inward/record.uri?eid=2-s2.0-85189543210"));
        assertEquals(List.of("aged", "cardiogenic shock", "Impella", "randomized controlled trial",
                "ST segment elevation myocardial infarction"), r.texts(BibField.KEYWORD));
        assertEquals(List.of("cardiogenic shock", "heart-assist devices", "mortality", "cardiogenic shock",
                "heart-assist device", "human", "mortality"), read.record(1).texts(BibField.KEYWORD));
    }

    @Test
    void pagesAreStartAndEndJoinedOrTheArticleNumber() {
        assertEquals("1382-1393", read.record(0).text(BibField.PAGES));
        assertEquals(List.of("1382"), raw(read.record(0), "Page start"));
        assertEquals(List.of("1393"), raw(read.record(0), "Page end"));
        assertEquals("e034567", read.record(2).text(BibField.PAGES));
        assertEquals("Art. No.", read.record(2).values(BibField.PAGES).get(0).tag());
    }

    @Test
    void quotedCellsKeepTheirLineBreaksCommasAndDoubledQuotes() {
        String abstractText = read.record(0).text(BibField.ABSTRACT);
        assertTrue(abstractText.contains("(the \"DanGer Shock\" trial) remains unclear.\nMETHODS: We randomly assigned "
                + "patients, in Denmark, Germany and the United Kingdom,"), abstractText);
        assertTrue(read.record(2).text(BibField.ABSTRACT).contains("a microaxial pump, \"Impella CP\", improves"));
    }

    @Test
    void everyNonEmptyCellIsARawValueTaggedWithItsHeader() {
        ImportedRecord r = read.record(0);
        assertEquals(List.of("7202581539;7004296218;7403263046;6603658823;36440893200;35113549400;7202487231;"
                + "7004155823"), raw(r, "Author(s) ID"));
        assertEquals(List.of("215"), raw(r, "Cited by"));
        assertEquals(List.of(), raw(r, "Art. No."), "an empty cell is no value");
        assertEquals(24, r.raw().size());
        assertTrue(r.raw().stream().allMatch(f -> f.position().line() == 2));
    }
}
