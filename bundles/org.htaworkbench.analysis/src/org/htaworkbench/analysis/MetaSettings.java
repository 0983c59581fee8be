package org.htaworkbench.analysis;

import java.util.List;
import java.util.Locale;

import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.PiType;
import org.htaworkbench.stats.TestType;
import org.htaworkbench.stats.UnsupportedCombinationException;
import org.htaworkbench.stats.tau2.IterationControl;
import org.htaworkbench.stats.Method;

/**
 * How to meta-analyse an {@link AnalysisInput}: measure, pooling method (metafor's {@code method} names plus
 * {@code MH} and {@code PETO}), test, prediction interval, level, continuity correction, iteration control and
 * the optional sections (leave-one-out, cumulative, subgroups, meta-regression, Egger, Begg, trim-and-fill).
 * Immutable; build with {@link #builder()}.
 */
public record MetaSettings(Measure measure, String method, TestType test, PiType piType, double level,
        ContinuityCorrection continuityCorrection, IterationControl control, boolean leaveOneOut, boolean cumulative,
        String orderBy, String subgroupBy, List<String> moderators, boolean egger, boolean begg, boolean trimFill) {

    /**
     * Pooling methods: the engine's tau² estimators and FE, plus Mantel-Haenszel, Peto and MH_DL (RevMan 5's
     * Mantel-Haenszel random effects, {@link org.htaworkbench.stats.MantelHaenszelRandomEffects}).
     */
    public static final List<String> METHODS = List.of("FE", "MH", "PETO", "DL", "HE", "HS", "SJ", "ML", "REML", "EB",
            "PM", "MH_DL");

    public MetaSettings {
        method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new UnsupportedCombinationException("unknown method " + method + "; use one of " + METHODS);
        }
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be in (0, 100): " + level);
        }
        moderators = List.copyOf(moderators);
        boolean mh = method.equals("MH") || method.equals("MH_DL");
        boolean peto = method.equals("PETO");
        if (mh || peto) {
            if (measure != null && measure.kind() != Measure.Kind.TWO_BY_TWO) {
                throw new UnsupportedCombinationException(method + " needs 2x2 data (measure RR, OR, RD or PETO), not " + measure);
            }
            if (peto && measure != null && measure != Measure.OR && measure != Measure.PETO) {
                throw new UnsupportedCombinationException("the Peto method pools log odds ratios: use --measure OR or PETO, not " + measure);
            }
            if (mh && measure == Measure.PETO) {
                throw new UnsupportedCombinationException("MH pools OR, RR or RD, not PETO");
            }
            if (test != TestType.Z) {
                throw new UnsupportedCombinationException(method + " supports only the z test, not " + test);
            }
        }
    }

    public boolean isMantelHaenszel() {
        return method.equals("MH");
    }

    /** RevMan 5's "M-H, Random": DerSimonian-Laird tau² from Q around the Mantel-Haenszel estimate. */
    public boolean isMantelHaenszelRandom() {
        return method.equals("MH_DL");
    }

    public boolean isPeto() {
        return method.equals("PETO");
    }

    /** The engine method for inverse-variance models; FE for MH and Peto (their study-level sections). */
    public Method engineMethod() {
        return isMantelHaenszel() || isPeto() ? Method.FE : isMantelHaenszelRandom() ? Method.DL : Method.parse(method);
    }

    public ModelOptions modelOptions() {
        return new ModelOptions(engineMethod(), test, level, control);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.measure = measure;
        b.method = method;
        b.test = test;
        b.piType = piType;
        b.level = level;
        b.cc = continuityCorrection;
        b.control = control;
        b.leaveOneOut = leaveOneOut;
        b.cumulative = cumulative;
        b.orderBy = orderBy;
        b.subgroupBy = subgroupBy;
        b.moderators = moderators;
        b.egger = egger;
        b.begg = begg;
        b.trimFill = trimFill;
        return b;
    }

    /** Defaults: measure from the data (RR for 2x2, PLO for proportions, MD for means, GEN for yi/vi), REML, z, default PI, 95%, metafor's continuity correction, tight convergence. */
    public static final class Builder {
        private Measure measure;
        private String method = "REML";
        private TestType test = TestType.Z;
        private PiType piType = PiType.DEFAULT;
        private double level = 95;
        private ContinuityCorrection cc = ContinuityCorrection.METAFOR_DEFAULT;
        private IterationControl control = IterationControl.TIGHT;
        private boolean leaveOneOut;
        private boolean cumulative;
        private String orderBy;
        private String subgroupBy;
        private List<String> moderators = List.of();
        private boolean egger;
        private boolean begg;
        private boolean trimFill;

        private Builder() {
        }

        /** null: the default measure of the input layout. */
        public Builder measure(Measure m) { measure = m; return this; }
        public Builder method(String m) { method = m; return this; }
        public Builder test(TestType t) { test = t; return this; }
        public Builder piType(PiType p) { piType = p; return this; }
        public Builder level(double l) { level = l; return this; }
        public Builder continuityCorrection(ContinuityCorrection c) { cc = c; return this; }
        public Builder control(IterationControl c) { control = c; return this; }
        public Builder leaveOneOut(boolean b) { leaveOneOut = b; return this; }
        /** Cumulative meta-analysis in data order, or ordered by the covariate {@code orderBy} (may be null). */
        public Builder cumulative(boolean b, String order) { cumulative = b; orderBy = order; return this; }
        public Builder subgroupBy(String covariate) { subgroupBy = covariate; return this; }
        public Builder moderators(List<String> covariates) { moderators = covariates; return this; }
        public Builder egger(boolean b) { egger = b; return this; }
        public Builder begg(boolean b) { begg = b; return this; }
        public Builder trimFill(boolean b) { trimFill = b; return this; }

        public MetaSettings build() {
            return new MetaSettings(measure, method, test, piType, level, cc, control, leaveOneOut, cumulative, orderBy,
                    subgroupBy, moderators, egger, begg, trimFill);
        }
    }
}
