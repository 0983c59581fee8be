package org.htaworkbench.guidelines;

/** How a position's own question relates to the question it is shown under. */
public enum Relation {
    /** Same population, intervention and comparator. */
    DIRECT(true),
    /** The position covers a wider population or intervention (e.g. any short-term MCS). */
    BROADER(true),
    /** The position covers a part of the question (e.g. mechanical complications only). */
    NARROWER(true),
    /** Partly overlapping scope (e.g. ECMO in acute heart failure vs routine VA-ECMO in AMI shock). */
    OVERLAPPING(true),
    /** Related but a different question (e.g. the same device in high-risk PCI): shown, not compared. */
    ADJACENT(false),
    /** Not assigned to any question by the question data: shown, not compared. */
    UNASSIGNED(false);

    private final boolean compared;

    Relation(boolean compared) {
        this.compared = compared;
    }

    /** Whether positions with this relation take part in the divergence analysis. */
    public boolean isCompared() {
        return compared;
    }
}
