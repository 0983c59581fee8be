package org.htaworkbench.validation;

/**
 * The consistency checks. Each has a stable string id (used in findings, the command line and JSON output) and a
 * numeric {@link org.eclipse.emf.common.util.Diagnostic#getCode() diagnostic code}. See {@code docs/validation.md}.
 */
public enum CheckId {
    /** RR, OR and RD recomputed from arm counts (or printed arm percentages) against the reported estimate. */
    EFFECT_FROM_COUNTS("effect.counts", 1),
    /** A printed percentage against events/total, using the printed precision. */
    PERCENT_FROM_COUNTS("percent.counts", 2),
    /** Counts that cannot be: events above total, a total above the arm size, a percentage above 100 ... */
    COUNT_BOUNDS("counts.bounds", 3),
    /** Malformed interval: swapped limits, non-positive ratio limits, wrong scale. */
    INTERVAL_MALFORMED("interval.malformed", 4),
    /** The estimate lies outside its confidence interval (or a mean/median outside its range/IQR). */
    INTERVAL_CONTAINS("interval.contains", 5),
    /** Ratio CI not symmetric on the log scale (difference CI not symmetric) beyond the rounding of the digits. */
    INTERVAL_SYMMETRY("interval.symmetry", 6),
    /** p-value against estimate and CI (statcheck-style). */
    P_VALUE("pvalue.consistency", 7),
    /** NNT/NNH against the risk difference. */
    NUMBER_NEEDED("nnt.riskdifference", 8),
    /** Arm sizes against the study n. */
    ARM_SIZES("arms.size", 9),
    /** A rounded restatement (e.g. in the summary) against the value it restates. */
    RESTATEMENT("restatement.rounding", 10),
    /** Review overlap: citation matrix and corrected covered area (info). */
    REVIEW_OVERLAP("overlap.cca", 11),
    /** A search run's reported number of records against the records read from its exports (PRISMA-S). */
    SEARCH_COUNT("search.count", 12),
    /** A warning or skipped record of an import, kept with the export it came from. */
    IMPORT_PROBLEM("import.problem", 13);

    private final String id;
    private final int code;

    CheckId(String id, int code) {
        this.id = id;
        this.code = code;
    }

    /** The stable string id, e.g. {@code effect.counts}. */
    public String id() {
        return id;
    }

    /** The diagnostic code. */
    public int code() {
        return code;
    }

    /** The check with the given diagnostic code, or null. */
    public static CheckId ofCode(int code) {
        for (CheckId c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
