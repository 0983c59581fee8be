package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated CSV fixtures: the reader returns or fails with an ImportException, never anything else; and random tables
 * written with correct quoting come back cell for cell (so the line marking never shifts a cell).
 */
class CsvFuzzTest {

    private static final int BUDGET = 2_000;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void mutatedExportsAreReadOrRefusedWithAnImportException() {
        // separators, quotes and line ends, so that cells and rows split and join in the wrong places
        Mutations mutations = new Mutations(20240418L, ",", ";", "\t", "\"", "\"\"", "\r\n", "\n", "\uFEFF");
        Fuzz.Outcome outcome = Fuzz.run(new CsvRecordsFormat(), Fixtures.seeds("csv/scopus-export.csv",
                "csv/extraction-sheet-semicolon.csv"), mutations, BUDGET, "csv");
        assertEquals(BUDGET, outcome.tried());
        assertTrue(outcome.refused() >= BUDGET / Mutations.HUGE_LINE_EVERY,
                "the 5 MB lines are refused; refused " + outcome.refused());
        assertTrue(outcome.refused() < BUDGET / 2, "most mutations are still read; refused " + outcome.refused());
    }

    @Test
    void randomWellQuotedTablesComeBackCellForCell() throws ImportException {
        Random random = new Random(42);
        String alphabet = "ab ,;\t\"\n\r\u00f8\u2013x";
        CsvRecordsFormat format = new CsvRecordsFormat();
        for (int round = 0; round < 200; round++) {
            char separator = ",;\t".charAt(random.nextInt(3));
            int columns = 1 + random.nextInt(5);
            List<List<String>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder("Title");
            for (int c = 1; c < columns; c++) {
                text.append(separator).append("h").append(c);
            }
            text.append('\n');
            int line = 2;
            List<Integer> lines = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(8); r++) {
                List<String> cells = new ArrayList<>();
                lines.add(line);
                for (int c = 0; c < columns; c++) {
                    StringBuilder cell = new StringBuilder("v");
                    for (int k = random.nextInt(8); k > 0; k--) {
                        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String value = cell.toString();
                    cells.add(value.replace("\r\n", "\n").replace('\r', '\n'));
                    line += (int) value.replace("\r\n", "\n").chars().filter(ch -> ch == '\n' || ch == '\r').count();
                    text.append(c == 0 ? "" : String.valueOf(separator)).append('"').append(value.replace("\"", "\"\""))
                            .append('"');
                }
                text.append(random.nextBoolean() ? "\r\n" : "\n");
                line++;
                rows.add(cells);
            }
            String name = "random-" + round + (separator == '\t' ? ".tsv" : ".csv");
            Fixtures.Collected c = Fixtures.read(format, Fixtures.text(name, text.toString()));
            assertEquals(List.of(), c.problems(), name + "\n" + text);
            assertEquals(rows.size(), c.records().size(), name);
            for (int r = 0; r < rows.size(); r++) {
                ImportedRecord record = c.record(r);
                assertEquals(rows.get(r), record.raw().stream().map(f -> f.value()).toList(), name + "\n" + text);
                assertEquals(lines.get(r), record.position().line(), name + "\n" + text);
            }
        }
    }
}
