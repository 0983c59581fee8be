package org.htaworkbench.importers.tests.medline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.tests.Fixtures;

/**
 * Beginnings of files in other formats, prose and noise, for detection tests: what a detector must not claim. Also
 * every fixture file of {@code data/}, when the folder is on disk, so that a new format's fixtures are tried too.
 */
public final class Samples {

    private Samples() {
    }

    /** Name to bytes: the other formats' typical beginnings, prose, an empty file and random bytes. */
    public static Map<String, byte[]> others() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("embase.ris", utf8("TY  - JOUR\r\nTI  - Impella in cardiogenic shock\r\nAU  - Thiele, H.\r\n"
                + "AU  - Zeymer, U.\r\nPY  - 2019\r\nJO  - Eur Heart J\r\nER  - \r\n"));
        m.put("pubmed.xml", utf8("<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>\n"
                + "<PubmedArticle><MedlineCitation Status=\"MEDLINE\"><PMID Version=\"1\">38587239</PMID>"
                + "<Article><ArticleTitle>Microaxial Flow Pump</ArticleTitle></Article></MedlineCitation>"
                + "</PubmedArticle>\n</PubmedArticleSet>\n"));
        m.put("ovid.txt", utf8("<1>\nAccession Number\n  38587239\nAuthors\n  Moller JE. Engstrom T.\nTitle\n"
                + "  Microaxial Flow Pump or Standard Care.\nSource\n  N Engl J Med. 390(15):1382-1393, 2024.\n"));
        m.put("ctgov.json", utf8("{\"studies\":[{\"protocolSection\":{\"identificationModule\":{\"nctId\":"
                + "\"NCT01633502\",\"briefTitle\":\"DanGer Shock\"}}}]}"));
        m.put("prose.txt", utf8("Title: a note on cardiogenic shock, year 2024, by the authors.\nThe Impella pump, "
                + "a microaxial device; its use in shock was studied.\nAuthors and journals differ.\n"));
        m.put("empty.txt", new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        m.put("noise.bin", noise);
        return m;
    }

    /** Every fixture file of {@code data/}, by name. */
    public static Map<String, byte[]> fixtureFiles() {
        return Fixtures.all();
    }

    public static ImportSample sample(String name, byte[] bytes) {
        return new ImportSample(name, bytes.length > ImportSource.SAMPLE_BYTES
                ? java.util.Arrays.copyOf(bytes, ImportSource.SAMPLE_BYTES) : bytes);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
