package org.htaworkbench.cli;

/** Wrong command-line usage; the message says what was wrong. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
