package org.htaworkbench.ui.internal.editors.study;

import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__CENTRES;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__COUNTRIES;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__COUNTRIES_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__DATA_COLLECTION;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__DESIGN;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__DESIGN_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__FIRST_AUTHOR;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__FOLLOW_UP_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__FUNDING;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__KEY_FINDINGS_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__LABEL;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__PRIMARY_OUTCOME_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__REASON_NOT_INCLUDED;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__ROLE;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__SEARCH_DATE;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__STUDY_NUMBER;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__STUDY_PERIOD;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__TRIAL_OR_REGISTRY_NAME;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__YEAR;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** The study's identity, design, setting and outcomes, as Table 2 of an overview describes a study. */
public class DetailsPage extends StudyFormPage {

    public static final String ID = "details";

    private Text labelField;
    private Text yearField;

    DetailsPage(StudyEditor editor) {
        super(editor, ID, "Details");
    }

    @Override
    void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(14, 14).applyTo(body);
        Composite left = column(toolkit, body);
        Composite right = column(toolkit, body);

        Section general = section(toolkit, left, "General information", "How the study is identified and cited.");
        Composite client = fieldClient(toolkit, general);
        readOnlyField(toolkit, client, "Id", () -> stringOf(study().getId()), false);
        labelField = textField(toolkit, client, "Label", STUDY__LABEL);
        textField(toolkit, client, "First author", STUDY__FIRST_AUTHOR);
        yearField = integerField(toolkit, client, "Year", STUDY__YEAR);
        integerField(toolkit, client, "Study number", STUDY__STUDY_NUMBER);
        enumField(toolkit, client, "Role", STUDY__ROLE);
        readOnlyField(toolkit, client, "Reference",
                () -> study().getCitation() == null ? "" : stringOf(study().getCitation().getText()), true);

        Section setting = section(toolkit, left, "Setting and conduct", "Where and when the study ran, and who paid for it.");
        client = fieldClient(toolkit, setting);
        commaSeparatedField(toolkit, client, "Countries", STUDY__COUNTRIES);
        textField(toolkit, client, "Countries as printed", STUDY__COUNTRIES_TEXT);
        textField(toolkit, client, "Trial or registry name", STUDY__TRIAL_OR_REGISTRY_NAME);
        textField(toolkit, client, "Study period", STUDY__STUDY_PERIOD);
        textField(toolkit, client, "Search date", STUDY__SEARCH_DATE);
        textField(toolkit, client, "Follow-up", STUDY__FOLLOW_UP_TEXT);
        longTextField(toolkit, client, "Funding", STUDY__FUNDING, 3);

        Section design = section(toolkit, right, "Design", "The design category used by the analyses and the design as the source prints it.");
        client = fieldClient(toolkit, design);
        enumField(toolkit, client, "Design", STUDY__DESIGN);
        enumField(toolkit, client, "Data collection", STUDY__DATA_COLLECTION);
        enumField(toolkit, client, "Centres", STUDY__CENTRES);
        longTextField(toolkit, client, "Design as printed", STUDY__DESIGN_TEXT, 6);

        Section outcomes = section(toolkit, right, "Outcomes", "The primary outcome and the study's key findings as printed.");
        client = fieldClient(toolkit, outcomes);
        longTextField(toolkit, client, "Primary outcome", STUDY__PRIMARY_OUTCOME_TEXT, 3);
        longTextField(toolkit, client, "Key findings", STUDY__KEY_FINDINGS_TEXT, 4);
        longTextField(toolkit, client, "Reason not included", STUDY__REASON_NOT_INCLUDED, 2);
    }

    private static Composite column(FormToolkit toolkit, Composite body) {
        Composite column = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(0, 14).applyTo(column);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).hint(100, SWT.DEFAULT).applyTo(column);
        return column;
    }

    /** The study's label field (tests type into it as a user would). */
    public Text labelField() {
        return labelField;
    }

    /** The year field. */
    public Text yearField() {
        return yearField;
    }
}
