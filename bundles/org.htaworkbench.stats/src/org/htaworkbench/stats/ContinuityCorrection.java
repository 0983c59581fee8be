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
 * @param split  how the correction is shared between the arms of a 2x2 table: {@link Split#EQUAL} (metafor: add
 *               to every cell) or {@link Split#TREATMENT_ARM} (Sweeting, Sutton and Lambert 2004)
 */
public record ContinuityCorrection(double add, To to, boolean drop00, Split split) {

    /** How the correction of a 2x2 table is shared between its two arms. */
    public enum Split {
        /** {@code add} to each of the four cells (metafor's escalc). */
        EQUAL,
        /**
         * The treatment-arm continuity correction of Sweeting, Sutton and Lambert (Stat Med 2004;23:1351-75): each
         * arm's cells get a share proportional to the reciprocal of the size of the <em>opposite</em> arm, the two
         * shares summing to {@code 2·add}: group 1 gets {@code 2·add·n1/(n1+n2)}, group 2 {@code 2·add·n2/(n1+n2)}.
         * With equal arms this is {@link #EQUAL}; with unequal arms it biases pooled odds ratios less. Not in
         * metafor; proportions (one arm) use {@link #EQUAL}.
         */
        TREATMENT_ARM
    }

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

    /** metafor's correction: {@code add} to every cell of the studies chosen by {@code to}. */
    public ContinuityCorrection(double add, To to, boolean drop00) {
        this(add, to, drop00, Split.EQUAL);
    }

    /** The treatment-arm correction (total 1 per study, as Sweeting et al.) for studies with a zero cell. */
    public static ContinuityCorrection treatmentArm() {
        return new ContinuityCorrection(0.5, To.ONLY_ZERO, false, Split.TREATMENT_ARM);
    }

    public ContinuityCorrection {
        if (split == null) {
            throw new IllegalArgumentException("split must not be null");
        }
        if (!(add >= 0) || Double.isInfinite(add)) {
            throw new IllegalArgumentException("continuity correction add must be finite and >= 0: " + add);
        }
        if (to == null) {
            throw new IllegalArgumentException("to must not be null");
        }
    }

    /** Same correction, different drop00 setting. */
    public ContinuityCorrection withDrop00(boolean drop) {
        return new ContinuityCorrection(add, to, drop, split);
    }
}
