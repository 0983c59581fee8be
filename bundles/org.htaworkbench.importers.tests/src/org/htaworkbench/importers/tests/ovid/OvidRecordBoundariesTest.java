package org.htaworkbench.importers.tests.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ovid.OvidFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Where Ovid records and fields begin when a file is not as tidy as Ovid writes it. */
class OvidRecordBoundariesTest {

    private static Fixtures.Collected read(String text) throws ImportException {
        return Fixtures.read(new OvidFormat(), Fixtures.text("test.txt", text));
    }

    @Test
    void recordStartsMayHaveAPeriodAndSpaces() throws ImportException {
        Fixtures.Collected c = read("<1. >\nTI  - One\n\n< 2 >\nTI  - Two\n<3.>\nTitle\n  Three\n");
        assertEquals(List.of("One", "Two", "Three"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(List.of(1, 4, 6), c.records().stream().map(r -> r.position().line()).toList());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aLabelShapedLineWithoutAnIndentedValueAfterItContinuesTheValue() throws ImportException {
        Fixtures.Collected c = read("<1>\nAbstract\n  First paragraph.\nSecond Part Of It\nTitle\n  T\n"
                + "New Label\n  its value\n");
        ImportedRecord r = c.record(0);
        assertEquals("First paragraph. Second Part Of It", r.text(BibField.ABSTRACT));
        assertEquals("T", r.text(BibField.TITLE));
        assertEquals(List.of("Abstract", "Title", "New Label"), r.raw().stream().map(FieldValue::tag).toList());
        assertEquals("its value", r.raw().get(2).value());
        assertEquals(8, r.raw().get(2).position().line());
    }

    @Test
    void anIndentedValueBeforeAnyLabelIsIgnoredWithOneWarning() throws ImportException {
        Fixtures.Collected c = read("<1>\n  stray\n  stray again\nTitle\n  Kept\n");
        assertEquals("Kept", c.record(0).text(BibField.TITLE));
        assertEquals(1, c.problems().size());
        assertEquals(2, c.problems().get(0).position().line());
        assertTrue(c.problems().get(0).message().contains("before any field label in record 1"));
    }

    @Test
    void aDoiFieldThatHoldsNoDoiIsReportedWithItsLineAndLabel() throws ImportException {
        Fixtures.Collected c = read("<1>\nTitle\n  T\nDigital Object Identifier\n  not available\n");
        assertEquals("", c.record(0).text(BibField.DOI));
        ImportProblem p = c.warnings().get(0);
        assertEquals(5, p.position().line());
        assertEquals("Digital Object Identifier", p.field());
        assertEquals("'not available' is not a DOI; it is kept as read only", p.message());
    }

    @Test
    void aUniqueIdentifierIsAPmidOnlyInMedline() throws ImportException {
        assertEquals("", read("<1>\nUI  - 38587239\nTI  - x\n").record(0).text(BibField.PMID));
        assertEquals("", read("Database: Embase <1974 to 2024>\n<1>\nUI  - 38587239\n").record(0).text(BibField.PMID));
        assertEquals("38587239", read("<1>\nDB  - Ovid MEDLINE(R)\nUI  - 38587239\n").record(0).text(BibField.PMID));
        assertEquals("38587239", read("Database: Ovid MEDLINE(R) <1946 to 2024>\n<1>\nUI  - 38587239\n").record(0)
                .text(BibField.PMID));
    }

    @Test
    void withoutAuthorsTheFullNamesAreTheAuthors() throws ImportException {
        ImportedRecord r = read("<1>\nAuthors Full Name\n  Møller, Jacob E\n  Hassager, Christian\n").record(0);
        assertEquals(List.of("Møller, Jacob E", "Hassager, Christian"), r.texts(BibField.AUTHOR));
    }

    @Test
    void aHeaderWithoutRecordsAndAnEmptyFileHaveNoRecords() throws ImportException {
        Fixtures.Collected header = read("Database: Ovid MEDLINE(R) ALL <1946 to April 19, 2024>\nSearch Strategy:\n"
                + "1     Shock, Cardiogenic/ (18532)\n");
        assertEquals(List.of(), header.records());
        assertEquals(List.of(), header.problems());
        assertEquals(List.of(), read("").records());
    }

    @Test
    void aRecordLargerThanTheLimitIsSkippedAndTheNextOneRead() throws ImportException {
        StringBuilder s = new StringBuilder("<1>\nTI  - One\n<2>\nAB  - start\n");
        String line = "x".repeat(4000) + "\n";
        for (int i = 0; i < 1200; i++) {
            s.append(line);
        }
        s.append("<3>\nTI  - Three\n");
        Fixtures.Collected c = read(s.toString());
        assertEquals(List.of("One", "Three"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(1, c.skipped().size());
        ImportProblem p = c.skipped().get(0);
        assertEquals("AB", p.field());
        assertEquals(2, p.position().record());
        assertTrue(p.message().startsWith("record 2 (from line 3) is larger than"), p.message());
    }

    @Test
    void cancellingStopsBetweenRecords() throws ImportException {
        Fixtures.Collected read = Fixtures.readCancellingAfter(new OvidFormat(), Fixtures.source("ovid/ovid-medline-export.txt"), 1);
        assertEquals(1, read.records().size());
        assertEquals(List.of(), read.problems());
    }
}
