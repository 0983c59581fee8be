package org.htaworkbench.model.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.htaworkbench.model.util.EvidenceResourceImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The evidence resource as {@link EvidenceResources#load} reads it: while parsing, it remembers where in the file
 * each object's element is, so that problems found only after the parse (such as a duplicate id) can name a line.
 * <p>
 * The position comes from the SAX parser's locator at the moment EMF creates the object, i.e. just after the end of
 * the element's start tag. That is exact whatever the quoting, entity references or line wrapping of the
 * attributes, which searching the text for {@code id="..."} would not be (the same characters may appear in text
 * content, comments or single-quoted attribute values). {@link SourceText} then maps it to the start of the tag.
 */
final class StrictEvidenceResource extends EvidenceResourceImpl {

    /** A 1-based line and column in the parsed text. */
    record Position(int line, int column) {
    }

    private Map<EObject, Position> tagEnds = new HashMap<>();

    StrictEvidenceResource(URI uri) {
        super(uri);
    }

    /** Where the start tag of {@code object}'s element ended, or null when the parser did not report it. */
    Position tagEnd(EObject object) {
        return tagEnds.get(object);
    }

    /** Drops the recorded positions: they are for the checks right after loading and go stale once edited. */
    void forgetPositions() {
        tagEnds = new HashMap<>();
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new PositionRecordingLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        // the superclass would give a plain XMLLoadImpl for OPTION_SUPPRESS_XMI, which the strict loader never sets
        return createXMLLoad();
    }

    /** A runtime exception EMF threw while handling the content at a position. */
    static final class UnexpectedContent extends XMIException {

        private static final long serialVersionUID = 1L;

        private final boolean inStartTag;

        UnexpectedContent(RuntimeException e, String location, int line, int column, boolean inStartTag) {
            super("unexpected content (" + e + ")", e, location, line, column);
            this.inStartTag = inStartTag;
        }

        /** Whether the position is the end of a start tag (then {@link SourceText} finds where the tag begins). */
        boolean inStartTag() {
            return inStartTag;
        }
    }

    /**
     * Carries the stop through SAX callbacks that cannot throw a SAXException; {@link EvidenceResources} reports
     * the recorded diagnostic, not this.
     */
    static final class StopLoading extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StopLoading(SAXException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private final class PositionRecordingLoad extends XMILoadImpl {

        PositionRecordingLoad(XMLHelper helper) {
            super(helper);
        }

        @Override
        protected DefaultHandler makeDefaultHandler() {
            return new SAXXMIHandler(resource, helper, options) {
                @Override
                protected void processObject(EObject object) {
                    if (object != null && locator != null) {
                        tagEnds.put(object, new Position(getLineNumber(), getColumnNumber()));
                    }
                    super.processObject(object);
                }

                @Override
                public void startElement(String uri, String localName, String name, Attributes attributes)
                        throws SAXException {
                    try {
                        super.startElement(uri, localName, name, attributes);
                    } catch (RuntimeException e) {
                        throw unexpected(e, true);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String name) {
                    try {
                        super.endElement(uri, localName, name);
                    } catch (RuntimeException e) {
                        throw new StopLoading(unexpected(e, false));
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    try {
                        super.characters(ch, start, length);
                    } catch (RuntimeException e) {
                        throw new StopLoading(unexpected(e, false));
                    }
                }

                @Override
                public void endDocument() {
                    try {
                        super.endDocument();
                    } catch (RuntimeException e) {
                        throw new StopLoading(unexpected(e, false));
                    }
                }

                /**
                 * EMF reports bad content as diagnostics, but some bad content (an xsi:type naming an enumeration,
                 * found by fuzzing) fails deep inside it with a runtime exception. Record that as a diagnostic at
                 * the parser's position, so that the error names the line, and stop parsing: the load fails anyway.
                 */
                private SAXException unexpected(RuntimeException e, boolean inStartTag) {
                    if (e instanceof StopLoading stop) {
                        return (SAXException) stop.getCause();
                    }
                    error(new UnexpectedContent(e, getLocation(), getLineNumber(), getColumnNumber(), inStartTag));
                    return new SAXException("loading stopped at unexpected content");
                }
            };
        }
    }
}
