package org.htaworkbench.stats;

/** Inference for the pooled estimate ({@code rma(test=...)}). */
public enum TestType {
    /** Normal (Wald) test and CI. */
    Z,
    /** Knapp-Hartung / HKSJ: variance scaled by s² = Q_w/(k-1), t(k-1); not truncated. */
    KNHA,
    /** Knapp-Hartung with the ad hoc truncation max(1, s²). */
    ADHOC;

    public static TestType parse(String name) {
        if (name != null) {
            for (TestType t : values()) {
                if (t.name().equalsIgnoreCase(name.trim())) {
                    return t;
                }
            }
        }
        throw new UnsupportedCombinationException("unknown test: " + name);
    }
}
