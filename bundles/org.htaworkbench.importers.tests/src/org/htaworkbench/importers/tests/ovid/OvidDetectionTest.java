package org.htaworkbench.importers.tests.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.internal.ovid.OvidFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ovid's export is recognised by its numbered records with Ovid labels, and RIS (also Ovid's) is not taken for it. */
class OvidDetectionTest {

    private static Detection detect(ImportSource source) throws ImportException {
        return new OvidFormat().detect(source.sample());
    }

    private static Detection detect(String text) throws ImportException {
        return detect(ImportSource.of("x.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ovid/ovid-medline-export.txt", "ovid/ovid-embase-export.txt"})
    void bothFixturesAreRecognised(String fixture) throws ImportException {
        assertEquals(90, detect(Fixtures.source(fixture)).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<1>\nUnique Identifier\n  38587239\n", "\n\n<1>\r\nUI  - 38587239\r\n",
            "< 1. >\nTitle\n  x\n", "Database: Embase <1974 to 2024 April 19>\nSearch Strategy:\n1 impella.tw.\n\n<1>\n"
                    + "AN  - 2031622911\n"})
    void aFirstRecordWithAnOvidLabelOrTag(String text) throws ImportException {
        assertEquals(90, detect(text).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ris/embase-export.ris", "ris/cochrane-central-export.ris", "ris/scopus-export.ris",
            "ris/endnote-export.ris"})
    void risExportsAreNotOvid(String fixture) throws ImportException {
        assertEquals(Detection.NONE, detect(Fixtures.source(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Ovid's own RIS export keeps its record numbers in some setups: still RIS
            "<1>\nTY  - JOUR\nTI  - x\nER  - \n",
            "<1>\nThe first of our notes\n<2>\nAnother note\n",
            "Some prose mentioning <1> and Unique Identifier\nUnique Identifier\n",
            "PMID- 38587239\nOWN - NLM\nTI  - Microaxial Flow Pump or Standard Care.\nAU  - Moller JE\n",
            "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>\n",
            "Title,Authors,Year\n\"Microaxial flow pump\",\"Moller JE\",2024\n",
            "{\"studies\": []}", "", "\n \n"})
    void otherFormatsProseAndEmptyFilesAreNotOvid(String text) throws ImportException {
        assertEquals(Detection.NONE, detect(text));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void randomBytesAreNotOvid(long seed) throws ImportException {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        assertTrue(detect(ImportSource.of("x.txt", bytes)).confidence() < 50);
    }
}
