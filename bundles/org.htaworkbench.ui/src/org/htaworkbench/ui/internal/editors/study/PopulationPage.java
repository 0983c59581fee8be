package org.htaworkbench.ui.internal.editors.study;

import static org.htaworkbench.model.EvidencePackage.Literals.CHARACTERISTIC__NAME;
import static org.htaworkbench.model.EvidencePackage.Literals.CHARACTERISTIC__SECTION;
import static org.htaworkbench.model.EvidencePackage.Literals.CHARACTERISTIC__STATISTIC;
import static org.htaworkbench.model.EvidencePackage.Literals.CHARACTERISTIC__UNIT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__EXCLUSION_CRITERIA;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__INCLUSION_CRITERIA;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__INDICATION_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__N;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__PARTICIPANTS_TEXT;
import static org.htaworkbench.model.EvidencePackage.Literals.STUDY__POPULATION_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.htaworkbench.ui.internal.TableCsv;
import org.htaworkbench.model.Characteristic;
import org.htaworkbench.model.CharacteristicValue;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.Study;
import org.htaworkbench.ui.internal.editors.study.ReportedValueCommands.NumberKind;

/** Who was studied: participants, n, indication, eligibility criteria and the baseline characteristics. */
public class PopulationPage extends StudyFormPage {

    public static final String ID = "population";

    private Text nField;
    private TreeViewer characteristics;

    PopulationPage(StudyEditor editor) {
        super(editor, ID, "Population");
    }

    @Override
    void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(14, 14).applyTo(body);

        Section participants = section(toolkit, body, "Participants", "The population as the source describes it.");
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(participants);
        Composite client = fieldClient(toolkit, participants);
        textField(toolkit, client, "Participants", STUDY__PARTICIPANTS_TEXT);
        nField = reportedField(toolkit, client, "Number of people (n)", STUDY__N, NumberKind.COUNT);
        textField(toolkit, client, "Indication", STUDY__INDICATION_TEXT);
        longTextField(toolkit, client, "Population as printed", STUDY__POPULATION_TEXT, 8);

        Composite criteria = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(0, 14).applyTo(criteria);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(criteria);
        criteriaSection(toolkit, criteria, "Inclusion criteria", "Who could take part, one criterion per row.", STUDY__INCLUSION_CRITERIA);
        criteriaSection(toolkit, criteria, "Exclusion criteria", "Who was excluded, one criterion per row.", STUDY__EXCLUSION_CRITERIA);

