package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code data/csv/extraction-sheet-semicolon.csv}: a reviewer's extraction sheet saved by Excel in a European locale
 * (semicolons, CRLF, empty rows, a blank line, DOIs pasted as links, a note with a semicolon that was not quoted).
 */
class ExtractionSheetSemicolonTest {

    private static Fixtures.Collected read;

    @BeforeAll
    static void readFixture() throws ImportException {
        read = Fixtures.read(new CsvRecordsFormat(), "csv/extraction-sheet-semicolon.csv");
    }

    private static List<String> raw(ImportedRecord r, String tag) {
        return r.raw().stream().filter(f -> f.tag().equals(tag)).map(FieldValue::value).toList();
    }

    @Test
    void semicolonsSeparateTheCellsAndEmptyRowsAndBlankLinesAreNoRecords() {
        assertEquals(4, read.records().size());
        assertEquals(List.of(), read.skipped());
        assertEquals(List.of(2, 4, 7, 8), read.records().stream().map(r -> r.position().line()).toList());
        assertEquals(List.of(1, 2, 3, 4), read.records().stream().map(r -> r.position().record()).toList());
        ImportedRecord r = read.record(0);
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock",
                r.text(BibField.TITLE));
        assertEquals("N Engl J Med", r.text(BibField.JOURNAL));
        assertEquals("1382-1393", r.text(BibField.PAGES));
        assertEquals(List.of("primary outcome: death; 180 days"), raw(r, "Notes"));
    }

    @Test
    void identifiersAndPagesStayAsPrinted() {
        assertEquals(List.of("0123", "0124", "0125", "0126"),
                read.records().stream().map(r -> r.text(BibField.ACCESSION)).toList());
        assertEquals("e012345", read.record(3).text(BibField.PAGES));
        assertEquals("1287-96", read.record(1).text(BibField.PAGES));
    }

    @Test
    void doisLoseTheirResolverAndLabel() {
        assertEquals(List.of("10.1056/NEJMoa2312572", "10.1056/NEJMoa1208410", "10.1016/j.jacc.2008.05.065",
                "10.1002/ejhf.2143"), read.records().stream().map(r -> r.text(BibField.DOI)).toList());
        assertEquals(List.of("https://doi.org/10.1056/NEJMoa2312572"), raw(read.record(0), "DOI"));
    }

    @Test
    void vancouverAuthorListsAreSplitAtTheirCommas() {
        assertEquals(List.of("Møller JE", "Engstrøm T", "Jensen LO"), read.record(0).texts(BibField.AUTHOR));
        assertEquals(List.of("Thiele H", "Zeymer U", "Neumann FJ"), read.record(1).texts(BibField.AUTHOR));
    }

    @Test
    void aQuotedLineBreakStaysInItsCellAsALineFeed() {
        assertEquals(List.of("Excluded from the meta-analysis:\nIABP, not a microaxial pump"),
                raw(read.record(1), "Notes"));
        assertEquals("Impella in \"real-world\" cardiogenic shock", read.record(3).text(BibField.TITLE));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderKeepsThemWithAWarningNamingTheRow() {
        ImportedRecord r = read.record(2);
        assertEquals(List.of("see table 2"), raw(r, "Notes"));
        assertEquals(List.of("appendix"), raw(r, "column 13"));
        assertEquals(1, read.warnings().size());
        ImportProblem p = read.warnings().get(0);
        assertEquals("csv/extraction-sheet-semicolon.csv, line 7 (record 3)", p.position().toString());
        assertEquals("column 13", p.field());
        assertEquals("record 3 has 13 cells but the header has 12: the cells beyond the header are kept as raw values "
                + "(column 13 on)", p.message());
    }
}
