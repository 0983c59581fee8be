package org.htaworkbench.importers;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The beginning of a file (up to {@link ImportSource#SAMPLE_BYTES}), with its text decoded as {@link TextEncoding}
 * would decode it, for {@link ImportFormat#detect}. The text has no byte-order mark and may end in the middle of a
 * line or a character.
 *
 * @since 0.1
 */
public final class ImportSample {

    private final String fileName;
    private final byte[] head;
    private final Charset charset;
    private final String text;

    public ImportSample(String fileName, byte[] head) {
        this.fileName = fileName;
        this.head = head.clone();
        TextEncoding.Guess guess = TextEncoding.guess(head);
        this.charset = guess.charset();
        this.text = new String(head, guess.bomLength(), head.length - guess.bomLength(), charset);
    }

    public String fileName() {
        return fileName;
    }

    /** The file name's extension in lower case ({@code ris}), or "". */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public byte[] head() {
        return head.clone();
    }

    public Charset charset() {
        return charset;
    }

    /** The decoded beginning, without a byte-order mark. */
    public String text() {
        return text;
    }

    /** The text with leading whitespace removed, for signatures at the start of the file. */
    public String textStripped() {
        return text.stripLeading();
    }
}
