package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.medline.Samples;
import org.junit.jupiter.api.Test;

/** What CSV detection claims: a header with a title column and one more bibliographic column. */
class CsvDetectionTest {

    private final CsvRecordsFormat format = new CsvRecordsFormat();

    private int detect(String name, String text) {
        return format.detect(new ImportSample(name, text.getBytes(StandardCharsets.UTF_8))).confidence();
    }

    @Test
    void theFixturesAndBenchmarkLayoutsAreReferenceTables() throws ImportException {
        assertEquals(80, format.detect(Fixtures.source("csv/scopus-export.csv").sample()).confidence());
        assertEquals(80, format.detect(Fixtures.source("csv/extraction-sheet-semicolon.csv").sample()).confidence());
        assertEquals(80, detect("records.csv",
                "\"ID\",\"title\",\"year\",\"author\",\"pages\"\n\"id_1\",\"T\",2011,,\n"));
        assertEquals(80, detect("wos.txt", "PT\tAU\tTI\tSO\tPY\nJ\tThiele, H\tImpella\tEur Heart J\t2019\n"));
        assertEquals(80, detect("excel.csv", "sep=;\r\nTitle;DOI\r\n"));
    }

    @Test
    void aTitleAloneOrOtherTablesAreNotClaimed() {
        assertEquals(0, detect("titles.csv", "Title\nImpella in shock\n"));
        assertEquals(0, detect("trials.csv", "NCT Number,Study Title,Status\nNCT01633502,DanGer Shock,COMPLETED\n"));
        assertEquals(0, detect("sales.csv", "Year,Region,Revenue\n2024,EU,12\n"));
    }

    @Test
    void otherFormatsProseEmptyFilesAndNoiseAreNotClaimed() {
        for (Map.Entry<String, byte[]> e : Samples.others().entrySet()) {
            assertEquals(0, format.detect(Samples.sample(e.getKey(), e.getValue())).confidence(), e.getKey());
        }
    }

    @Test
    void noOtherFixtureIsClaimedWithHighConfidence() {
        Map<String, byte[]> fixtures = Samples.fixtureFiles();
        assertTrue(fixtures.containsKey("medline/pubmed-export.nbib"), fixtures.keySet().toString());
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            if (!e.getKey().startsWith("csv/")) {
                Detection d = format.detect(Samples.sample(e.getKey(), e.getValue()));
                assertTrue(d.confidence() < 50, e.getKey() + ": " + d);
            }
        }
    }
}
