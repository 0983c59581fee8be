package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Where RIS records begin and end when a file is not as tidy as an exporter writes it. */
class RisRecordBoundariesTest {

    private static Fixtures.Collected read(String text) throws ImportException {
        return Fixtures.read(new RisFormat(), Fixtures.text("test.ris", text));
    }

    @Test
    void aRecordWithoutErAtTheEndOfTheFileIsImportedWithAWarning() throws ImportException {
        Fixtures.Collected c = read("TY  - JOUR\nTI  - Complete\nER  -\n\nTY  - JOUR\nTI  - Cut off\n"
                + "AU  - Møller JE\n");
        assertEquals(List.of("Complete", "Cut off"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(List.of("Møller JE"), c.record(1).texts(BibField.AUTHOR));
        assertEquals(1, c.problems().size());
        ImportProblem p = c.warnings().get(0);
        assertEquals(7, p.position().line());
        assertEquals(2, p.position().record());
        assertEquals("ER", p.field());
        assertEquals("test.ris, line 7 (record 2), field ER: the file ends inside record 2 (no ER line); the record is "
                + "imported as read", p.toString().substring("warning: ".length()));
    }

    @Test
    void aTyInsideARecordEndsTheRecordBefore() throws ImportException {
        Fixtures.Collected c = read("TY  - JOUR\nTI  - First\nTY  - BOOK\nTI  - Second\nER  -\n");
        assertEquals(List.of("First", "Second"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(List.of("TY", "TI"), c.record(0).raw().stream().map(FieldValue::tag).toList());
        ImportProblem p = c.warnings().get(0);
        assertEquals(3, p.position().line());
        assertEquals("ER", p.field());
        assertTrue(p.message().startsWith("record 1 has no ER line before this TY"), p.message());
    }

    @Test
    void aTagLineBeforeAnyTyStartsARecordWithAWarning() throws ImportException {
        Fixtures.Collected c = read("TI  - No type\nAU  - Hassager C\nER  -\nTY  - JOUR\nTI  - Typed\nER  -\n");
        assertEquals(2, c.records().size());
        assertEquals("No type", c.record(0).text(BibField.TITLE));
        assertEquals("", c.record(0).text(BibField.TYPE));
        assertEquals(1, c.record(0).position().line());
        assertEquals(1, c.problems().size());
        ImportProblem p = c.warnings().get(0);
        assertEquals(1, p.position().line());
        assertEquals(1, p.position().record());
        assertEquals("TI", p.field());
        assertTrue(p.message().contains("tag TI comes before a TY line"), p.message());
    }

    @Test
    void erWithAndWithoutTrailingSpaceAndBlankLinesInAndBetweenRecords() throws ImportException {
        Fixtures.Collected c = read("TY  - JOUR\nTI  - One\nER  - \n\n\nTY  - JOUR\n\nTI  - Two\n\nER  -\n\n");
        assertEquals(List.of("One", "Two"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(List.of(), c.problems());
        assertEquals(8, c.record(1).values(BibField.TITLE).get(0).position().line());
    }

    @Test
    void aLineThatOnlyLooksLikeATagContinuesTheField() throws ImportException {
        Fixtures.Collected c = read("TY  - JOUR\nAB  - First line\nTY - not a tag (one space)\nab  - lower case\n"
                + "ER  -\n");
        assertEquals(1, c.records().size());
        assertEquals("First line TY - not a tag (one space) ab  - lower case", c.record(0).text(BibField.ABSTRACT));
        assertEquals("First line\nTY - not a tag (one space)\nab  - lower case",
                c.record(0).raw().get(1).value());
    }

    @Test
    void anErWithoutARecordIsAWarning() throws ImportException {
        Fixtures.Collected c = read("TY  - JOUR\nTI  - One\nER  -\nER  -\n");
        assertEquals(1, c.records().size());
        assertEquals(1, c.problems().size());
        assertEquals(4, c.problems().get(0).position().line());
        assertEquals("ER", c.problems().get(0).field());
    }

    @Test
    void aDoValueThatIsNotADoiIsReportedWithItsLine() throws ImportException {
        Fixtures.Collected c = read("TY  - JOUR\nTI  - One\nDO  - see publisher site\n"
                + "UR  - https://doi.org/10.1056/x1\nER  -\n");
        assertEquals("10.1056/x1", c.record(0).text(BibField.DOI));
        ImportProblem p = c.warnings().get(0);
        assertEquals(3, p.position().line());
        assertEquals("DO", p.field());
        assertEquals("'see publisher site' is not a DOI; it is kept as read only", p.message());
    }

    @Test
    void aByteOrderMarkWhereTwoExportsWereConcatenatedIsSkipped() throws ImportException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        bytes.writeBytes(bom);
        bytes.writeBytes("TY  - JOUR\r\nTI  - One\r\nER  - \r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bom);
        bytes.writeBytes("TY  - JOUR\r\nTI  - Two\r\nER  - \r\n".getBytes(StandardCharsets.UTF_8));
        Fixtures.Collected c = Fixtures.read(new RisFormat(), ImportSource.of("two.ris", bytes.toByteArray()));
        assertEquals(List.of("One", "Two"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals("JOUR", c.record(1).text(BibField.TYPE));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aRecordLargerThanTheLimitIsSkippedAndTheNextOneRead() throws ImportException {
        StringBuilder s = new StringBuilder("TY  - JOUR\nTI  - One\nER  -\nTY  - JOUR\nAB  - start\n");
        String line = "x".repeat(4000) + "\n";
        for (int i = 0; i < 1200; i++) {
            s.append(line);
        }
        s.append("ER  -\nTY  - JOUR\nTI  - Three\nER  -\n");
        Fixtures.Collected c = read(s.toString());
        assertEquals(List.of("One", "Three"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(3, c.record(1).position().record());
        assertEquals(1, c.skipped().size());
        ImportProblem p = c.skipped().get(0);
        assertEquals("AB", p.field());
        assertEquals(2, p.position().record());
        assertTrue(p.message().startsWith("record 2 (from line 4) is larger than"), p.message());
    }

    @Test
    void cancellingStopsBetweenRecords() throws ImportException {
        Fixtures.Collected read = Fixtures.readCancellingAfter(new RisFormat(), Fixtures.source("ris/scopus-export.ris"), 1);
        assertEquals(1, read.records().size());
        assertEquals(List.of(), read.problems());
    }
}
