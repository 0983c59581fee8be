package org.htaworkbench.stats;

/** Critical value of the prediction interval pred ± crit·sqrt(se² + tau²). */
public enum PiType {
    /** metafor default: qnorm for test z, qt(k-1) for knha/adhoc. */
    DEFAULT,
    /** normal quantile (metafor {@code pi.type="z"} with test z). */
    Z,
    /** t with k-1 df ({@code pi.type="t"}). */
    T,
    /** t with k-2 df, floored at 1 (Higgins-Thompson-Spiegelhalter; {@code pi.type="riley"}). */
    RILEY;

    public static PiType parse(String name) {
        if (name != null) {
            for (PiType t : values()) {
                if (t.name().equalsIgnoreCase(name.trim())) {
                    return t;
                }
            }
        }
        throw new UnsupportedCombinationException("unknown prediction interval type: " + name);
    }
}
