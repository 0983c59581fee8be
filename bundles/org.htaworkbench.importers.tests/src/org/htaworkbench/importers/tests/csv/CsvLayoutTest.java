package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.TextEncoding;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Bytes, separators, quoting and broken rows, on small tables written here. */
class CsvLayoutTest {

    private final CsvRecordsFormat format = new CsvRecordsFormat();

    private Fixtures.Collected read(String name, String text) throws ImportException {
        return Fixtures.read(format, Fixtures.text(name, text));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws ImportException {
        byte[] text = "Title,Year\nImpella,2019\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Fixtures.Collected c = Fixtures.read(format, ImportSource.of("bom.csv", bytes));
        assertEquals("Impella", c.record(0).text(BibField.TITLE));
        assertEquals("Title", c.record(0).raw().get(0).tag());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void windows1252BytesAreDecodedAsWindows1252WithAWarning() throws ImportException {
        byte[] bytes = "Title,Authors\r\nImpella \u2013 a trial,\"M\u00f8ller JE; Engstr\u00f8m T\"\r\n"
                .getBytes(TextEncoding.WINDOWS_1252);
        assertEquals((byte) 0x96, bytes[23], "an en dash in Windows-1252");
        Fixtures.Collected c = Fixtures.read(format, ImportSource.of("excel.csv", bytes));
        assertEquals("Impella \u2013 a trial", c.record(0).text(BibField.TITLE));
        assertEquals(List.of("M\u00f8ller JE", "Engstr\u00f8m T"), c.record(0).texts(BibField.AUTHOR));
        assertEquals(1, c.warnings().size());
        assertEquals(2, c.warnings().get(0).position().line());
        assertTrue(c.warnings().get(0).message().contains("Windows-1252"), c.warnings().get(0).message());
    }

    @Test
    void quotedCellsHoldLineBreaksSeparatorsAndDoubledQuotes() throws ImportException {
        Fixtures.Collected c = read("quotes.csv", "Title,Notes,Year\r\n\"A \"\"real-world\"\" study, part 1\",\"one\r\n"
                + "two\rthree\",2020\r\n  \"Spaced\" , x ,2021\r\n");
        assertEquals("A \"real-world\" study, part 1", c.record(0).text(BibField.TITLE));
        assertEquals("one\ntwo\nthree", c.record(0).raw().get(1).value());
        assertEquals("2020", c.record(0).text(BibField.YEAR));
        assertEquals("Spaced", c.record(1).text(BibField.TITLE));
        assertEquals("x", c.record(1).raw().get(1).value(), "plain cells lose their surrounding spaces");
        assertEquals(List.of(2, 5), c.records().stream().map(r -> r.position().line()).toList());
    }

    @Test
    void cellsAreTextAsPrinted() throws ImportException {
        ImportedRecord r = read("types.csv", "Title,ID,Pages,Volume,Issue,Year\nNA,0123,e012345,07,*,2020.0\n")
                .record(0);
        assertEquals("NA", r.text(BibField.TITLE));
        assertEquals("0123", r.text(BibField.ACCESSION));
        assertEquals("e012345", r.text(BibField.PAGES));
        assertEquals("07", r.text(BibField.VOLUME));
        assertEquals("*", r.text(BibField.ISSUE));
        assertEquals("2020", r.text(BibField.YEAR));
    }

    @Test
    void tabsSeparateInTsvFilesAndWhereTheHeaderHasMoreTabsThanCommas() throws ImportException {
        String text = "Title\tAuthors\tYear\nImpella, revisited\tThiele H, Zeymer U\t2019\n";
        for (String name : List.of("export.tsv", "export.txt")) {
            ImportedRecord r = read(name, text).record(0);
            assertEquals("Impella, revisited", r.text(BibField.TITLE), name);
            assertEquals(List.of("Thiele H", "Zeymer U"), r.texts(BibField.AUTHOR), name);
        }
        ImportException e = assertThrows(ImportException.class, () -> read("commas.tsv", "Title,Year\nx,2019\n"));
        assertTrue(e.getMessage().endsWith("the header has: Title,Year"), "a .tsv file is split at tabs only");
    }

    @Test
    void excelsSeparatorLineNamesTheSeparatorAndIsNoHeader() throws ImportException {
        Fixtures.Collected c = read("excel.csv", "sep=;\r\nTitle;Year\r\nImpella, revisited;2019\r\n");
        assertEquals("Impella, revisited", c.record(0).text(BibField.TITLE));
        assertEquals(3, c.record(0).position().line());
    }

    @Test
    void shortRowsAndTrailingEmptyCellsAreReadWithoutWarnings() throws ImportException {
        Fixtures.Collected c = read("ragged.csv", "Title,Year,Journal\nOne\nTwo,2020,Circulation,,\n");
        assertEquals(List.of("One", "Two"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aFileWithoutATitleColumnIsRefusedNamingTheFileAndTheHeaders() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("extraction.csv", "Study ID,Author,Year\n1,Thiele H,2019\n"));
        assertEquals("extraction.csv, line 1: has no title column (Title, Article Title, Document Title or TI); "
                + "the header has: Study ID, Author, Year", e.getMessage());
        assertEquals(1, e.position().line());
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesHaveNoRecords() throws ImportException {
        assertEquals(0, read("empty.csv", "").records().size());
        assertEquals(0, read("blank.csv", "\n \n\r\n").records().size());
        assertEquals(0, read("header.csv", "Title,Year\n").records().size());
    }

    @Test
    void aQuoteLeftOpenSkipsTheRestOfTheFileNamingWhereItOpened() throws ImportException {
        Fixtures.Collected c = read("open.csv", "Title,Year\nFirst,2019\n\"Second,2020\nThird,2021\n");
        assertEquals(List.of("First"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        ImportProblem p = c.skipped().get(0);
        assertEquals("open.csv, line 3 (record 2)", p.position().toString());
        assertTrue(p.message().startsWith("record 2 (line 3) not read: the quote opened at line 3 is not closed before "
                + "the end of the file (line 4)"), p.message());
    }

    @Test
    void aRowWithOverAThousandCellsIsSkippedAndTheNextIsRead() throws ImportException {
        Fixtures.Collected c = read("wide.csv", "Title,Year\nFirst,2019\n" + ",".repeat(1500) + "x\nThird,2021\n");
        assertEquals(List.of("First", "Third"), c.records().stream().map(r -> r.text(BibField.TITLE)).toList());
        assertEquals(List.of(2, 4), c.records().stream().map(r -> r.position().line()).toList());
        assertEquals(List.of(1, 3), c.records().stream().map(r -> r.position().record()).toList());
        assertEquals("record 2 (line 3) not read: it has 1501 cells, more than the 1000 a table of records has",
                c.skipped().get(0).message());
    }

    @Test
    void aFailingDiskWhileTablesawReadsIsAnImportException() {
        AtomicInteger opens = new AtomicInteger();
        byte[] bytes = ("Title,Year\n" + "Impella in cardiogenic shock,2019\n".repeat(2000))
                .getBytes(StandardCharsets.UTF_8);
        ImportSource source = ImportSource.of("disk.csv", () -> {
            InputStream in = new ByteArrayInputStream(bytes);
            // each pass opens the file three times (sample, encoding, text): the sixth is Tablesaw's text
            return opens.incrementAndGet() < 6 ? in : new FilterInputStream(in) {
                private int read;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (read > 20_000) {
                        throw new IOException("disk gone");
                    }
                    int n = super.read(b, off, Math.min(len, 1000));
                    read += Math.max(n, 0);
                    return n;
                }
            };
        });
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(format, source));
        assertTrue(e.getMessage().startsWith("disk.csv, line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("cannot be read: disk gone"), e.getMessage());
    }

    @Test
    void readingStopsWhenCancelled() throws ImportException {
        Fixtures.Collected read = Fixtures.readCancellingAfter(format, Fixtures.source("csv/scopus-export.csv"), 1);
        assertEquals(1, read.records().size());
    }
}
