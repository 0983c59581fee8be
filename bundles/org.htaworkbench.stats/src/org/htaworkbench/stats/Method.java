package org.htaworkbench.stats;

import org.htaworkbench.stats.tau2.DerSimonianLaird;
import org.htaworkbench.stats.tau2.EmpiricalBayes;
import org.htaworkbench.stats.tau2.Hedges;
import org.htaworkbench.stats.tau2.HunterSchmidt;
import org.htaworkbench.stats.tau2.IterationControl;
import org.htaworkbench.stats.tau2.MaximumLikelihood;
import org.htaworkbench.stats.tau2.PauleMandel;
import org.htaworkbench.stats.tau2.RestrictedMaximumLikelihood;
import org.htaworkbench.stats.tau2.SidikJonkman;
import org.htaworkbench.stats.tau2.Tau2Estimator;

/** Model fitting methods of {@code rma(method=...)}: FE (common effect) and the tau² estimators. */
public enum Method {
    FE, DL, HE, HS, SJ, ML, REML, EB, PM;

    /** True for the fixed/common-effect model. */
    public boolean isFixed() {
        return this == FE;
    }

    /** The tau² estimator of a random-effects method; FE has none. */
    public Tau2Estimator estimator(IterationControl control) {
        return switch (this) {
            case FE -> throw new UnsupportedCombinationException("FE has no tau2 estimator");
            case DL -> new DerSimonianLaird();
            case HE -> new Hedges();
            case HS -> new HunterSchmidt();
            case SJ -> new SidikJonkman();
            case ML -> new MaximumLikelihood(control);
            case REML -> new RestrictedMaximumLikelihood(control);
            case EB -> new EmpiricalBayes(control);
            case PM -> new PauleMandel(control);
        };
    }

    /** Parses a method name case-insensitively (also "EE"/"CE" for FE); unknown names raise {@link UnsupportedCombinationException}. */
    public static Method parse(String name) {
        if (name != null) {
            String n = name.trim().toUpperCase(java.util.Locale.ROOT);
            if (n.equals("EE") || n.equals("CE")) {
                return FE;
            }
            for (Method m : values()) {
                if (m.name().equals(n)) {
                    return m;
                }
            }
        }
        throw new UnsupportedCombinationException("unknown method: " + name);
    }
}
