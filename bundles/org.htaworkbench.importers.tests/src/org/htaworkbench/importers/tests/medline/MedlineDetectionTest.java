package org.htaworkbench.importers.tests.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.internal.medline.MedlineFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** What MEDLINE detection claims, and what it leaves to the other formats. */
class MedlineDetectionTest {

    private final MedlineFormat format = new MedlineFormat();

    private Detection detect(String name, String text) {
        return format.detect(new ImportSample(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileStartingWithAPmidTagLineIsMedlineAlsoAfterABlankLineOrABom() throws ImportException {
        assertEquals(95, format.detect(Fixtures.source("medline/pubmed-export.nbib").sample()).confidence());
        assertEquals(95, format.detect(Fixtures.source("medline/pubmed-export-crlf.nbib").sample()).confidence());
        assertEquals(95, detect("x.txt", "\n\nPMID- 1\nTI  - T.\n").confidence());
    }

    @Test
    void paddedTitleAndAuthorTagsWithoutRisRecordTagsAreProbablyMedline() {
        assertEquals(70, detect("x.txt", "TI  - Impella in shock.\nAU  - Thiele H\nDP  - 2019\n").confidence());
        assertEquals(0, detect("x.txt", "TY  - JOUR\nTI  - Impella in shock.\nAU  - Thiele H\nER  - \n").confidence());
        assertEquals(0, detect("x.txt", "<1>\nTI  - Impella in shock.\nAU  - Thiele H\nDP  - 2019\n").confidence(),
                "Ovid's tagged export numbers its records");
        assertEquals(0, detect("x.txt", "TI  - Impella in shock.\nDP  - 2019\nPG  - 1-2\n").confidence(),
                "without an author tag");
        assertEquals(0, detect("x.txt", "TI - Impella in shock.\nAU - Thiele H\nDP - 2019\n").confidence(),
                "tags not padded to four characters");
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
        assertTrue(fixtures.containsKey("csv/scopus-export.csv"), fixtures.keySet().toString());
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            if (!e.getKey().startsWith("medline/")) {
                Detection d = format.detect(Samples.sample(e.getKey(), e.getValue()));
                assertTrue(d.confidence() < 50, e.getKey() + ": " + d);
            }
        }
    }
}
