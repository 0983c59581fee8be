package org.htaworkbench.ui.internal.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.AnalysisTest;
import org.htaworkbench.model.ContinuityCorrectionMode;

/**
 * The analyst's defaults for new analyses and for how results are printed: tau² estimator, test, confidence level,
 * continuity correction and decimals (Window &gt; Preferences &gt; Analysis). Saved definitions keep their own settings;
 * these only seed new ones, so an evidence base reads the same on every machine.
 */
public final class AnalysisPreferences {

    public static final String NODE = "org.htaworkbench.ui";
    public static final String METHOD = "analysis.method";
    public static final String TEST = "analysis.test";
    public static final String CONFIDENCE_LEVEL = "analysis.confidenceLevel";
    public static final String CONTINUITY_CORRECTION = "analysis.continuityCorrection";
    public static final String CONTINUITY_CORRECTION_MODE = "analysis.continuityCorrectionMode";
    public static final String DECIMALS = "display.decimals";

    /** metafor's defaults (rma: REML, z test, 95%; escalc: add 1/2 to cells of tables with a zero), 2 decimals as RevMan. */
    static final String DEFAULT_METHOD = AnalysisMethod.REML.getLiteral();
    static final String DEFAULT_TEST = AnalysisTest.Z.getLiteral();
    static final double DEFAULT_CONFIDENCE_LEVEL = 95;
    static final double DEFAULT_CONTINUITY_CORRECTION = 0.5;
    static final String DEFAULT_CONTINUITY_CORRECTION_MODE = ContinuityCorrectionMode.ONLY_ZERO.getLiteral();
    static final int DEFAULT_DECIMALS = 2;

    private static IPreferenceStore store;

    private AnalysisPreferences() {
    }

    /** The preference store (instance scope, defaults from {@link AnalysisPreferenceInitializer}). */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        }
        return store;
    }

    public static AnalysisMethod method() {
        AnalysisMethod m = AnalysisMethod.get(store().getString(METHOD));
        return m == null ? AnalysisMethod.REML : m;
    }

    public static AnalysisTest test() {
        AnalysisTest t = AnalysisTest.get(store().getString(TEST));
        return t == null ? AnalysisTest.Z : t;
    }

    public static double confidenceLevel() {
        double level = store().getDouble(CONFIDENCE_LEVEL);
        return level > 0 && level < 100 ? level : DEFAULT_CONFIDENCE_LEVEL;
    }

    public static double continuityCorrection() {
        double cc = store().getDouble(CONTINUITY_CORRECTION);
        return cc >= 0 ? cc : DEFAULT_CONTINUITY_CORRECTION;
    }

    public static ContinuityCorrectionMode continuityCorrectionMode() {
        ContinuityCorrectionMode mode = ContinuityCorrectionMode.get(store().getString(CONTINUITY_CORRECTION_MODE));
        return mode == null ? ContinuityCorrectionMode.ONLY_ZERO : mode;
    }

    /** Decimals of estimates and confidence limits in charts and summaries (1 to 6). */
    public static int decimals() {
        int d = store().getInt(DECIMALS);
        return d >= 1 && d <= 6 ? d : DEFAULT_DECIMALS;
    }

    /** Seeds a new definition with the preferred model settings. */
    public static void applyTo(AnalysisDefinition definition) {
        definition.setMethod(method());
        definition.setTest(test());
        definition.setConfidenceLevel(confidenceLevel());
        definition.setContinuityCorrection(continuityCorrection());
        definition.setContinuityCorrectionMode(continuityCorrectionMode());
    }

    /** Confidence level as typed by an analyst ("95", "90.0"), or NaN when it is not a level. */
    static double parseLevel(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace(',', '.').toLowerCase(Locale.ROOT).replace("%", ""));
            return v > 0 && v < 100 ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
