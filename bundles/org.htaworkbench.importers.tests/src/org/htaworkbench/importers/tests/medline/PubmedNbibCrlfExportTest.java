package org.htaworkbench.importers.tests.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.medline.MedlineFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code data/medline/pubmed-export-crlf.nbib}: two records saved on Windows, with a UTF-8 byte-order mark and CRLF
 * line ends (the bytes are checked first, so that the fixture cannot lose its quirks unnoticed).
 */
class PubmedNbibCrlfExportTest {

    private static final String NAME = "medline/pubmed-export-crlf.nbib";
    private static Fixtures.Collected read;

    @BeforeAll
    static void readFixture() throws ImportException {
        read = Fixtures.read(new MedlineFormat(), NAME);
    }

    @Test
    void theFixtureHasABomAndCrlfLineEnds() {
        byte[] bytes = Fixtures.bytes(NAME);
        assertEquals(List.of(0xEF, 0xBB, 0xBF, (int) 'P'), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF,
                (int) bytes[3]));
        assertEquals("PMID- 36335473\r\n", new String(bytes, 3, 16, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theBomIsNotPartOfTheFirstTagAndNoValueEndsInCarriageReturn() {
        assertEquals(2, read.records().size());
        assertEquals(List.of(), read.problems());
        ImportedRecord first = read.record(0);
        assertEquals("PMID", first.raw().get(0).tag());
        assertEquals("36335473", first.text(BibField.PMID));
        for (ImportedRecord r : read.records()) {
            for (FieldValue f : r.raw()) {
                assertFalse(f.value().contains("\r"), f.toString());
            }
        }
    }

    @Test
    void crlfLinesAreCountedOnceAndContinuationsJoined() {
        ImportedRecord first = read.record(0);
        assertEquals("Outcomes with Impella CP in acute myocardial infarction\u2013cardiogenic shock: a single-centre "
                + "experience.", first.text(BibField.TITLE));
        assertEquals(8, first.values(BibField.TITLE).get(0).position().line());
        assertEquals(List.of("Sørensen, Rikke", "Lønborg, Jacob"), first.texts(BibField.AUTHOR));
        assertEquals("10.1002/ccd.30443", first.text(BibField.DOI));

        ImportedRecord second = read.record(1);
        assertEquals(22, second.position().line());
        assertEquals(2, second.position().record());
        assertEquals("e034567", second.text(BibField.PAGES));
        assertEquals("10.1161/CIRCHEARTFAILURE.121.008888", second.text(BibField.DOI));
        assertEquals(27, second.values(BibField.DOI).get(0).position().line());
        assertEquals(List.of("Kjærgaard, Jesper"), second.texts(BibField.AUTHOR));
    }
}
