package org.htaworkbench.importers.internal.pubmed;

import java.io.InputStream;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.SafeXml;

/**
 * One reading of one PubMed XML file: streams the file with {@link SafeXml}, holds one article at a time as an
 * {@link XmlElement} tree (bounded in size) and hands it to {@link PubmedArticleMapper}.
 */
final class PubmedXmlReader {

    /** Text, attribute values and element paths of one article, in characters: many times a large real article. */
    static final long MAX_ARTICLE_CHARS = 8L * 1024 * 1024;
    /** Elements of one article: a paper with thousands of authors and their affiliations has tens of thousands. */
    static final int MAX_ARTICLE_ELEMENTS = 200_000;

    private static final Set<String> ARTICLES = Set.of("PubmedArticle", "PubmedBookArticle");
    private static final Set<String> ROOTS = Set.of("PubmedArticleSet", "PubmedBookArticleSet", "PubmedArticle",
            "PubmedBookArticle");

    private final ImportSource source;
    private final ImportSink sink;
    private final String file;
    private int articleNumber;
    /** The deepest open element of the article being read, for error messages; null between articles. */
    private XmlElement current;

    PubmedXmlReader(ImportSource source, ImportSink sink) {
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
            throw SafeXml.failure(errorPosition(), e);
        } catch (RuntimeException e) {
            // the JDK's parser has thrown unchecked exceptions on some malformed input: still an unreadable file
            throw new ImportException(errorPosition(), null, "is not readable XML: " + e, e);
        } finally {
            SafeXml.close(xml, in);
        }
    }

    private void readDocument(XMLStreamReader xml) throws XMLStreamException, ImportException {
        boolean root = true;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root) {
                root = false;
                if (!ROOTS.contains(name)) {
                    throw new ImportException(new Position(file, line(xml), 0, name), name, "the root element is <"
                            + name + ">, not <PubmedArticleSet>: this is not a PubMed XML file");
                }
            }
            if (ARTICLES.contains(name)) {
                if (sink.isCancelled()) {
                    return;
                }
                articleNumber++;
                readArticle(xml, name);
                current = null;
            }
        }
    }

    /** Reads from the article's start tag to its end tag; an article too large to hold is skipped, not kept. */
    private void readArticle(XMLStreamReader xml, String name) throws XMLStreamException {
        int startLine = line(xml);
        XmlElement article = XmlElement.root(name, startLine);
        current = article;
        long chars = article.pathLength() + addAttributes(xml, article);
        int elements = 1;
        String tooLarge = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (tooLarge == null) {
                        current = current.addChild(xml.getLocalName(), line(xml));
                        chars += current.pathLength() + addAttributes(xml, current);
                        elements++;
                        tooLarge = tooLarge(chars, elements);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (tooLarge == null && depth > 0) {
                        current = current.parent();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (tooLarge == null) {
                        chars += xml.getTextLength();
                        tooLarge = tooLarge(chars, elements);
                        if (tooLarge == null) {
                            current.appendText(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        Position at = new Position(file, startLine, articleNumber, name);
        if (tooLarge != null) {
            sink.problem(ImportProblem.skipped(at, name, "article " + articleNumber + " " + tooLarge + "; skipped"));
            return;
        }
        sink.record(new PubmedArticleMapper(article, file, articleNumber, sink).map());
    }

    private static String tooLarge(long chars, int elements) {
        if (chars > MAX_ARTICLE_CHARS) {
            return "holds more than " + MAX_ARTICLE_CHARS / (1024 * 1024) + " Mi characters";
        }
        if (elements > MAX_ARTICLE_ELEMENTS) {
            return "has more than " + MAX_ARTICLE_ELEMENTS + " elements";
        }
        return null;
    }

    /** Copies the attributes; returns the characters they and their raw paths take. */
    private static long addAttributes(XMLStreamReader xml, XmlElement element) {
        long chars = 0;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            // without namespace processing a namespace declaration's prefix (xmlns) is kept apart from its name
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            String attributeName = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            String value = xml.getAttributeValue(i);
            element.addAttribute(attributeName, value);
            chars += element.pathLength() + 2 + attributeName.length() + value.length();
        }
        return chars;
    }

    private static int line(XMLStreamReader xml) {
        return xml.getLocation() == null ? 0 : Math.max(0, xml.getLocation().getLineNumber());
    }

    private Position errorPosition() {
        return current == null ? new Position(file, 0, 0, null) : new Position(file, 0, articleNumber, current.path());
    }
}
