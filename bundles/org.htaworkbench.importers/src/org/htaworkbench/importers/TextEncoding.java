package org.htaworkbench.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which character set a text export is in. A byte-order mark decides (UTF-8, UTF-16LE/BE); without one, a file
 * that is valid UTF-8 throughout is UTF-8 (ASCII is too), and anything else is read as Windows-1252 (which agrees
 * with ISO-8859-1 on every printable character and adds the dashes and quotes Windows exports contain) with a
 * warning naming the first line that is not UTF-8. So {@code ø}, {@code é} and {@code –} are never garbled silently.
 *
 * @since 0.1
 */
public final class TextEncoding {

    /** Windows-1252, the fallback. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A first guess from the beginning of a file. */
    public record Guess(Charset charset, int bomLength) {
    }

    /**
     * The result for a whole file.
     *
     * @param charset to decode with
     * @param bomLength bytes of byte-order mark to skip
     * @param fallbackLine when the file is not UTF-8: the first line (1-based) that is not; 0 otherwise
     */
    public record Detected(Charset charset, int bomLength, int fallbackLine) {
        public boolean isFallback() {
            return fallbackLine > 0;
        }

        /** For the user: {@code UTF-8}, {@code UTF-8 (BOM)}, {@code windows-1252 (not UTF-8 from line 12)}. */
        public String describe() {
            return charset.name() + (bomLength > 0 ? " (BOM)" : "")
                    + (isFallback() ? " (not UTF-8 from line " + fallbackLine + ")" : "");
        }
    }

    private TextEncoding() {
    }

    /** Looks at the beginning only: a BOM, UTF-16 without BOM (zero bytes in every other place), else UTF-8. */
    public static Guess guess(byte[] head) {
        int n = head.length;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Guess(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Guess(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Guess(StandardCharsets.UTF_16BE, 2);
        }
        if (n >= 4) {
            int evenZeros = 0;
            int oddZeros = 0;
            int pairs = Math.min(n, 512) / 2;
            for (int i = 0; i < pairs * 2; i += 2) {
                evenZeros += head[i] == 0 ? 1 : 0;
                oddZeros += head[i + 1] == 0 ? 1 : 0;
            }
            if (oddZeros > pairs * 0.8 && evenZeros == 0) {
                return new Guess(StandardCharsets.UTF_16LE, 0);
            }
            if (evenZeros > pairs * 0.8 && oddZeros == 0) {
                return new Guess(StandardCharsets.UTF_16BE, 0);
            }
        }
        if (!validUtf8Prefix(head)) {
            return new Guess(WINDOWS_1252, 0);
        }
        return new Guess(StandardCharsets.UTF_8, 0);
    }

    /** Decides for the whole file, reading it once when it has no BOM (streaming, bounded memory). */
    public static Detected detect(ImportSource source) throws ImportException {
        Guess g = guess(source.sample().head());
        if (g.bomLength() > 0 || !g.charset().equals(StandardCharsets.UTF_8) && !g.charset().equals(WINDOWS_1252)) {
            return new Detected(g.charset(), g.bomLength(), 0);
        }
        try (InputStream in = source.open()) {
            int badLine = firstNonUtf8Line(in);
            return badLine == 0 ? new Detected(StandardCharsets.UTF_8, 0, 0) : new Detected(WINDOWS_1252, 0, badLine);
        } catch (IOException e) {
            throw new ImportException(new Position(source.name(), 0, 0, null), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** 0 when the stream is valid UTF-8, else the 1-based line of the first malformed byte. */
    static int firstNonUtf8Line(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        int line = 1;
        boolean eof = false;
        while (!eof) {
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + r);
            }
            bytes.flip();
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            // count the newlines in the bytes consumed so far, then report where decoding stopped
            for (int i = start; i < bytes.position(); i++) {
                if (bytes.get(i) == '\n') {
                    line++;
                }
            }
            if (result.isError()) {
                return line;
            }
            if (eof && decoder.flush(chars).isError()) {
                return line;
            }
            chars.clear();
            bytes.compact();
        }
        return 0;
    }

    /** Whether the bytes are UTF-8, allowing a sequence cut off at the end. */
    private static boolean validUtf8Prefix(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false);
        return !r.isError();
    }
}
