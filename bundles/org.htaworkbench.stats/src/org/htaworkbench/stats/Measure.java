package org.htaworkbench.stats;

/** Effect-size measures, named as in metafor's {@code escalc(measure=...)}. */
public enum Measure {
    /** log risk ratio (2x2). */
    RR(Kind.TWO_BY_TWO, Transform.EXP),
    /** log odds ratio (2x2). */
    OR(Kind.TWO_BY_TWO, Transform.EXP),
    /** risk difference (2x2). */
    RD(Kind.TWO_BY_TWO, Transform.NONE),
    /** Peto's one-step log odds ratio (2x2). */
    PETO(Kind.TWO_BY_TWO, Transform.EXP),
    /** raw mean difference. */
    MD(Kind.MEANS, Transform.NONE),
    /** standardized mean difference, Hedges' g with the exact small-sample correction. */
    SMD(Kind.MEANS, Transform.NONE),
    /** raw proportion. */
    PR(Kind.PROPORTION, Transform.NONE),
    /** logit-transformed proportion. */
    PLO(Kind.PROPORTION, Transform.ILOGIT),
    /** arcsine square-root transformed proportion. */
    PAS(Kind.PROPORTION, Transform.IARCSIN),
    /** Freeman-Tukey double arcsine transformed proportion. */
    PFT(Kind.PROPORTION, Transform.IPFT),
    /** generic effect size given directly as yi with vi or sei. */
    GEN(Kind.GENERIC, Transform.NONE),
    /** generic ratio measure on the log scale (e.g. log hazard ratio from estimate + CI). */
    GEN_LOG(Kind.GENERIC, Transform.EXP);

    /** The kind of input data a measure is computed from. */
    public enum Kind { TWO_BY_TWO, MEANS, PROPORTION, GENERIC }

    /** The back-transformation that maps the model scale to the natural scale. */
    public enum Transform { NONE, EXP, ILOGIT, IARCSIN, IPFT }

    private final Kind kind;
    private final Transform transform;

    Measure(Kind kind, Transform transform) {
        this.kind = kind;
        this.transform = transform;
    }

    public Kind kind() {
        return kind;
    }

    public Transform transform() {
        return transform;
    }

    /** Parses a measure name case-insensitively; unknown names raise {@link UnsupportedCombinationException}. */
    public static Measure parse(String name) {
        if (name != null) {
            for (Measure m : values()) {
                if (m.name().equalsIgnoreCase(name.trim())) {
                    return m;
                }
            }
        }
        throw new UnsupportedCombinationException("unknown effect-size measure: " + name);
    }
}
