package org.htaworkbench.importers.tests.pubmed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.SafeXml;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * What {@link SafeXml} itself lets through, on its own factory and reader: no attribute, text run, CDATA section or
 * comment longer than the limit, although {@code >} is allowed in text and attribute values and {@code <} in CDATA
 * sections and comments (a guard that restarted at every markup character was bypassed this way); text arrives in
 * bounded chunks even when CDATA sections split it; and an ordinary file with many predefined entities is read.
 */
class SafeXmlLimitsTest {

    private static final int MIB = 1024 * 1024;

    /** Fifty pieces of one MiB each, {@code separator} between them. */
    private static InputStream fiftyMib(String head, String separator, String tail) {
        List<InputStream> parts = new java.util.ArrayList<>();
        parts.add(bytes(head));
        for (int i = 0; i < 50; i++) {
            parts.add(Fixtures.repeated(new byte[] { 'a' }, MIB));
            parts.add(bytes(separator));
        }
        parts.add(bytes(tail));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads everything with SafeXml's factory; returns the longest text, comment or attribute value seen. */
    private static long longestToken(InputStream in) throws ImportException, XMLStreamException {
        XMLStreamReader r = SafeXml.open(SafeXml.factory(), in, new Position("gap.xml", 0, 0, null));
        long longest = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (r.hasText() && event != XMLStreamReader.DTD) {
                longest = Math.max(longest, r.getTextLength());
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    longest = Math.max(longest, r.getAttributeValue(i).length());
                }
            }
        }
        return longest;
    }

    private static void assertRefused(InputStream in) {
        try {
            long longest = longestToken(in);
            fail("SafeXml let a token of " + longest + " characters through (limit " + SafeXml.MAX_TOKEN_BYTES + ")");
        } catch (ImportException | XMLStreamException e) {
            String message = SafeXml.failure(new Position("gap.xml", 0, 0, null), e).getMessage();
            assertTrue(message.contains("is refused"), message);
        }
    }

    @Test
    void anAttributeWithGreaterThanSignsIsBoundedToo() {
        assertRefused(fiftyMib("<PubmedArticleSet a=\"", ">", "\"/>"));
    }

    @Test
    void textWithGreaterThanSignsIsBoundedToo() {
        assertRefused(fiftyMib("<PubmedArticleSet>", ">", "</PubmedArticleSet>"));
    }

    @Test
    void textSplitByCdataSectionsArrivesInChunksWithinTheLimit() throws ImportException, XMLStreamException {
        // text is not coalesced: fifty MiB of text reach the reader in the parser's chunks, none longer than the limit
        long longest = longestToken(fiftyMib("<PubmedArticleSet>", "<![CDATA[]]>", "</PubmedArticleSet>"));
        assertTrue(longest > 0 && longest <= SafeXml.MAX_TOKEN_BYTES, "longest chunk " + longest);
    }

    @Test
    void aCdataSectionWithLessThanSignsIsBoundedToo() {
        assertRefused(fiftyMib("<PubmedArticleSet><![CDATA[", "<", "]]></PubmedArticleSet>"));
    }

    @Test
    void aCommentWithLessThanSignsIsBoundedToo() {
        assertRefused(fiftyMib("<PubmedArticleSet><!--", "<", "--></PubmedArticleSet>"));
    }

    @Test
    void moreThanAHundredThousandPredefinedEntitiesAreRead() throws ImportException, XMLStreamException {
        // JDK 25's conf/jaxp.properties caps jdk.xml.maxGeneralEntitySizeLimit and totalEntitySizeLimit at 100,000
        // and counts every &lt; &amp; of the document: a large real PubMed file fails although no DTD is read
        StringBuilder xml = new StringBuilder("<PubmedArticleSet>");
        for (int i = 0; i < 60_000; i++) {
            xml.append("<AbstractText>p &lt; 0.05 &amp; more</AbstractText>\n");
        }
        xml.append("</PubmedArticleSet>");
        longestToken(bytes(xml.toString()));
    }

    @Test
    void theEntityExpansionLimitIsNotSwitchedOff() {
        // for the JDK 0 means "no limit": harmless while DTDs are off, it would matter if SUPPORT_DTD were turned on
        Object limit = SafeXml.factory().getProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit");
        assertTrue(!"0".equals(String.valueOf(limit)), "entityExpansionLimit is " + limit + " (0 = unlimited)");
    }

    @Test
    void aPlainLongTokenIsRefused() {
        // a run without any markup character: the plain case
        assertRefused(new SequenceInputStream(bytes("<PubmedArticleSet a=\""),
                Fixtures.repeated(new byte[] { 'a' }, 50L * MIB)));
    }
}
