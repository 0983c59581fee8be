package org.htaworkbench.stats;

/**
 * Continuity correction for 2x2 tables and proportions, metafor's {@code add}, {@code to} and
 * {@code drop00} arguments of {@code escalc()}. The default ({@link #METAFOR_DEFAULT}) is metafor's:
 * add 1/2 to every cell of each study that has a zero cell, keep double-zero studies.
 *
 * @param add    the amount added to each cell (metafor {@code add}), must be finite and &gt;= 0
 * @param to     which studies get the correction (metafor {@code to})
 * @param drop00 whether studies with no events in either group (or, for RR/OR/RD, with all events)
 *               are dropped (metafor {@code drop00})
 */
public record ContinuityCorrection(double add, To to, boolean drop00) {

    /** metafor's {@code to} argument. */
    public enum To {
        /** {@code to="none"}: never correct; a zero cell where the measure needs it is an error. */
        NONE,
        /** {@code to="only0"}: correct only studies with a zero cell (metafor default). */
        ONLY_ZERO,
        /** {@code to="all"}: correct every study. */
        ALL,
        /** {@code to="if0all"}: correct every study if any study has a zero cell. */
        IF_ANY_ZERO
    }

    /** escalc's default: add = 1/2, to = "only0", drop00 = FALSE. */
    public static final ContinuityCorrection METAFOR_DEFAULT = new ContinuityCorrection(0.5, To.ONLY_ZERO, false);
    /** No correction at all. */
    public static final ContinuityCorrection NONE = new ContinuityCorrection(0, To.NONE, false);

    public ContinuityCorrection {
        if (!(add >= 0) || Double.isInfinite(add)) {
            throw new IllegalArgumentException("continuity correction add must be finite and >= 0: " + add);
        }
        if (to == null) {
            throw new IllegalArgumentException("to must not be null");
        }
    }

    /** Same correction, different drop00 setting. */
    public ContinuityCorrection withDrop00(boolean drop) {
        return new ContinuityCorrection(add, to, drop);
    }
}
