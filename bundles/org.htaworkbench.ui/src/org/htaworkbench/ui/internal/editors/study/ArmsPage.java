package org.htaworkbench.ui.internal.editors.study;

import static org.htaworkbench.model.EvidencePackage.Literals.ARM__DESCRIPTION;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM__DEVICE_MODELS;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM__INTERVENTIONS;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM__KIND;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM__LABEL;
import static org.htaworkbench.model.EvidencePackage.Literals.ARM__N;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__ARMS;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__DEVICE_MODELS;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__INTERVENTION_TEXT;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.htaworkbench.ui.internal.TableCsv;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.Study;
import org.htaworkbench.ui.internal.editors.study.ReportedValueCommands.NumberKind;

/** The study's arms (groups compared, subgroups) with their sizes and interventions, and the intervention as printed. */
public class ArmsPage extends StudyFormPage {

    public static final String ID = "arms";

    public static final int COLUMN_LABEL = 0;
    public static final int COLUMN_KIND = 1;
    public static final int COLUMN_N = 2;
    public static final int COLUMN_INTERVENTIONS = 3;
    public static final int COLUMN_DEVICE_MODELS = 4;
    public static final int COLUMN_DESCRIPTION = 5;

    private TableViewer viewer;
    private CellEditing.TextCell nEditing;

    ArmsPage(StudyEditor editor) {
        // "&&": a tab label shows "&" only doubled
        super(editor, ID, "Arms && interventions");
    }

    @Override
    void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(14, 14).applyTo(body);

        Section arms = section(toolkit, body, "Arms",
                "The groups the study compares and its subgroups. Click a cell to edit it; sizes are stored as printed.");
        Composite client = toolkit.createComposite(arms);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).applyTo(client);
        arms.setClient(client);
        viewer = armsTable(toolkit, client);
        Composite buttons = toolkit.createComposite(client);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        PopulationPage.button(toolkit, buttons, "Add", this::addArm);
        PopulationPage.button(toolkit, buttons, "Remove", this::removeArms);

        Section intervention = section(toolkit, body, "Intervention",
                "What was done, as printed, and the device models the study used.");
        Composite fields = fieldClient(toolkit, intervention);
        longTextField(toolkit, fields, "Intervention as printed", STUDY__INTERVENTION_TEXT, 6);
        enumListField(toolkit, fields, "Device models", STUDY__DEVICE_MODELS, 5);
    }

    private TableViewer armsTable(FormToolkit toolkit, Composite client) {
        Composite holder = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, 170).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        TableViewer table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        TableCsv.install(table.getTable());
        toolkit.adapt(table.getTable(), false, false);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider((IStructuredContentProvider) input -> ((Study) input).getArms().toArray());
        column(table, layout, "Arm", 20, Arm::getLabel, new CellEditing.TextCell(table, this, "Arm", row -> stringOf(((Arm) row).getLabel()),
                (row, typed) -> ModelCommands.setText(domain(), (Arm) row, ARM__LABEL, typed)));
        column(table, layout, "Kind", 9, arm -> DisplayNames.of(arm.getKind()),
                new CellEditing.EnumCell(table, this, "Kind", row -> (Arm) row, ARM__KIND));
        nEditing = new CellEditing.TextCell(table, this, "n", row -> printed(((Arm) row).getN()),
                (row, typed) -> ReportedValueCommands.set(domain(), (Arm) row, List.of(ARM__N), typed, NumberKind.COUNT, "n", null));
        column(table, layout, "n", 5, arm -> printed(arm.getN()), nEditing);
        column(table, layout, "Interventions", 18, arm -> CellEditing.EnumListCell.names(arm.getInterventions()),
                new CellEditing.EnumListCell(table, this, "Interventions", ARM__INTERVENTIONS));
        column(table, layout, "Device models", 12, arm -> CellEditing.EnumListCell.names(arm.getDeviceModels()),
                new CellEditing.EnumListCell(table, this, "Device models", ARM__DEVICE_MODELS));
        column(table, layout, "Description", 36, Arm::getDescription, new CellEditing.TextCell(table, this, "Description",
                row -> stringOf(((Arm) row).getDescription()),
                (row, typed) -> ModelCommands.setText(domain(), (Arm) row, ARM__DESCRIPTION, typed)));
        ColumnViewerToolTipSupport.enableFor(table);
        table.setInput(study());
        bind(table::refresh);
        getSite().setSelectionProvider(table);
        return table;
    }

    private static void column(TableViewer viewer, TableColumnLayout layout, String title, int weight, Function<Arm, String> text,
            EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Arm) element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                // the whole text of a cell too narrow for it
                String value = text.apply((Arm) element);
                return value == null || value.isEmpty() ? null : value;
            }
        });
        column.setEditingSupport(editing);
    }

    private void addArm() {
        Arm arm = EvidenceFactory.eINSTANCE.createArm();
        arm.setId(newArmId());
        arm.setLabel("New arm");
        arm.setKind(ArmKind.UNSPECIFIED);
        if (execute(AddCommand.create(domain(), study(), STUDY__ARMS, arm), viewer.getControl(), "Arms", viewer.getControl())) {
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(arm), true);
            viewer.editElement(arm, COLUMN_LABEL);
        }
    }

    /** An id unique in the evidence base, since results and characteristics refer to arms by id. */
    private String newArmId() {
        Set<String> taken = study().getArms().stream().map(Arm::getId).collect(Collectors.toSet());
        EObject root = EcoreUtil.getRootContainer(study());
        String base = (study().getId() == null ? "study" : study().getId()) + "-arm-";
        for (int i = study().getArms().size() + 1;; i++) {
            String id = base + i;
            if (!taken.contains(id) && (root.eResource() == null || root.eResource().getEObject(id) == null)) {
                return id;
            }
        }
    }

    private void removeArms() {
        List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
        if (selected.isEmpty()) {
            return;
        }
        // results, characteristics and other arms refer to an arm; deleting it clears those references too
        Collection<Setting> uses = EcoreUtil.UsageCrossReferencer.findAll(selected.stream().map(EObject.class::cast).toList(),
                EcoreUtil.getRootContainer(study())).values().stream().flatMap(Collection::stream).toList();
        if (!uses.isEmpty() && !MessageDialog.openConfirm(viewer.getControl().getShell(), "Remove arm",
                "The selected arm is referred to " + uses.size() + " time(s), e.g. by its results. Remove it anyway?"
                        + " The references are cleared; Edit > Undo restores everything.")) {
            return;
        }
        execute(DeleteCommand.create(domain(), selected), viewer.getControl(), "Arms", viewer.getControl());
    }

    @Override
    public boolean selectReveal(Object object) {
        if (viewer == null || !(object instanceof Arm arm) || arm.eContainer() != study()) {
            return false;
        }
        viewer.setSelection(new StructuredSelection(arm), true);
        return true;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The cell editor of the n column (tests type into it as a user would). */
    public org.eclipse.jface.viewers.TextCellEditor nCellEditor() {
        return nEditing.cellEditor();
    }
}
