package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad CSV files: exit code 2 and a message naming the line and the column. */
class CsvErrorTest {

    @TempDir
    Path dir;

    private Fixtures.Run run(String content, Object... options) throws IOException {
        Path f = Fixtures.write(dir, "bad.csv", content);
        Object[] args = new Object[options.length + 1];
        args[0] = f;
        System.arraycopy(options, 0, args, 1, options.length);
        Fixtures.Run r = Fixtures.meta(args);
        assertEquals(Command.UNREADABLE_INPUT, r.code(), "exit code; stderr: " + r.err());
        assertTrue(r.err().contains("bad.csv"), "message names the file: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        return r;
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        Fixtures.Run r = run("study,ai,bi,ci\nA,1,10,2\nB,3,12,4\n");
        assertTrue(r.err().contains("missing column 'di'"), r.err());
        assertTrue(r.err().contains("line 1"), r.err());
    }

    @Test
    void noKnownColumnSet() throws IOException {
        Fixtures.Run r = run("a,b\n1,2\n");
        assertTrue(r.err().contains("ai,bi,ci,di") && r.err().contains("[a, b]"), r.err());
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws IOException {
        Fixtures.Run r = run("study,ai,bi,ci,di\nA,1,10,2,11\nB,3,12,4,13\nC,5,14,x7,15\n");
        assertTrue(r.err().contains("line 4") && r.err().contains("column 'ci' (column 4)") && r.err().contains("'x7'"),
                r.err());
    }

    @Test
    void emptyCellNamesLineAndColumn() throws IOException {
        Fixtures.Run r = run("yi,vi\n0.1,0.02\n0.3,\n");
        assertTrue(r.err().contains("line 3") && r.err().contains("column 'vi'") && r.err().contains("empty cell"), r.err());
    }

    @Test
    void raggedRowNamesLineAndMissingColumn() throws IOException {
        Fixtures.Run r = run("study,ai,bi,ci,di\nA,1,10,2,11\nB,3,12\nC,5,14,7,15\n");
        assertTrue(r.err().contains("line 3") && r.err().contains("ragged row: 3 fields, the header has 5")
                && r.err().contains("column 'ci'"), r.err());
        Fixtures.Run longer = run("yi,vi\n0.1,0.02,9\n");
        assertTrue(longer.err().contains("line 2") && longer.err().contains("3 fields"), longer.err());
    }

    @Test
    void lineNumbersCountQuotedLineBreaksAndBlankLines() throws IOException {
        Fixtures.Run r = run("study,yi,vi\n\"Two\nlines\",0.1,0.02\n\nB,0.2,zero\n");
        assertTrue(r.err().contains("line 5") && r.err().contains("column 'vi'"), r.err());
    }

    @Test
    void invalidStudyDataNamesLineAndColumn() throws IOException {
        Fixtures.Run r = run("study,ai,n1i,ci,n2i\nA,1,10,2,11\nB,13,12,4,13\n");
        assertTrue(r.err().contains("line 3") && r.err().contains("column 'ai'"), "events > total: " + r.err());
        Fixtures.Run neg = run("yi,vi\n0.1,0.02\n0.2,-0.01\n");
        assertTrue(neg.err().contains("line 3") && neg.err().contains("column 'vi'"), neg.err());
    }

    @Test
    void emptyFileUnterminatedQuoteAndMissingOptionColumn() throws IOException {
        assertTrue(run("").err().contains("no header"));
        assertTrue(run("study,yi,vi\n\"A,0.1,0.02\n").err().contains("unterminated quoted field"));
        Fixtures.Run r = run("study,yi,vi\nA,0.1,0.02\nB,0.2,0.03\n", "--subgroup", "design");
        assertTrue(r.err().contains("missing column 'design'"), r.err());
    }

    @Test
    void unreadableFile() {
        Fixtures.Run r = Fixtures.meta(dir.resolve("does-not-exist.csv"));
        assertEquals(Command.UNREADABLE_INPUT, r.code());
        assertTrue(r.err().contains("does-not-exist.csv"), r.err());
    }

    /** Issue 10, defect 8: an error in a computed yi or vi named a column 'vi' the file does not have. */
    @Test
    void aComputedVarianceIsNotBlamedOnAMissingColumn() throws IOException {
        Fixtures.Run sd0 = run("study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,1,0,10,2,0,10\nB,1,1,10,2,1,10\n");
        assertTrue(sd0.err().contains("line 2, the sampling variance vi computed from columns m1i, sd1i, n1i, m2i, sd2i, n2i"),
                sd0.err());
        assertTrue(!sd0.err().contains("column 'vi'"), sd0.err());
        Fixtures.Run huge = run("study,ai,bi,ci,di\nA,1e308,1e308,1,2\nB,1,2,3,4\n");
        assertTrue(huge.err().contains("line 2, the effect size yi computed from columns ai, bi, ci, di"), huge.err());
    }

    /** Double.parseDouble's extras (NaN, Infinity, hex floats, a d suffix) and overflowing numbers are not data. */
    @Test
    void javaNumberSyntaxAndOverflowAreRefusedWithTheCell() throws IOException {
        for (String cell : new String[] {"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1e400"}) {
            Fixtures.Run r = run("yi,vi\n0.1,0.02\n0.2," + cell + "\n");
            assertEquals(Command.UNREADABLE_INPUT, r.code(), cell);
            assertTrue(r.err().contains("line 3: column 'vi' (column 2): '" + cell + "'"), r.err());
        }
    }
}
