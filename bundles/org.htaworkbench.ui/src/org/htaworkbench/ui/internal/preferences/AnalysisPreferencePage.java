package org.htaworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.AnalysisTest;
import org.htaworkbench.model.ContinuityCorrectionMode;

/** Window &gt; Preferences &gt; Analysis: defaults for new analyses and decimals shown. */
public class AnalysisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AnalysisPreferencePage() {
        super(GRID);
        setDescription("Settings given to new analyses (a saved analysis keeps its own), and the decimals of estimates "
                + "in charts and summaries.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AnalysisPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(AnalysisPreferences.METHOD, "Default &estimator (tau²):", methods(),
                getFieldEditorParent()));
        addField(new ComboFieldEditor(AnalysisPreferences.TEST, "Default &test:", new String[][] {
                {"z test (normal distribution)", AnalysisTest.Z.getLiteral()},
                {"Hartung-Knapp-Sidik-Jonkman (t distribution)", AnalysisTest.KNHA.getLiteral()},
                {"HKSJ with the scale factor truncated at 1", AnalysisTest.ADHOC.getLiteral()}},
                getFieldEditorParent()));
        addField(new LevelFieldEditor(AnalysisPreferences.CONFIDENCE_LEVEL, "&Confidence level (%):", 6));
        addField(new CorrectionFieldEditor(AnalysisPreferences.CONTINUITY_CORRECTION, "Continuity c&orrection (added to cells):"));
        addField(new ComboFieldEditor(AnalysisPreferences.CONTINUITY_CORRECTION_MODE, "Apply the correction &to:",
                new String[][] {
                        {"tables with a zero cell (metafor default)", ContinuityCorrectionMode.ONLY_ZERO.getLiteral()},
                        {"all tables if any has a zero cell", ContinuityCorrectionMode.IF_ANY_ZERO.getLiteral()},
                        {"all tables", ContinuityCorrectionMode.ALL.getLiteral()},
                        {"no table", ContinuityCorrectionMode.NONE.getLiteral()}},
                getFieldEditorParent()));
        IntegerFieldEditor decimals = new IntegerFieldEditor(AnalysisPreferences.DECIMALS, "&Decimals of estimates:",
                getFieldEditorParent(), 1);
        decimals.setValidRange(1, 6);
        addField(decimals);
    }

    private static String[][] methods() {
        String[][] rows = new String[AnalysisMethod.VALUES.size()][];
        int i = 0;
        for (AnalysisMethod m : AnalysisMethod.VALUES) {
            rows[i++] = new String[] {MethodNames.describe(m), m.getLiteral()};
        }
        return rows;
    }

    private final class LevelFieldEditor extends StringFieldEditor {
        LevelFieldEditor(String name, String label, int width) {
            super(name, label, width, getFieldEditorParent());
            setErrorMessage("The confidence level must be a number between 0 and 100, e.g. 95.");
        }

        @Override
        protected boolean doCheckState() {
            return !Double.isNaN(AnalysisPreferences.parseLevel(getStringValue()));
        }
    }

    private final class CorrectionFieldEditor extends StringFieldEditor {
        CorrectionFieldEditor(String name, String label) {
            super(name, label, 6, getFieldEditorParent());
            setErrorMessage("The continuity correction must be a number of 0 or more, e.g. 0.5.");
        }

        @Override
        protected boolean doCheckState() {
            try {
                return Double.parseDouble(getStringValue().trim()) >= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
