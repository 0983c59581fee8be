package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.htaworkbench.model.text.CsvCells;
import org.junit.jupiter.api.Test;

/** The CSV cell rule shared by every CSV export: formulas neutralised, plain numbers kept, spaces kept and quoted. */
class CsvCellsTest {

    @Test
    void formulasGetAnApostropheAndPlainNumbersStayNumbers() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", CsvCells.neutralise("+1+2"));
        assertEquals("'@SUM(A1)", CsvCells.neutralise("@SUM(A1)"));
        assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
        assertEquals("'\t=1", CsvCells.neutralise("\t=1"));
        assertEquals("'\r=1", CsvCells.neutralise("\r=1"));
        assertEquals("'  =1", CsvCells.neutralise("  =1"), "leading spaces do not hide a formula");
        assertEquals("'\uFF1D1+1", CsvCells.neutralise("\uFF1D1+1"), "full-width equals sign");
        assertEquals("'-5%", CsvCells.neutralise("-5%"), "not a plain number: a spreadsheet evaluates it");
        assertEquals("'-0.25 (-0.5 to 0.1)", CsvCells.neutralise("-0.25 (-0.5 to 0.1)"));
        assertEquals("'-", CsvCells.neutralise("-"));
        for (String number : List.of("-0.25", "-1.2e-3", "+3", "-.5", "-12", "1.5E+10", " -0.25 ")) {
            assertEquals(number, CsvCells.neutralise(number), "plain numbers are data");
        }
        for (String text : List.of("Møller 2024", "a=b", "0.74 (0.55 to 0.99)", "'quoted", "e-mail")) {
            assertEquals(text, CsvCells.neutralise(text), "nothing to neutralise");
        }
        assertEquals("", CsvCells.neutralise(null));
    }

    @Test
    void fieldsAreQuotedForDelimitersQuotesLineBreaksAndOuterSpaces() {
        assertEquals("plain", CsvCells.field("plain"));
        assertEquals("x y", CsvCells.field("x y"), "inner spaces need no quotes");
        assertEquals("\"a, b\"", CsvCells.field("a, b"));
        assertEquals("\"say \"\"2a\"\"\"", CsvCells.field("say \"2a\""));
        assertEquals("\"two\nlines\"", CsvCells.field("two\nlines"));
        assertEquals("\"  padded  \"", CsvCells.field("  padded  "));
        assertEquals("\"trailing \"", CsvCells.field("trailing "));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvCells.field("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("\"'\r=1\"", CsvCells.field("\r=1"));
        assertEquals("", CsvCells.field(null));
    }

    @Test
    void aRecordOfHostileAndNumericCells() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1+2,'@SUM(A1),'-2+3,'\t=1,\"  padded  \",-0.25,-1.2e-3,",
                CsvCells.record(java.util.Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "@SUM(A1)", "-2+3",
                        "\t=1", "  padded  ", "-0.25", "-1.2e-3", null)));
    }
}
