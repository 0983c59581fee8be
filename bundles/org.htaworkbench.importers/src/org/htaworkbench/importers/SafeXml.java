package org.htaworkbench.importers;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for XML exports that are safe on hostile input: no DTD is processed (a DOCTYPE never triggers a
 * network fetch or reads a local file, so XXE cannot happen, and no entity is defined, so none can be expanded:
 * "billion laughs" fails on its first undeclared entity), element nesting is bounded, and no single markup token (a
 * start tag with its attributes, a comment, a CDATA section, a run of text) may exceed {@link #MAX_TOKEN_BYTES},
 * checked on the bytes before the parser buffers them. Text is not coalesced: it arrives in the parser's chunks,
 * and a reader that joins chunks bounds what it joins.
 *
 * @since 0.1
 */
public final class SafeXml {

    /** Longest start tag, comment, CDATA section or text run, in bytes: 8 MiB. */
    public static final int MAX_TOKEN_BYTES = 8 * 1024 * 1024;
    /** Deepest element nesting accepted. */
    public static final int MAX_DEPTH = 256;

    private SafeXml() {
    }

    /**
     * A factory with DTDs and external entities off. The JDK's entity size caps are lifted: without a DTD the only
     * entities are the five predefined ones, each replaced by one character, so they cannot amplify anything, while
     * JDK 25's default cap (100,000) refuses an ordinary PubMed file with more {@code &lt;} and {@code &amp;} than that.
     */
    public static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource '" + systemId + "' refused: XML is read without DTDs");
        });
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", 0);
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", 0);
        return f;
    }

    /**
     * A reader over the stream, its encoding taken from the BOM or the XML declaration (UTF-8 when neither says); the
     * stream is guarded by the token limit. The bytes are decoded here, by the JDK's strict decoder, not by the
     * parser: the parser's own decoder prints "[Fatal Error]" lines to standard error on a byte that is not in the
     * encoding, and has known faults on valid UTF-8 (XERCESJ-1668). Such a byte refuses the file with its line.
     */
    public static XMLStreamReader open(XMLInputFactory factory, InputStream in, Position at) throws ImportException {
        return open(factory, in, at, new ImportSink() {
            @Override
            public void record(ImportedRecord record) {
                // only the encoding is reported here
            }

            @Override
            public void problem(ImportProblem problem) {
                // only the encoding is reported here
            }
        });
    }

    /** As {@link #open(XMLInputFactory, InputStream, Position)}, telling the sink which encoding was found and how. */
    public static XMLStreamReader open(XMLInputFactory factory, InputStream in, Position at, ImportSink sink)
            throws ImportException {
        try {
            BufferedInputStream bytes = new BufferedInputStream(new TokenLimit(in), 64 * 1024);
            Charset charset = charset(bytes, at, sink);
            return factory.createXMLStreamReader(new StrictDecoding(bytes, charset));
        } catch (XMLStreamException e) {
            throw failure(at, e);
        } catch (IOException e) {
            throw new ImportException(at, null, "could not be read: " + e.getMessage(), e);
        }
    }

    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The encoding a BOM or the XML declaration names; the BOM is consumed. */
    private static Charset charset(BufferedInputStream bytes, Position at, ImportSink sink)
            throws IOException, ImportException {
        bytes.mark(512);
        byte[] head = bytes.readNBytes(512);
        bytes.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bytes.skipNBytes(3);
            sink.encoding("UTF-8 (BOM)");
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            sink.encoding("UTF-16 (BOM)");
            return StandardCharsets.UTF_16; // consumes the BOM and follows its byte order
        }
        Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declared.find()) {
            sink.encoding("UTF-8 (XML's default)");
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(declared.group(1));
            sink.encoding(charset.name() + " (declared)");
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportException(new Position(at.file(), 1, at.record(), at.path()), null,
                    "is not readable XML: its declaration names the encoding '" + declared.group(1)
                            + "', which this Java runtime does not know");
        }
    }

    /**
     * Closes a reader {@link #open} gave and its input, after reading or on failure; neither close can lose anything
     * (nothing was written), so their failures are ignored. @since 0.2
     */
    public static void close(XMLStreamReader xml, InputStream in) {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // closing a reader of an input frees the parser only; nothing is lost
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failing close of an input loses nothing
        }
    }

    /** An {@link ImportException} for a parser error, with the parser's line when it has one. */
    public static ImportException failure(Position at, Exception e) {
        int line = at.line();
        String message = e.getMessage();
        if (e instanceof XMLStreamException x) {
            if (x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
                line = x.getLocation().getLineNumber();
            }
            message = x.getNestedException() != null && x.getNestedException().getMessage() != null
                    ? x.getNestedException().getMessage() : stripLocation(message);
        }
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof TokenTooLong) {
                message = cause.getMessage();
            } else if (cause instanceof NotInEncoding n) {
                message = n.getMessage();
                line = n.line;
            }
            cause = cause.getCause();
        }
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        if (message.contains("DOCTYPE") || message.contains("DTD")) {
            message = message + " (XML is read without DTDs)";
        }
        return new ImportException(new Position(at.file(), line, at.record(), at.path()), null,
                "is not readable XML: " + message, e);
    }

    private static String stripLocation(String message) {
        if (message == null) {
            return null;
        }
        int i = message.indexOf("Message: ");
        return i >= 0 ? message.substring(i + "Message: ".length()) : message;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // another StAX implementation without the JDK's limit properties: the other guards still apply
        }
    }

    /** Thrown (as an I/O error inside the parser) when a token exceeds the limit. */
    static final class TokenTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TokenTooLong(long offset) {
            super("a text or attribute value longer than " + MAX_TOKEN_BYTES / (1024 * 1024)
                    + " MiB (at byte " + offset + ") is refused");
        }
    }

    /** Thrown (as an I/O error inside the parser) when a byte sequence is not a character of the file's encoding. */
    static final class NotInEncoding extends IOException {
        private static final long serialVersionUID = 1L;

        /** The line of the first character that could not be decoded. */
        final int line;

        NotInEncoding(Charset charset, int line, CharacterCodingException cause) {
            super("it holds bytes that are not " + charset.name(), cause);
            this.line = line;
        }
    }

    /**
     * Characters from the JDK's decoder, refusing (not replacing) what is not in the encoding. Decoded here rather
     * than by an InputStreamReader because that drops the characters before a bad byte in the same read, and the
     * line of the bad byte is wanted.
     */
    private static final class StrictDecoding extends Reader {
        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
        private boolean end;
        /** Counted here because the parser reads ahead: its location is where its buffer is, not the bad byte. */
        private int line = 1;

        StrictDecoding(InputStream in, Charset charset) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset) {
                if (!end && bytes.remaining() < 8) {
                    fill();
                }
                CoderResult result = decoder.decode(bytes, out, end);
                if (result.isError()) {
                    if (out.position() > offset) {
                        break; // deliver what came before the bad bytes; the next read fails on them
                    }
                    throw new NotInEncoding(charset, line, new CharacterCodingException());
                }
                if (end && result.isUnderflow() && !bytes.hasRemaining()) {
                    decoder.flush(out);
                    if (out.position() == offset) {
                        return -1;
                    }
                }
            }
            for (int i = offset; i < out.position(); i++) {
                if (buffer[i] == '\n') {
                    line++;
                }
            }
            return out.position() - offset;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Counts the bytes of the markup token being read: a start or end tag (until its {@code >} outside quotes, so an
     * attribute value with {@code >} in it does not end it), a comment (until {@code -->}), a CDATA section (until
     * {@code ]]>}), or text (until the next {@code <}). Works on the bytes of ASCII-compatible encodings (UTF-8,
     * ISO-8859-1, Windows-1252, all PubMed and RevMan files); in UTF-16 it may end a token early, never late.
     */
    private static final class TokenLimit extends FilterInputStream {
        private enum State { TEXT, TAG, COMMENT, CDATA }

        private State state = State.TEXT;
        private int quote;
        private long offset;
        private long run;
        /** The last eight bytes, most recent in the lowest byte, to see "<!--", "<![CDATA[", "-->" and "]]>". */
        private long recent;

        TokenLimit(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) {
                count(b[off + i] & 0xFF);
            }
            return n;
        }

        private boolean endsWith(String marker) {
            for (int i = 0; i < marker.length(); i++) {
                if (((recent >>> (8 * i)) & 0xFF) != marker.charAt(marker.length() - 1 - i)) {
                    return false;
                }
            }
            return true;
        }

        private void count(int b) throws IOException {
            offset++;
            run++;
            recent = (recent << 8) | b;
            switch (state) {
                case TEXT -> {
                    if (b == '<') {
                        state = State.TAG;
                        quote = 0;
                        run = 1;
                    }
                }
                case TAG -> {
                    if (quote != 0) {
                        if (b == quote) {
                            quote = 0;
                        }
                    } else if (b == '"' || b == '\'') {
                        quote = b;
                    } else if (b == '>') {
                        state = State.TEXT;
                        run = 0;
                    } else if (b == '-' && endsWith("<!--")) {
                        state = State.COMMENT;
                    } else if (b == '[' && endsWith("CDATA[") && ((recent >>> 48) & 0xFFFF) == ('!' << 8 | '[')) {
                        state = State.CDATA;
                    }
                }
                case COMMENT -> {
                    if (b == '>' && endsWith("-->")) {
                        state = State.TEXT;
                        run = 0;
                    }
                }
                case CDATA -> {
                    if (b == '>' && endsWith("]]>")) {
                        state = State.TEXT;
                        run = 0;
                    }
                }
            }
            if (run > MAX_TOKEN_BYTES) {
                throw new TokenTooLong(offset);
            }
        }
    }
}
