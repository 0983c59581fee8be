package org.htaworkbench.importers.tests.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.ovid.OvidFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Ovid Embase in the compact layout (short tags), saved by a Windows client in Windows-1252 with CRLF, abstracts
 * wrapped without indentation.
 */
class OvidEmbaseExportTest {

    private static final String FILE = "ovid/ovid-embase-export.txt";

    private static Fixtures.Collected read() throws ImportException {
        return Fixtures.read(new OvidFormat(), FILE);
    }

    private static List<FieldValue> raw(ImportedRecord r, String tag) {
        return r.raw().stream().filter(v -> v.tag().equals(tag)).toList();
    }

    @Test
    void theFixtureIsWindows1252() {
        byte[] bytes = Fixtures.bytes(FILE);
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(ascii.contains("AU  - M\u00f8ller J.E.\r\n"), "ø is the single byte F8");
        assertTrue(ascii.contains("0.55\u00960.99"), "the en dash is the single byte 96");
    }

    @Test
    void windows1252IsDecodedWithAWarningNamingTheFirstLineThatIsNotUtf8() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(1, c.problems().size());
        ImportProblem p = c.warnings().get(0);
        assertEquals(7, p.position().line());
        assertTrue(p.message().contains("not UTF-8 (first at line 7)"), p.message());
        assertEquals(List.of("Møller J.E.", "Engstrøm T.", "Jensen L.O.", "Hassager C."),
                c.record(0).texts(BibField.AUTHOR));
        assertTrue(c.record(0).text(BibField.ABSTRACT).contains("95% CI, 0.55\u20130.99"));
        assertEquals("Haemolysis during Impella CP support \u2013 incidence and predictors in a Nordic registry",
                c.record(1).text(BibField.TITLE));
        assertEquals(List.of("Ødegaard K.", "Hénault L."), c.record(1).texts(BibField.AUTHOR));
    }

    @Test
    void shortTagsAndCrlf() throws ImportException {
        Fixtures.Collected c = read();
        assertEquals(3, c.records().size());
        assertEquals(List.of(1, 28, 47), c.records().stream().map(r -> r.position().line()).toList());
        ImportedRecord r = c.record(0);
        assertEquals("Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic Shock",
                r.text(BibField.TITLE));
        assertEquals("TI", r.values(BibField.TITLE).get(0).tag());
        assertEquals(6, r.values(BibField.TITLE).get(0).position().line());
        for (ImportedRecord each : c.records()) {
            for (FieldValue v : each.raw()) {
                assertFalse(v.value().contains("\r"), v.toString());
            }
        }
        assertEquals(List.of("Embase"), r.texts(BibField.DATABASE));
        assertEquals("10.1056/NEJMoa2312572", r.text(BibField.DOI));
        assertEquals("2024", r.text(BibField.YEAR));
        assertEquals("YR", r.values(BibField.YEAR).get(0).tag());
        assertEquals(List.of("cardiogenic shock", "microaxial flow pump", "Impella CP"), r.texts(BibField.KEYWORD));
        assertEquals("Article", r.text(BibField.TYPE));
        assertEquals("0028-4793", r.text(BibField.ISSN));
        assertEquals("Ovid Technologies", raw(r, "VN").get(0).value());
    }

    @Test
    void unindentedAndIndentedLinesContinueTheAbstract() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals("Background: Whether a microaxial flow pump improves survival in ST-segment elevation "
                + "myocardial infarction complicated by cardiogenic shock has remained uncertain. "
                + "Methods: Patients were randomly assigned to a microaxial flow pump plus standard care or "
                + "standard care alone. Results: Death occurred in 45.8% and 58.5% (hazard ratio, 0.74; 95% CI, "
                + "0.55\u20130.99).", r.text(BibField.ABSTRACT));
        assertEquals(13, r.values(BibField.ABSTRACT).get(0).position().line());
        assertEquals(5, raw(r, "AB").get(0).value().split("\n").length);
        assertEquals("KW", r.raw().get(r.raw().indexOf(raw(r, "AB").get(0)) + 1).tag());
    }

    @Test
    void theEmbaseAccessionIsNoPmidButPmIs() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals(List.of("2031622911"), r.texts(BibField.ACCESSION));
        assertEquals(List.of("38587239"), r.texts(BibField.PMID));
        assertEquals("PM", r.values(BibField.PMID).get(0).tag());
        assertEquals(List.of(), read().record(1).texts(BibField.PMID));
    }

    @Test
    void theEmbaseSourceWithPpAndDateOfPublication() throws ImportException {
        ImportedRecord r = read().record(0);
        assertEquals("New England Journal of Medicine", r.text(BibField.JOURNAL));
        assertEquals("SO", r.values(BibField.JOURNAL).get(0).tag());
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals("1382-1393", r.text(BibField.PAGES));
        assertEquals("18 Apr 2024", r.text(BibField.DATE));
        ImportedRecord noYearField = read().record(2);
        assertEquals("2025", noYearField.text(BibField.YEAR));
        assertEquals("SO", noYearField.values(BibField.YEAR).get(0).tag());
        assertEquals("Value in Health", noYearField.text(BibField.JOURNAL));
        assertEquals("401-410", noYearField.text(BibField.PAGES));
    }

    @Test
    void separateFieldsWinOverTheSourceLine() throws ImportException {
        ImportedRecord r = read().record(1);
        assertEquals("European Heart Journal: Acute Cardiovascular Care", r.text(BibField.JOURNAL));
        assertEquals("JN", r.values(BibField.JOURNAL).get(0).tag());
        assertEquals("12", r.text(BibField.VOLUME));
        assertEquals("VO", r.values(BibField.VOLUME).get(0).tag());
        assertEquals("Supplement 1", r.text(BibField.ISSUE));
        assertEquals("i45", r.text(BibField.PAGES));
        assertEquals("PG", r.values(BibField.PAGES).get(0).tag());
        assertEquals("March 2023", r.text(BibField.DATE));
        assertEquals("Introduction: Haemolysis is a known complication of microaxial flow pumps. Results: Of 412 "
                + "patients, 71 (17%) developed haemolysis.", r.text(BibField.ABSTRACT));
    }

    @Test
    void anEmptyTagLineIsKeptRawAndGivesNoValue() throws ImportException {
        ImportedRecord r = read().record(2);
        List<FieldValue> an = raw(r, "AN");
        assertEquals(1, an.size());
        assertEquals("", an.get(0).value());
        assertEquals(50, an.get(0).position().line());
        assertEquals(List.of(), r.texts(BibField.ACCESSION));
        assertEquals("TI", r.raw().get(3).tag());
    }
}
