package org.htaworkbench.guidelines;

/** A mapping table, override file or question file that cannot be read; the message names the file and line. */
public class GuidelineDataException extends Exception {

    private static final long serialVersionUID = 1L;

    public GuidelineDataException(String message) {
        super(message);
    }

    public GuidelineDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
