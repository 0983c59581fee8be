package org.htaworkbench.ui.internal.preferences;

import org.htaworkbench.model.AnalysisMethod;

/** How pooling methods are named to analysts (metafor's names with the method spelt out). */
public final class MethodNames {

    private MethodNames() {
    }

    public static String describe(AnalysisMethod method) {
        return switch (method) {
            case REML -> "REML - restricted maximum likelihood (random effects)";
            case FE -> "FE - common (fixed) effect, inverse variance";
            case MH -> "MH - Mantel-Haenszel (common effect)";
            case PETO -> "Peto - Peto odds ratio (common effect)";
            case DL -> "DL - DerSimonian-Laird (random effects)";
            case HE -> "HE - Hedges (random effects)";
            case HS -> "HS - Hunter-Schmidt (random effects)";
            case SJ -> "SJ - Sidik-Jonkman (random effects)";
            case ML -> "ML - maximum likelihood (random effects)";
            case EB -> "EB - empirical Bayes (random effects)";
            case PM -> "PM - Paule-Mandel (random effects)";
            case MH_DL -> "MH_DL - Mantel-Haenszel, random effects as RevMan 5 (DerSimonian-Laird)";
        };
    }
}
