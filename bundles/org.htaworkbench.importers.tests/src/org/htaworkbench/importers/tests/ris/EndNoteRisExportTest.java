package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** EndNote's RIS: A1, T1, JO, Y1 "2019///", DOIs in M3 or UR; EndNote for classic Mac OS ended lines with a lone CR. */
class EndNoteRisExportTest {

    private static final String FILE = "ris/endnote-export.ris";

    private static Fixtures.Collected read() throws ImportException {
        return Fixtures.read(new RisFormat(), FILE);
    }

    /** The fixture with every line ending in a lone carriage return. */
    private static ImportSource loneCr() {
        String text = new String(Fixtures.bytes(FILE), StandardCharsets.UTF_8);
        return ImportSource.of("endnote-mac.ris", text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneCarriageReturnsEndLines() throws ImportException {
        String bytes = new String(Fixtures.bytes(FILE), StandardCharsets.UTF_8).replace("\n", "\r");
        assertFalse(bytes.contains("\n"));
        Fixtures.Collected c = Fixtures.read(new RisFormat(), loneCr());
        assertEquals(3, c.records().size());
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(1, 20, 37), c.records().stream().map(r -> r.position().line()).toList());
        assertEquals("Percutaneous ventricular assist devices in cardiogenic shock", c.record(1).text(BibField.TITLE));
        assertEquals(26, c.record(1).values(BibField.TITLE).get(0).position().line());
        for (ImportedRecord r : c.records()) {
            for (FieldValue v : r.raw()) {
                assertFalse(v.value().contains("\r"), v.toString());
            }
        }
        assertEquals(read().records().stream().map(r -> r.raw().size()).toList(),
                c.records().stream().map(r -> r.raw().size()).toList());
    }

    @Test
    void a1LinesAreAuthorsAndA2EditorsStayRaw() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(List.of("Schrage, Benedikt", "Ibrahim, Karim", "Loehn, Tobias"),
                c.record(0).texts(BibField.AUTHOR));
        ImportedRecord chapter = c.record(1);
        assertEquals(List.of("Hénault, Laurent", "Sørensen, Mette B."), chapter.texts(BibField.AUTHOR));
        assertEquals(List.of("Thiele, Holger", "Zeymer, Uwe"),
                chapter.raw().stream().filter(v -> v.tag().equals("A2")).map(FieldValue::value).toList());
    }

    @Test
    void y1WithEndNotesSlashesGivesTheYear() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("2019", c.record(0).text(BibField.YEAR));
        assertEquals("Y1", c.record(0).values(BibField.YEAR).get(0).tag());
        assertEquals("", c.record(0).text(BibField.DATE));
        assertEquals("2019///", c.record(0).raw().stream().filter(v -> v.tag().equals("Y1")).findFirst().orElseThrow()
                .value());
        assertEquals("2022", c.record(2).text(BibField.YEAR));
        assertEquals("2022/03/15/", c.record(2).text(BibField.DATE));
    }

    @Test
    void t1IsPreferredToTiWhereverItStands() throws ImportException {
        ImportedRecord r = read().record(2);
        assertEquals("Haemodynamic effects of left ventricular unloading with a microaxial pump \u2013 an experimental "
                + "porcine study", r.text(BibField.TITLE));
        assertEquals("T1", r.values(BibField.TITLE).get(0).tag());
        assertEquals(42, r.values(BibField.TITLE).get(0).position().line());
        assertEquals(1, r.values(BibField.TITLE).size());
    }

    @Test
    void joIsTheJournalAndJaTheAbbreviation() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("Circulation", c.record(0).text(BibField.JOURNAL));
        assertEquals("J Am Coll Cardiol", c.record(2).text(BibField.JOURNAL));
        assertEquals("JACC", c.record(2).text(BibField.JOURNAL_ABBREVIATION));
        assertEquals("Mechanical Circulatory Support in Interventional Cardiology", c.record(1).text(BibField.JOURNAL));
    }

    @Test
    void theDoiComesFromDoAndOnlyWithoutItFromM3OrADoiUrl() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("10.1161/CIRCULATIONAHA.118.036614", c.record(0).text(BibField.DOI));
        assertEquals("M3", c.record(0).values(BibField.DOI).get(0).tag());
        assertEquals("10.1007/978-3-030-47809-4_14", c.record(1).text(BibField.DOI));
        assertEquals("UR", c.record(1).values(BibField.DOI).get(0).tag());
        assertEquals(List.of("10.1016/j.jacc.2021.12.031"), c.record(2).texts(BibField.DOI));
    }

    @Test
    void pagesIdsAndUnknownTags() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("1249-1258", c.record(0).text(BibField.PAGES));
        assertEquals("211-34", c.record(1).text(BibField.PAGES));
        assertEquals(List.of("12"), c.record(0).texts(BibField.ACCESSION));
        assertEquals("CHAP", c.record(1).text(BibField.TYPE));
        assertEquals("DanGer-screen-04", c.record(2).raw().stream().filter(v -> v.tag().equals("LB")).findFirst()
                .orElseThrow().value());
        assertEquals("screened: include", c.record(0).raw().stream().filter(v -> v.tag().equals("N1")).findFirst()
                .orElseThrow().value());
    }
}
