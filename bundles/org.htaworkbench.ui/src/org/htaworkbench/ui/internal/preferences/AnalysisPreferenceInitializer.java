package org.htaworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Default values of {@link AnalysisPreferences}: metafor's defaults. */
public class AnalysisPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AnalysisPreferences.NODE);
        defaults.put(AnalysisPreferences.METHOD, AnalysisPreferences.DEFAULT_METHOD);
        defaults.put(AnalysisPreferences.TEST, AnalysisPreferences.DEFAULT_TEST);
        defaults.putDouble(AnalysisPreferences.CONFIDENCE_LEVEL, AnalysisPreferences.DEFAULT_CONFIDENCE_LEVEL);
        defaults.putDouble(AnalysisPreferences.CONTINUITY_CORRECTION, AnalysisPreferences.DEFAULT_CONTINUITY_CORRECTION);
        defaults.put(AnalysisPreferences.CONTINUITY_CORRECTION_MODE, AnalysisPreferences.DEFAULT_CONTINUITY_CORRECTION_MODE);
        defaults.putInt(AnalysisPreferences.DECIMALS, AnalysisPreferences.DEFAULT_DECIMALS);
    }
}
