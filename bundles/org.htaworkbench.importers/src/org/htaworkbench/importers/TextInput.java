package org.htaworkbench.importers;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;

/**
 * Lines of a text export with their numbers, decoded as {@link TextEncoding} detects (an encoding fallback is
 * reported to the sink as a warning), the byte-order mark skipped, and {@code \n}, {@code \r\n} and a lone
 * {@code \r} all ending a line. A line longer than {@link #MAX_LINE_CHARS} is refused with an
 * {@link ImportException} rather than held in memory.
 *
 * @since 0.1
 */
public final class TextInput implements Closeable {

    /** Longest line accepted (4 Mi characters: far more than any abstract). */
    public static final int MAX_LINE_CHARS = 4 * 1024 * 1024;

    private final String fileName;
    private final TextEncoding.Detected encoding;
    private final Reader reader;
    private final char[] buffer = new char[16 * 1024];
    private int pos;
    private int limit;
    private boolean pendingCr;
    private int lineNumber;
    private final StringBuilder line = new StringBuilder(256);

    private TextInput(String fileName, TextEncoding.Detected encoding, Reader reader) {
        this.fileName = fileName;
        this.encoding = encoding;
        this.reader = reader;
    }

    /** Opens a source, detecting its encoding; a fallback to Windows-1252 is reported to the sink. */
    public static TextInput open(ImportSource source, ImportSink sink) throws ImportException {
        TextEncoding.Detected detected = TextEncoding.detect(source);
        sink.encoding(detected.describe());
        if (detected.isFallback()) {
            sink.problem(ImportProblem.warning(Position.line(source.name(), detected.fallbackLine(), 0), null,
                    "the file is not UTF-8 (first at line " + detected.fallbackLine()
                            + "); read as Windows-1252: check accented letters and dashes"));
        }
        InputStream in = source.open();
        try {
            in.skipNBytes(detected.bomLength());
        } catch (IOException e) {
            closeQuietly(in);
            throw new ImportException(new Position(source.name(), 0, 0, null), null, "cannot be read: " + e.getMessage(), e);
        }
        return new TextInput(source.name(), detected, new InputStreamReader(in, detected.charset()));
    }

    public String fileName() {
        return fileName;
    }

    public TextEncoding.Detected encoding() {
        return encoding;
    }

    /** The number of the line last returned (1-based). */
    public int lineNumber() {
        return lineNumber;
    }

    /** A position on the line last returned. */
    public Position position(int record) {
        return Position.line(fileName, lineNumber, record);
    }

    /** The next line without its terminator, or null at the end. */
    public String readLine() throws ImportException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return null;
                }
                lineNumber++;
                return line.toString();
            }
            char c = buffer[pos++];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                pendingCr = c == '\r';
                lineNumber++;
                return line.toString();
            }
            any = true;
            if (line.length() >= MAX_LINE_CHARS) {
                throw new ImportException(Position.line(fileName, lineNumber + 1, 0), null,
                        "the line is longer than " + MAX_LINE_CHARS + " characters; this is not a text export");
            }
            line.append(c);
        }
    }

    private boolean fill() throws ImportException {
        try {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new ImportException(Position.line(fileName, lineNumber + 1, 0), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(reader);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing was written; a failing close of an input loses nothing
        }
    }
}
