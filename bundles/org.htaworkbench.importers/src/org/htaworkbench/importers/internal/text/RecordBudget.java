package org.htaworkbench.importers.internal.text;

/**
 * How many characters one record may hold while a text reader collects its fields: a file that never ends its record
 * (no {@code ER}, no next {@code <n>}) must not make the reader hold gigabytes, so a record past {@link #MAX_CHARS} is
 * given up and its later lines are ignored up to its end.
 */
public final class RecordBudget {

    /** Largest record kept (characters, counting a small overhead per field): far beyond any real reference. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    private long spent;
    private boolean exceeded;

    /**
     * Spends {@code chars} for a piece of the record: {@code keep} stores it when the record still fits; when this
     * piece is the one that exceeds the budget, {@code drop} lets go of what the record held and true is returned
     * (once: the caller reports the skipped record). Once exceeded, nothing is kept and false is returned.
     */
    public boolean spend(long chars, Runnable keep, Runnable drop) {
        if (exceeded) {
            return false;
        }
        spent += chars;
        if (spent > MAX_CHARS) {
            exceeded = true;
            drop.run();
            return true;
        }
        keep.run();
        return false;
    }

    /** Whether the record grew past {@link #MAX_CHARS} and is being skipped. */
    public boolean exceeded() {
        return exceeded;
    }
}
