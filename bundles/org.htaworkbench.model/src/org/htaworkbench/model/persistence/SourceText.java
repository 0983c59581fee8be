package org.htaworkbench.model.persistence;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.htaworkbench.model.persistence.StrictEvidenceResource.Position;

/**
 * The decoded text of a loaded file, to turn the parser's position at the end of a start tag into the position of
 * the tag's {@code <}: evidence files wrap long start tags over several lines, and a reader looks for the line
 * where the element begins.
 * <p>
 * Scanning back to the nearest {@code <} is exact because XML forbids a literal {@code <} inside a tag (attribute
 * values must escape it). When the text does not agree with the parser's position (an unusual encoding, or a line
 * break convention counted differently), the parser's own position is kept: never a wrong line, at worst the line
 * where the start tag ends.
 */
final class SourceText {

    private final String text;
    /** Offset of the first character of each line; lines end as the XML parser counts them (LF, CR LF or CR). */
    private final int[] lineStarts;

    SourceText(byte[] content, String encoding) {
        String decoded = new String(content, charset(encoding));
        // the parser does not count a byte order mark as a column
        text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    private static Charset charset(String encoding) {
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The position of the {@code <} opening the start tag that ends at {@code tagEnd}, or {@code tagEnd} itself. */
    Position startOfTag(Position tagEnd) {
        if (tagEnd.line() < 1 || tagEnd.line() > lineStarts.length || tagEnd.column() < 2) {
            return tagEnd;
        }
        int end = lineStarts[tagEnd.line() - 1] + tagEnd.column() - 1; // offset just after the tag's '>'
        if (end > text.length() || text.charAt(end - 1) != '>') {
            return tagEnd;
        }
        int open = text.lastIndexOf('<', end - 1);
        if (open < 0) {
            return tagEnd;
        }
        int line = Arrays.binarySearch(lineStarts, open);
        if (line < 0) {
            line = -line - 2; // index of the last line starting before the '<'
        }
        return new Position(line + 1, open - lineStarts[line] + 1);
    }
}
