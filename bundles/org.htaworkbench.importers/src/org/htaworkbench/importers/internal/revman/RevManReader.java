package org.htaworkbench.importers.internal.revman;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.SafeXml;

/**
 * One reading of one RevMan 5 file: streams it with {@link SafeXml} (no DTD, no external entities; the encoding
 * from the declaration, ISO-8859-1 in most files RevMan 5 wrote) and keeps, as small {@link RevManElement} trees,
 * only the parts the import maps: the review's title, the included studies with their references, and the analyses
 * and data. The review's text, risk-of-bias tables and figures are passed over.
 */
final class RevManReader {

    /** Characters kept (attribute values and mapped text): a large review's analyses take a few Mi. */
    static final long MAX_KEPT_CHARS = 64L * 1024 * 1024;
    /** Elements kept: a review with hundreds of analyses has some tens of thousands data rows. */
    static final int MAX_KEPT_ELEMENTS = 2_000_000;

    /** The parts kept, by the element that starts each. */
    private static final Set<String> KEPT = Set.of("INCLUDED_STUDIES", "ANALYSES_AND_DATA");
    /** Elements whose text (with inline markup) the mapping reads. */
    private static final Set<String> TEXT = Set.of("NAME", "GROUP_LABEL_1", "GROUP_LABEL_2", "GRAPH_LABEL_1",
            "GRAPH_LABEL_2", "AU", "TI", "SO", "YR", "VL", "NO", "PG", "EFFECT_MEASURE", "FOOTNOTE", "TITLE");

    private final ImportSource source;
    private final ImportSink sink;
    private final String file;
    private long keptChars;
    private int keptElements;
    private String title = "";
    private RevManElement studies;
    private RevManElement analyses;
    private String element = null;

    RevManReader(ImportSource source, ImportSink sink) {
        this.source = source;
        this.sink = sink;
        this.file = source.name();
    }

    void read() throws ImportException {
        InputStream in = source.open();
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.open(SafeXml.factory(), in, new Position(file, 0, 0, null), sink);
            readDocument(xml);
        } catch (XMLStreamException e) {
            throw SafeXml.failure(new Position(file, 0, 0, element), e);
        } catch (RuntimeException e) {
            throw new ImportException(new Position(file, 0, 0, element), null, "is not readable XML: " + e, e);
        } finally {
            SafeXml.close(xml, in);
        }
        if (sink.isCancelled()) {
            return;
        }
        new RevManMapper(file, title, studies, analyses, sink).map();
    }

    private void readDocument(XMLStreamReader xml) throws XMLStreamException, ImportException {
        boolean root = true;
        boolean inCover = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("COVER_SHEET")) {
                inCover = false;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            element = name;
            if (root) {
                root = false;
                if (!name.equals("COCHRANE_REVIEW")) {
                    throw new ImportException(new Position(file, line(xml), 0, name), name, "the root element is <"
                            + name + ">, not <COCHRANE_REVIEW>: this is not a RevMan 5 file");
                }
                continue;
            }
            if (name.equals("COVER_SHEET")) {
                inCover = true;
            } else if (inCover && name.equals("TITLE") && title.isEmpty()) {
                title = keep(xml, name).text();
            } else if (KEPT.contains(name)) {
                if (sink.isCancelled()) {
                    return;
                }
                RevManElement part = keep(xml, name);
                if (name.equals("INCLUDED_STUDIES") && studies == null) {
                    studies = part;
                } else if (name.equals("ANALYSES_AND_DATA") && analyses == null) {
                    analyses = part;
                }
            }
        }
    }

    /** Reads from the element's start tag to its end tag into a tree. */
    private RevManElement keep(XMLStreamReader xml, String name) throws XMLStreamException, ImportException {
        RevManElement top = start(xml, name);
        Deque<RevManElement> open = new ArrayDeque<>();
        Deque<Boolean> texts = new ArrayDeque<>();
        open.push(top);
        texts.push(TEXT.contains(name));
        while (!open.isEmpty()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String child = xml.getLocalName();
                    element = child;
                    RevManElement e = start(xml, child);
                    open.peek().add(e);
                    texts.push(texts.peek() || TEXT.contains(child));
                    open.push(e);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    open.pop();
                    texts.pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (texts.peek()) {
                        count(xml.getTextLength(), xml);
                        open.peek().appendText(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        return top;
    }

    private RevManElement start(XMLStreamReader xml, String name) throws ImportException {
        RevManElement e = new RevManElement(name, line(xml));
        keptElements++;
        count(name.length(), xml);
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String key = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            count(key.length() + value.length(), xml);
            e.attribute(key, value);
        }
        return e;
    }

    private void count(int chars, XMLStreamReader xml) throws ImportException {
        keptChars += chars;
        if (keptChars > MAX_KEPT_CHARS || keptElements > MAX_KEPT_ELEMENTS) {
            throw new ImportException(new Position(file, line(xml), 0, element), element,
                    "holds more study data than a RevMan review can (over " + MAX_KEPT_CHARS / (1024 * 1024)
                            + " Mi characters or " + MAX_KEPT_ELEMENTS + " elements in its studies and analyses)");
        }
    }

    private static int line(XMLStreamReader xml) {
        return xml.getLocation() == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
    }
}
