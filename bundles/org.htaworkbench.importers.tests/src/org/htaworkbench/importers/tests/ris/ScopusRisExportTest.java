package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Scopus's RIS: T2 journal, SP and EP apart, "ER  - " with a trailing space, abstracts wrapped without tags. */
class ScopusRisExportTest {

    private static final String FILE = "ris/scopus-export.ris";

    private static Fixtures.Collected read() throws ImportException {
        return Fixtures.read(new RisFormat(), FILE);
    }

    @Test
    void erWithATrailingSpaceEndsEachRecord() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(3, c.records().size());
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(1, 34, 59), c.records().stream().map(r -> r.position().line()).toList());
        FieldValue last = c.record(0).raw().get(c.record(0).raw().size() - 1);
        assertEquals("N1", last.tag());
        assertEquals(31, last.position().line());
    }

    @Test
    void t2IsTheJournalAndJ2ItsAbbreviation() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("New England Journal of Medicine", c.record(0).text(BibField.JOURNAL));
        assertEquals("T2", c.record(0).values(BibField.JOURNAL).get(0).tag());
        assertEquals("N. Engl. J. Med.", c.record(0).text(BibField.JOURNAL_ABBREVIATION));
        assertEquals("Circulation: Heart Failure", c.record(2).text(BibField.JOURNAL));
    }

    @Test
    void spAndEpMakeOneRange() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals("1382-1393", c.record(0).text(BibField.PAGES));
        assertEquals(12, c.record(0).values(BibField.PAGES).get(0).position().line());
        assertEquals("311-324", c.record(1).text(BibField.PAGES));
        assertEquals("e010557", c.record(2).text(BibField.PAGES));
    }

    @Test
    void untaggedContinuationLinesJoinTheAbstractWithSingleSpaces() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals("BACKGROUND: Whether microaxial flow-pump support reduces mortality among patients with "
                + "ST-segment elevation myocardial infarction and cardiogenic shock is unclear. "
                + "METHODS: In an international, multicenter, randomized trial, patients were assigned to a "
                + "microaxial flow pump plus standard care or standard care alone. "
                + "RESULTS: Death from any cause occurred in 45.8% and 58.5% of the patients (hazard ratio, 0.74).",
                r.text(BibField.ABSTRACT));
        assertEquals(16, r.values(BibField.ABSTRACT).get(0).position().line());
        FieldValue raw = r.raw().stream().filter(v -> v.tag().equals("AB")).findFirst().orElseThrow();
        assertEquals(5, raw.value().split("\n").length);
        assertEquals(List.of("TY", "AU", "AU", "AU", "AU", "AU", "TI", "PY", "T2", "VL", "IS", "SP", "EP", "DO", "UR",
                "AB", "KW", "KW", "KW", "PB", "SN", "C2", "LA", "J2", "M3", "DB", "N1"),
                r.raw().stream().map(FieldValue::tag).toList());
    }

    @Test
    void indentedContinuationLinesLoseTheirIndentation() throws ImportException {
        ImportedRecord r = read().record(1);
        assertEquals("Background: Large-bore femoral access for microaxial flow pumps carries a risk of "
                + "limb ischaemia and bleeding. Methods: We searched MEDLINE, Embase and CENTRAL to March 2024 for "
                + "studies reporting access-site complications.", r.text(BibField.ABSTRACT));
        assertEquals("Vascular and bleeding complications of microaxial flow pumps \u2013 a systematic review",
                r.text(BibField.TITLE));
    }

    @Test
    void theOtherScopusFields() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals(List.of("Møller, J.E.", "Engstrøm, T.", "Jensen, L.O.", "Hassager, C.",
                "DanGer Shock Investigators"), r.texts(BibField.AUTHOR));
        assertEquals("10.1056/NEJMoa2312572", r.text(BibField.DOI));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("English", r.text(BibField.LANGUAGE));
        assertEquals(List.of("Scopus"), r.texts(BibField.DATABASE));
        assertEquals("00284793", r.text(BibField.ISSN));
        assertEquals(List.of("cardiogenic shock", "Impella", "mechanical circulatory support"),
                r.texts(BibField.KEYWORD));
        assertEquals("Export Date: 22 April 2025; Cited By: 512",
                r.raw().stream().filter(v -> v.tag().equals("N1")).findFirst().orElseThrow().value());
        assertEquals("38587239", r.raw().stream().filter(v -> v.tag().equals("C2")).findFirst().orElseThrow().value());
    }
}
