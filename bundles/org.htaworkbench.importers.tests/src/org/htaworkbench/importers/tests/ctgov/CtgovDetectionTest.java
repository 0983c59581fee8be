package org.htaworkbench.importers.tests.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.internal.ctgov.ClinicalTrialsGovFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** ClinicalTrials.gov JSON is recognised by protocolSection and nctId in a JSON text, and nothing else is claimed. */
class CtgovDetectionTest {

    private final ClinicalTrialsGovFormat format = new ClinicalTrialsGovFormat();

    private int confidence(String name, byte[] bytes) {
        return format.detect(new ImportSample(name, bytes)).confidence();
    }

    private int confidence(String text) {
        return confidence("sample.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFixturesAreRecognised() throws ImportException {
        for (String fixture : List.of("ctgov/ctgov-study-NCT01633502.json", "ctgov/ctgov-search-page.json")) {
            Detection d = format.detect(Fixtures.source(fixture).sample());
            assertEquals(95, d.confidence(), fixture);
            assertTrue(d.reason().contains("ClinicalTrials.gov"), d.reason());
        }
    }

    @Test
    void aProtocolSectionWithoutNctIdIsOnlyLikely() {
        assertEquals(60, confidence("{\"studies\":[{\"protocolSection\":{}}]}"));
        assertEquals(95, confidence("\n [ {\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT1\"}}}]"));
    }

    @Test
    void otherFormatsProseAndEmptyFilesAreNotClaimed() {
        List<String> others = List.of("", "   \n",
                "TY  - JOUR\nTI  - protocolSection nctId\nER  - \n",
                "PMID- 38587239\nSI  - ClinicalTrials.gov/NCT01633502\n",
                "<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle><!-- \"protocolSection\" \"nctId\" -->",
                "Registry,NCT,Title\nClinicalTrials.gov,NCT01633502,\"protocolSection\"\n",
                "The \"protocolSection\" of a study holds its \"nctId\" in the identificationModule.",
                "{\"name\":\"package\",\"version\":\"1.0\",\"dependencies\":{}}",
                "[1, 2, 3]");
        for (String other : others) {
            assertEquals(0, confidence(other), other);
        }
    }

    @Test
    void randomBytesAreNotClaimed() {
        Random random = new Random(1633502);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2_000)];
            random.nextBytes(bytes);
            assertEquals(0, confidence("random.bin", bytes));
        }
    }

    @Test
    void thePubmedFixturesAndTheOtherFormatsFixturesAreNotClaimed() throws ImportException {
        for (String fixture : List.of("pubmed/pubmed-efetch.xml", "pubmed/pubmed-book-article.xml")) {
            assertEquals(0, format.detect(Fixtures.source(fixture).sample()).confidence(), fixture);
        }
        for (ImportSource fixture : Fixtures.otherFormats("ctgov")) {
            assertTrue(format.detect(fixture.sample()).confidence() < 50, fixture.toString());
        }
    }
}
