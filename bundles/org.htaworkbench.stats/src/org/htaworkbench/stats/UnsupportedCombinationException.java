package org.htaworkbench.stats;

/** A measure / method / option combination the engine does not support (e.g. Mantel-Haenszel on MD). */
public final class UnsupportedCombinationException extends StatsException {
    private static final long serialVersionUID = 1L;

    public UnsupportedCombinationException(String message) {
        super(message);
    }
}
