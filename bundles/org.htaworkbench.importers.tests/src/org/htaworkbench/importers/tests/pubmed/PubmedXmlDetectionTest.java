package org.htaworkbench.importers.tests.pubmed;

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
import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** PubMed XML is recognised by its root element or DOCTYPE, and nothing else is claimed. */
class PubmedXmlDetectionTest {

    private final PubmedXmlFormat format = new PubmedXmlFormat();

    private int confidence(String name, byte[] bytes) {
        return format.detect(new ImportSample(name, bytes)).confidence();
    }

    private int confidence(String text) {
        return confidence("sample.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFixturesAreRecognised() throws ImportException {
        for (String fixture : List.of("pubmed/pubmed-efetch.xml", "pubmed/pubmed-book-article.xml")) {
            Detection d = format.detect(Fixtures.source(fixture).sample());
            assertEquals(95, d.confidence(), fixture);
            assertTrue(d.reason().contains("PubMed XML"), d.reason());
        }
    }

    @Test
    void eachSignatureIsEnough() {
        assertEquals(95, confidence("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"x\" \"y\">"));
        assertEquals(95, confidence("<PubmedArticleSet><PubmedArticle>"));
        assertEquals(95, confidence("  \n<PubmedArticle>\n<MedlineCitation>"));
        assertEquals(95, confidence("<?xml version=\"1.0\"?><PubmedBookArticle>"));
    }

    @Test
    void aByteOrderMarkAndUtf16AreNoObstacle() {
        byte[] xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[xml.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, bom, 3, xml.length);
        assertEquals(95, confidence("bom.xml", bom));
        assertEquals(95, confidence("utf16.xml", "\uFEFF<PubmedArticleSet>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void otherFormatsProseAndEmptyFilesAreNotClaimed() {
        List<String> others = List.of("",
                "TY  - JOUR\nTI  - Impella in cardiogenic shock\nAU  - Møller, J. E.\nER  - \n",
                "PMID- 38587239\nOWN - NLM\nTI  - Microaxial Flow Pump or Standard Care in Infarct-Related Cardiogenic"
                        + " Shock.\n",
                "<1>\nUnique Identifier\n  38587239\nTitle\n  Microaxial Flow Pump\n",
                "Title,Authors,Year,DOI\n\"Microaxial flow pump\",\"Møller JE\",2024,10.1056/NEJMoa2312572\n",
                "The PubmedArticleSet element of an efetch result holds <PubmedArticle> elements, one per citation.",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><records><record><titles><title>PubmedArticleSet"
                        + "</title>",
                "<!DOCTYPE html><html><body><p>Save as &lt;PubmedArticleSet&gt; XML</p></body></html>",
                "{\"studies\":[{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01633502\"}}}]}");
        for (String other : others) {
            assertEquals(0, confidence(other), other);
        }
    }

    @Test
    void randomBytesAreNotClaimed() {
        Random random = new Random(4711);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2_000)];
            random.nextBytes(bytes);
            assertEquals(0, confidence("random.bin", bytes));
        }
    }

    @Test
    void theOtherFormatsFixturesAreNotClaimed() throws ImportException {
        for (ImportSource fixture : Fixtures.otherFormats("pubmed")) {
            ImportSample sample = fixture.sample();
            assertTrue(format.detect(sample).confidence() < 50, fixture.toString());
        }
    }
}