        Section baseline = section(toolkit, body, "Baseline characteristics",
                "Characteristics as reported, overall or per arm. Select a row to edit its values in the Properties view.");
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(100, 240).applyTo(baseline);
        characteristics = characteristicsTree(toolkit, baseline);
        bind(() -> characteristics.refresh());
    }

    private void criteriaSection(FormToolkit toolkit, Composite parent, String title, String description, EAttribute attribute) {
        Section section = section(toolkit, parent, title, description);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).applyTo(client);
        section.setClient(client);

        Composite holder = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 110).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        TableCsv.install(viewer.getTable());
        toolkit.adapt(viewer.getTable(), false, false);
        viewer.setContentProvider((IStructuredContentProvider) input -> indices(criteria(attribute)));
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(100));
        Function<Object, String> text = row -> {
            List<String> list = criteria(attribute);
            int index = (Integer) row;
            return index < list.size() ? list.get(index) : null;
        };
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                String value = text.apply(row);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object row) {
                return text.apply(row);
            }
        });
        column.setEditingSupport(new CellEditing.TextCell(viewer, this, title, text,
                (row, typed) -> typed.isBlank() ? null : SetCommand.create(domain(), study(), attribute, typed.strip(), (Integer) row)));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(study());
        bind(viewer::refresh);

        Composite buttons = toolkit.createComposite(client);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(toolkit, buttons, "Add", () -> {
            if (execute(AddCommand.create(domain(), study(), attribute, "New criterion"), viewer.getControl(), title, viewer.getControl())) {
                viewer.refresh();
                viewer.editElement(criteria(attribute).size() - 1, 0);
            }
        });
        button(toolkit, buttons, "Remove", () -> selectedIndex(viewer).ifPresent(index -> execute(
                RemoveCommand.create(domain(), study(), attribute, criteria(attribute).get(index)), viewer.getControl(), title, viewer.getControl())));
        button(toolkit, buttons, "Up", () -> selectedIndex(viewer).filter(index -> index > 0).ifPresent(index -> move(viewer, attribute, index, -1, title)));
        button(toolkit, buttons, "Down", () -> selectedIndex(viewer).filter(index -> index < criteria(attribute).size() - 1)
                .ifPresent(index -> move(viewer, attribute, index, 1, title)));
    }

    private void move(TableViewer viewer, EAttribute attribute, int index, int by, String title) {
        Command move = MoveCommand.create(domain(), study(), attribute, criteria(attribute).get(index), index + by);
        if (execute(move, viewer.getControl(), title, viewer.getControl())) {
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(index + by));
        }
    }

    private static Optional<Integer> selectedIndex(TableViewer viewer) {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return Optional.ofNullable((Integer) first);
    }

    static Button button(FormToolkit toolkit, Composite parent, String label, Runnable action) {
        Button button = toolkit.createButton(parent, label, SWT.PUSH);
        GridDataFactory.fillDefaults().hint(Math.max(80, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(button);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    @SuppressWarnings("unchecked")
    private List<String> criteria(EAttribute attribute) {
        return (List<String>) study().eGet(attribute);
    }

    private static Object[] indices(List<?> list) {
        Object[] indices = new Object[list.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return indices;
    }

    private TreeViewer characteristicsTree(FormToolkit toolkit, Section section) {
        Composite holder = toolkit.createComposite(section);
        section.setClient(holder);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        TreeViewer viewer = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        toolkit.adapt(viewer.getTree(), false, false);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((Study) input).getCharacteristics().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Characteristic) parent).getItems().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return ((Characteristic) element).eContainer() instanceof Characteristic parent ? parent : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Characteristic) element).getItems().isEmpty();
            }
        });
        column(viewer, layout, "Characteristic", 22, c -> c.getName(),
                new CellEditing.TextCell(viewer, this, "Characteristic", row -> stringOf(((Characteristic) row).getName()),
                        (row, typed) -> ModelCommands.setText(domain(), (Characteristic) row, CHARACTERISTIC__NAME, typed)));
        column(viewer, layout, "Section", 8, c -> c.eIsSet(CHARACTERISTIC__SECTION) ? DisplayNames.of(c.getSection()) : "",
                new CellEditing.EnumCell(viewer, this, "Section", row -> (Characteristic) row, CHARACTERISTIC__SECTION));
        column(viewer, layout, "Statistic", 9, c -> DisplayNames.of(c.getStatistic()),
                new CellEditing.EnumCell(viewer, this, "Statistic", row -> (Characteristic) row, CHARACTERISTIC__STATISTIC));
        column(viewer, layout, "Unit", 7, Characteristic::getUnit,
                new CellEditing.TextCell(viewer, this, "Unit", row -> stringOf(((Characteristic) row).getUnit()),
                        (row, typed) -> ModelCommands.setText(domain(), (Characteristic) row, CHARACTERISTIC__UNIT, typed)));
        column(viewer, layout, "Values", 50, PopulationPage::values, null);
        column(viewer, layout, "p", 5, c -> printed(c.getPValue()), null);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(study());
        viewer.expandAll();
        getSite().setSelectionProvider(viewer);
        return viewer;
    }

    private static void column(TreeViewer viewer, TreeColumnLayout layout, String title, int weight,
            Function<Characteristic, String> text, EditingSupport editing) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Characteristic) element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Characteristic) element).getText();
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** "Overall 67; Microaxial flow pump group 25 (20 to 30)": each value with its group, as printed. */
    static String values(Characteristic characteristic) {
        List<String> parts = new ArrayList<>();
        for (CharacteristicValue value : characteristic.getValues()) {
            String group = value.getGroupLabel() != null ? value.getGroupLabel()
                    : value.getArm() != null ? value.getArm().getLabel() : "Overall";
            List<String> numbers = new ArrayList<>();
            if (value.getValue() != null) {
                numbers.add(printed(value.getValue()) + (characteristic.getUnit() != null && "%".equals(characteristic.getUnit()) ? "%" : ""));
            }
            if (value.getCount() != null) {
                numbers.add("n=" + printed(value.getCount()) + (value.getDenominator() == null ? "" : "/" + printed(value.getDenominator())));
            }
            if (value.getSpread() != null) {
                numbers.add("(" + interval(value.getSpread()) + ")");
            }
            if (value.getLowerValue() != null || value.getUpperValue() != null) {
                numbers.add(printed(value.getLowerValue()) + " to " + printed(value.getUpperValue()));
            }
            parts.add(group + " " + String.join(" ", numbers));
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    private static String interval(Interval interval) {
        return printed(interval.getLower()) + " to " + printed(interval.getUpper());
    }

    @Override
    public boolean selectReveal(Object object) {
        if (characteristics == null || !(object instanceof Characteristic characteristic)
                || !EcoreUtil.isAncestor(study(), characteristic)) {
            return false;
        }
        characteristics.setSelection(new StructuredSelection(characteristic), true);
        return true;
    }

    /** The study's n field. */
    public Text nField() {
        return nField;
    }

    public TreeViewer characteristicsViewer() {
        return characteristics;
    }
}
