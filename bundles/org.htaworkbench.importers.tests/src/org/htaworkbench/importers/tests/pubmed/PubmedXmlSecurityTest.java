package org.htaworkbench.importers.tests.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.SafeXml;
import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML: entities that would read a local file or fetch from the network, external DTDs (which every real
 * PubMed file references and which must be passed over, not fetched), entity expansion, huge tokens, deep nesting.
 */
class PubmedXmlSecurityTest {

    private static final String PUBMED_DOCTYPE_PUBLIC = "-//NLM//DTD PubMedArticle, 1st January 2024//EN";
    private static final String FETCHED = "FETCHED-FROM-THE-LOCAL-SERVER";

    private final PubmedXmlFormat format = new PubmedXmlFormat();
    private LocalServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private static String withTitle(String doctype, String title) {
        return "<?xml version=\"1.0\" ?>\n" + doctype + "\n<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation>\n"
                + "<PMID Version=\"1\">1</PMID>\n<Article>\n<ArticleTitle>" + title + "</ArticleTitle>\n</Article>\n"
                + "</MedlineCitation>\n</PubmedArticle>\n</PubmedArticleSet>\n";
    }

    private Fixtures.Collected read(String xml) throws ImportException {
        return Fixtures.read(format, Fixtures.text("hostile.xml", xml));
    }

    @Test
    void aFileEntityIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        for (String uri : new String[] { secret.toUri().toString(), "file:///etc/passwd" }) {
            String xml = withTitle("<!DOCTYPE PubmedArticleSet [<!ENTITY e SYSTEM \"" + uri + "\">]>", "Leak: &e;");
            ImportException e = assertThrows(ImportException.class, () -> read(xml));
            assertTrue(e.getMessage().contains("The entity \"e\" was referenced, but not declared"), e.getMessage());
            assertEquals(8, e.position().line());
            assertEquals("PubmedArticle/MedlineCitation/Article/ArticleTitle", e.position().path());
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains("TOP-SECRET"), t.toString());
                assertFalse(String.valueOf(t.getMessage()).contains("root:"), t.toString());
            }
        }
    }

    @Test
    void anHttpEntityIsRefusedWithoutAConnection() {
        String xml = withTitle("<!DOCTYPE PubmedArticleSet [<!ENTITY e SYSTEM \"" + server.url("e.txt") + "\">]>",
                "&e;");
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("The entity \"e\" was referenced, but not declared"), e.getMessage());
        assertFalse(e.getMessage().contains(FETCHED));
        assertEquals(0, server.connections(), "the parser connected to " + server.url(""));
    }

    @Test
    void theLocalServerCountsAConnection() throws IOException {
        // so that "no connection" below means the parser did not connect, not that the server could not tell
        try (InputStream in = java.net.URI.create(server.url("probe")).toURL().openStream()) {
            assertEquals(FETCHED, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        assertEquals(1, server.connections());
    }

    @Test
    void aParameterEntityIsNeitherFetchedNorExpanded() throws ImportException {
        String xml = withTitle("<!DOCTYPE PubmedArticleSet [<!ENTITY % p SYSTEM \"" + server.url("p.dtd") + "\"> %p;]>",
                "Title");
        assertEquals("Title", read(xml).record(0).text(BibField.TITLE));
        assertEquals(0, server.connections());
    }

    @Test
    void pubmedsOwnDoctypeIsPassedOverWithoutFetchingTheDtd() throws ImportException {
        String real = "<!DOCTYPE PubmedArticleSet PUBLIC \"" + PUBMED_DOCTYPE_PUBLIC
                + "\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd\">";
        assertEquals("Title", read(withTitle(real, "Title")).record(0).text(BibField.TITLE));
        String local = "<!DOCTYPE PubmedArticleSet PUBLIC \"" + PUBMED_DOCTYPE_PUBLIC + "\" \""
                + server.url("pubmed_240101.dtd") + "\">";
        Fixtures.Collected read = read(withTitle(local, "Still read"));
        assertEquals("Still read", read.record(0).text(BibField.TITLE));
        assertEquals(0, server.connections(), "the DTD was fetched from " + server.url(""));
    }

    @Test
    void billionLaughsFailsAtOnce() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE PubmedArticleSet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        String xml = withTitle(doctype.append("]>").toString(), "&lol9;");
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ImportException.class, () -> read(xml)));
        assertTrue(e.getMessage().contains("The entity \"lol9\" was referenced, but not declared"), e.getMessage());
    }

    @Test
    void aFiftyMegabyteAttributeIsRefusedAtTheTokenLimit() {
        ImportSource source = generated("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<PubmedArticle>\n<MedlineCitation"
                + " Owner=\"", 'a', 50L * 1024 * 1024, "\"/></PubmedArticle></PubmedArticleSet>");
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ImportException.class, () -> Fixtures.read(format, source)));
        assertTrue(e.getMessage().contains("longer than " + SafeXml.MAX_TOKEN_BYTES / (1024 * 1024) + " MiB")
                && e.getMessage().contains("is refused"), e.getMessage());
    }

    @Test
    void aFiftyMegabyteTitleIsRefusedAtTheTokenLimit() {
        String xml = withTitle("", "");
        ImportSource source = generated(xml.substring(0, xml.indexOf("</ArticleTitle>")), 'x', 50L * 1024 * 1024,
                "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(format, source));
        assertTrue(e.getMessage().contains("MiB") && e.getMessage().contains("is refused"), e.getMessage());
        assertEquals(1, e.position().record());
    }

    @Test
    void tenThousandNestedElementsAreRefused() {
        String xml = withTitle("", "T").replace("<Article>", "<Article>" + "<i>".repeat(10_000));
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImportException.class, () -> read(xml)));
        assertTrue(e.getMessage().contains("depth") && e.getMessage().contains("\"" + SafeXml.MAX_DEPTH + "\""),
                e.getMessage());
    }

    @Test
    void entitiesNeverReachTheValues() throws ImportException {
        // the predefined entities and character references are XML, not DTD features: they are still decoded
        Fixtures.Collected read = read(withTitle("", "&lt;&amp;&gt;&quot;&apos; &#233;&#x2013;"));
        FieldValue title = read.record(0).values(BibField.TITLE).get(0);
        assertEquals("<&>\"' é–", title.value());
    }

    /** Bytes made on the fly: a head, one byte repeated, a tail (nothing of that size is held by the test). */
    static ImportSource generated(String head, char fill, long count, String tail) {
        return ImportSource.of("generated.xml", () -> new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                        Fixtures.repeated(new byte[] { (byte) fill }, count)),
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8))));
    }

    /** Counts connections to a port on 127.0.0.1 and answers each with a small text, as a server would. */
    private static final class LocalServer implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        LocalServer() throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::serve, "pubmed-xml-security-test-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url(String file) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/" + file;
        }

        int connections() {
            return connections.get();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    connections.incrementAndGet();
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + FETCHED)
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    return; // the socket was closed at the end of the test
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                acceptor.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
