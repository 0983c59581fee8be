package org.htaworkbench.importers.tests.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.medline.MedlineFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** The layout rules of MEDLINE text on small files written here: what exports and hand edits get wrong. */
class MedlineLayoutTest {

    private static Fixtures.Collected read(String text) throws ImportException {
        return Fixtures.read(new MedlineFormat(), Fixtures.text("test.nbib", text));
    }

    @Test
    void aRecordWithoutPmidIsReadWithAWarning() throws ImportException {
        Fixtures.Collected c = read("TI  - Impella in cardiogenic shock.\nAU  - Thiele H\n\nPMID- 2\nTI  - Second.\n");
        assertEquals(2, c.records().size());
        assertEquals("Impella in cardiogenic shock.", c.record(0).text(BibField.TITLE));
        ImportProblem p = c.warnings().get(0);
        assertEquals(1, c.warnings().size());
        assertEquals("PMID", p.field());
        assertEquals(1, p.position().line());
        assertEquals(1, p.position().record());
        assertTrue(p.message().contains("record 1 has no PMID"), p.message());
    }

    @Test
    void aContinuationBeforeAnyTagIsIgnoredWithAWarningNamingItsLine() throws ImportException {
        Fixtures.Collected c = read("      stray text\nPMID- 1\nTI  - Title.\n\n      another stray\nPMID- 2\n");
        assertEquals(2, c.records().size());
        assertEquals(List.of("PMID", "TI"), c.record(0).raw().stream().map(f -> f.tag()).toList());
        assertEquals(2, c.warnings().size());
        assertEquals("test.nbib, line 1 (record 1)", c.warnings().get(0).position().toString());
        assertTrue(c.warnings().get(0).message().contains("a continuation line before any tag of the record: ignored "
                + "('stray text')"), c.warnings().get(0).message());
        assertEquals(5, c.warnings().get(1).position().line());
        assertEquals(2, c.warnings().get(1).position().record());
    }

    @Test
    void shortNamesAreUsedWhenTheFullNamesDoNotPairUpWithThem() throws ImportException {
        Fixtures.Collected c = read("PMID- 1\nFAU - Møller, Jacob E\nAU  - Møller JE\nAU  - Engstrøm T\n");
        assertEquals(List.of("Møller JE", "Engstrøm T"), c.record(0).texts(BibField.AUTHOR));
    }

    @Test
    void looselyPaddedTagsAndEmptyValuesAreRead() throws ImportException {
        Fixtures.Collected c = read("PMID- 1\nTI - Loose padding.\nAB  -\nPG  - 12-9\n");
        ImportedRecord r = c.record(0);
        assertEquals("1", r.text(BibField.PMID));
        assertEquals("Loose padding.", r.text(BibField.TITLE));
        assertEquals("", r.text(BibField.ABSTRACT));
        assertEquals(List.of("PMID", "TI", "AB", "PG"), r.raw().stream().map(f -> f.tag()).toList());
        assertEquals("12-9", r.text(BibField.PAGES));
    }

    @Test
    void aSecondPmidStartsANewRecordWhenTheBlankLineIsMissing() throws ImportException {
        Fixtures.Collected c = read("PMID- 1\nTI  - One.\nPMID- 2\nTI  - Two.\n");
        assertEquals(List.of("One.", "Two."), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(3, c.record(1).position().line());
    }

    @Test
    void anUnindentedLineInsideAFieldIsReadAsItsContinuationWithAWarning() throws ImportException {
        Fixtures.Collected c = read("PMID- 1\nTI  - A title broken\nby an editor.\nPG  - 1-2\n");
        assertEquals("A title broken by an editor.", c.record(0).text(BibField.TITLE));
        ImportProblem p = c.warnings().get(0);
        assertEquals("TI", p.field());
        assertEquals(3, p.position().line());
    }

    @Test
    void aDoiMarkerWithoutADoiIsReportedAndLeftOut() throws ImportException {
        Fixtures.Collected c = read("PMID- 1\nLID - not-a-doi [doi]\nAID - 10.1002/ccd.28000 [doi]\n");
        assertEquals("", c.record(0).text(BibField.DOI));
        assertEquals("LID", c.warnings().get(0).field());
        assertEquals(2, c.warnings().get(0).position().line());
    }

    @Test
    void aFieldLongerThanAMegabyteSkipsItsRecordAndTheNextIsRead() throws ImportException {
        StringBuilder text = new StringBuilder("PMID- 1\nAB  - start\n");
        String line = "      " + "x".repeat(999) + "\n";
        for (int i = 0; i < 1100; i++) {
            text.append(line);
        }
        text.append("\nPMID- 2\nTI  - After.\n");
        Fixtures.Collected c = read(text.toString());
        assertEquals(1, c.records().size());
        assertEquals("After.", c.record(0).text(BibField.TITLE));
        assertEquals(2, c.record(0).position().record());
        ImportProblem p = c.skipped().get(0);
        assertEquals("AB", p.field());
        assertEquals(2, p.position().line());
        assertTrue(p.message().startsWith("record 1 not read: its field AB at line 2 is longer than"), p.message());
    }

    @Test
    void readingStopsBetweenRecordsWhenCancelled() throws ImportException {
        Fixtures.Collected read = Fixtures.readCancellingAfter(new MedlineFormat(), Fixtures.source("medline/pubmed-export.nbib"), 2);
        assertEquals(2, read.records().size());
    }
}
