package org.htaworkbench.stats;

/** Base class of every exception the statistics engine throws on purpose. */
public class StatsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatsException(String message) {
        super(message);
    }
}
