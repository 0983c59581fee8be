package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RIS is recognised by its TY and ER lines, and nothing else is taken for it. */
class RisDetectionTest {

    private static Detection detect(ImportSource source) throws ImportException {
        return new RisFormat().detect(source.sample());
    }

    private static Detection detect(String name, String text) throws ImportException {
        return detect(ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ris/embase-export.ris", "ris/cochrane-central-export.ris", "ris/scopus-export.ris",
            "ris/endnote-export.ris"})
    void everyFixtureIsRecognisedWithCertainty(String fixture) throws ImportException {
        assertEquals(95, detect(Fixtures.source(fixture)).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\r\n"})
    void otherLineEndsAreRecognisedToo(String lineEnd) throws ImportException {
        String text = new String(Fixtures.bytes("ris/endnote-export.ris"), StandardCharsets.UTF_8)
                .replace("\n", lineEnd);
        assertEquals(95, detect("endnote.ris", text).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Record #1 of 1\nProvider: John Wiley & Sons, Ltd\nContent:Central\nTY  - JOUR\nTI  - x\n",
            "\n\nTY  - JOUR\nTI  - x\nER  -\n"})
    void theCochraneHeaderOrAnErWithATyNearTheStartIsCertain(String text) throws ImportException {
        assertEquals(95, detect("x.txt", text).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TY  - JOUR\nTI  - A first record longer than the sample\nAB  - ..."})
    void aTyWithoutAnErIsLikelyButNotCertain(String text) throws ImportException {
        assertEquals(70, detect("x.ris", text).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ovid/ovid-medline-export.txt", "ovid/ovid-embase-export.txt"})
    void ovidExportsAreNotRis(String fixture) throws ImportException {
        assertEquals(Detection.NONE, detect(Fixtures.source(fixture)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // MEDLINE (.nbib): the same "XX  - " shape for some tags, but neither TY nor ER
            "PMID- 38587239\nOWN - NLM\nSTAT- MEDLINE\nTI  - Microaxial Flow Pump or Standard Care.\nAU  - Moller JE\n",
            "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>\n",
            "Title,Authors,Year,DOI\n\"Microaxial flow pump\",\"Moller JE\",2024,10.1056/NEJMoa2312572\n",
            "{\"studies\": [{\"protocolSection\": {}}]}",
            "The TY  - JOUR line of a RIS file comes first, and ER  - ends each record, as this sentence says.\n",
            "", "\n\n   \n"})
    void otherFormatsProseAndEmptyFilesAreNotRis(String text) throws ImportException {
        assertEquals(Detection.NONE, detect("x.txt", text));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void randomBytesAreNotRis(long seed) throws ImportException {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        assertTrue(detect(ImportSource.of("x.ris", bytes)).confidence() < 50);
    }
}
