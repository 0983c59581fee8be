package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.htaworkbench.stats.BackTransform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text table of {@code meta} shows every row on one labelled scale (issue 10, defect 7: under PFT the study rows
 * were on the Freeman-Tukey scale, 5/20 shown as 0.54, and the Total row a proportion), and prints extreme
 * statistics readably (a 1e-300 variance printed a 300-digit Chi²).
 */
class ReportTextScaleTest {

    private static final String PROPORTIONS = "study,xi,ni\nA,5,20\nB,10,40\nC,3,30\n";

    private static List<String> rows(String out) {
        return out.lines().filter(l -> l.startsWith("A ") || l.startsWith("B ") || l.startsWith("C ")
                || l.startsWith("Total")).toList();
    }

    /** Each study row's point estimate is its observed proportion, whatever the transform. */
    @ParameterizedTest
    @ValueSource(strings = {"PFT", "PAS", "PLO"})
    void studyRowsAndTotalAreProportions(String measure, @TempDir Path dir) throws IOException {
        Fixtures.Run r = Fixtures.meta(Fixtures.write(dir, "props.csv", PROPORTIONS), "--measure", measure);
        assertEquals(0, r.code(), r.err());
        List<String> rows = rows(r.out());
        assertTrue(rows.get(0).contains(" 0.25 ["), rows.get(0));
        assertTrue(rows.get(1).contains(" 0.25 ["), rows.get(1));
        assertTrue(rows.get(2).contains(" 0.10 ["), rows.get(2));
        for (String row : rows) {
            String interval = row.substring(row.indexOf('[') + 1, row.indexOf(']'));
            double lower = Double.parseDouble(interval.split(",")[0].strip());
            double upper = Double.parseDouble(interval.split(",")[1].strip());
            assertTrue(lower >= 0 && upper <= 1 && lower < upper, "a proportion interval: " + row);
        }
        assertTrue(r.out().contains("Proportion [95% CI]"), r.out());
    }

    @Test
    void freemanTukeyNamesHowEachRowIsInverted(@TempDir Path dir) throws IOException {
        Fixtures.Run r = Fixtures.meta(Fixtures.write(dir, "props.csv", PROPORTIONS), "--measure", "PFT", "--format", "json");
        double estimate = r.json().get("estimate").getAsDouble();
        double total = r.json().getAsJsonObject("transformed").get("estimate").getAsDouble();
        double hm = 3 / (1 / 20.0 + 1 / 40.0 + 1 / 30.0);
        assertEquals(BackTransform.ipft(estimate, hm), total, 1e-12);
        Fixtures.Run text = Fixtures.meta(Fixtures.write(dir, "props.csv", PROPORTIONS), "--measure", "PFT");
        assertTrue(text.out().contains("each study with its own n, the total with the harmonic mean n = 27.7"), text.out());
        String totalRow = rows(text.out()).get(3);
        assertTrue(totalRow.contains(String.format(java.util.Locale.ROOT, " %.2f [", total)), totalRow);
    }

    @Test
    void aTinyVarianceGivesAShortChiSquare(@TempDir Path dir) throws IOException {
        Fixtures.Run r = Fixtures.meta(Fixtures.write(dir, "tiny.csv", "study,yi,vi\nA,0.1,1e-300\nB,0.5,1e-300\n"),
                "--method", "FE");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Chi² = 8.0e+298, df = 1"), r.out());
        // the header line names the file, whose temporary folder may hold a long run of digits
        String table = r.out().substring(r.out().indexOf('\n') + 1);
        assertTrue(!java.util.regex.Pattern.compile("[0-9]{20}").matcher(table).find(),
                "no number of hundreds of digits: " + r.out());
    }

    @Test
    void aLabelWithANewlineStaysOnItsLine(@TempDir Path dir) throws IOException {
        Fixtures.Run r = Fixtures.meta(Fixtures.write(dir, "nl.csv",
                "study,yi,vi\n\"A\nTotal (95% CI) 9.99 [9.99, 9.99]\",0.1,0.02\nB,0.2,0.03\n"));
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("Total")).count(), r.out());
        assertTrue(r.out().contains("A\\nTotal (95% CI)"), r.out());
    }
}
