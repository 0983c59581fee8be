package org.htaworkbench.ui.internal.editors.study;

/**
 * Typed input that cannot become a model value (e.g. "abc" as an event count). The message names the field and is
 * shown to the user as it is.
 */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
