package org.htaworkbench.importers.internal.ctgov;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds what Gson holds while it builds one study's tree: the characters of strings and of tokens outside them
 * (whitespace between tokens is free), counted as the JSON reader pulls them, from {@link #arm()} to
 * {@link #disarm()}. Gson itself has no such limit, so a single hostile value could otherwise fill the heap.
 */
final class JsonSizeLimit extends FilterReader {

    /** Characters one study may take: several times what a study with all its results takes. */
    static final long MAX_STUDY_CHARS = 16L * 1024 * 1024;

    /** Thrown (as an I/O error inside Gson) when a study is larger. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("a study longer than " + MAX_STUDY_CHARS / (1024 * 1024) + " Mi characters is refused");
        }
    }

    private boolean armed;
    private long counted;
    private boolean inString;
    private boolean escaped;

    JsonSizeLimit(Reader in) {
        super(in);
    }

    /** Starts counting for the value about to be read. */
    void arm() {
        armed = true;
        counted = 0;
    }

    void disarm() {
        armed = false;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Gson never skips characters; refusing keeps every character counted
        throw new IOException("skip is not supported");
    }

    private void count(char c) throws TooLarge {
        // string state is tracked even when disarmed, so that counting can start between any two tokens
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return;
        }
        if (armed && ++counted > MAX_STUDY_CHARS) {
            throw new TooLarge();
        }
    }
}
