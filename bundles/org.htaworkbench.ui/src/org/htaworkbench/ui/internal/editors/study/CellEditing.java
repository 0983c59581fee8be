package org.htaworkbench.ui.internal.editors.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * In-place editing of table cells in the study editor. A cell's new value becomes one EMF command through
 * {@link StudyFormPage#execute}; input that cannot become a value is reported in the form heading (naming the
 * column) and the model stays as it was.
 */
final class CellEditing {

    private CellEditing() {
    }

    /** Makes the command for a row's typed text; null when nothing changes. */
    @FunctionalInterface
    interface RowCommand {
        Command create(Object row, String typed) throws InvalidInputException;
    }

    /** A text cell: shows {@code value}, commits through {@code command}; only where {@code value} is not null. */
    static final class TextCell extends EditingSupport {

        private final StudyFormPage page;
        private final String field;
        private final Function<Object, String> value;
        private final RowCommand command;
        private final TextCellEditor editor;

        TextCell(ColumnViewer viewer, StudyFormPage page, String field, Function<Object, String> value, RowCommand command) {
            super(viewer);
            this.page = page;
            this.field = field;
            this.value = value;
            this.command = command;
            this.editor = new TextCellEditor((Composite) viewer.getControl());
        }

        @Override
        protected boolean canEdit(Object element) {
            return value.apply(element) != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            String text = value.apply(element);
            return text == null ? "" : text;
        }

        @Override
        protected void setValue(Object element, Object typed) {
            Control table = getViewer().getControl();
            if (typed.equals(getValue(element))) {
                page.clearError(table);
                return;
            }
            try {
                page.execute(command.create(element, (String) typed), table, field, table);
            } catch (InvalidInputException e) {
                page.showError(table, e.getMessage(), table);
            }
        }

        TextCellEditor cellEditor() {
            return editor;
        }
    }

    /** A drop-down cell for a single-valued enumeration attribute of the row's {@code owner} (none where it is null). */
    static final class EnumCell extends EditingSupport {

        private final StudyFormPage page;
        private final String field;
        private final Function<Object, EObject> owner;
        private final EAttribute attribute;
        private final List<EEnumLiteral> literals;
        private final ComboBoxCellEditor editor;

        EnumCell(ColumnViewer viewer, StudyFormPage page, String field, Function<Object, EObject> owner, EAttribute attribute) {
            super(viewer);
            this.page = page;
            this.field = field;
            this.owner = owner;
            this.attribute = attribute;
            this.literals = ((EEnum) attribute.getEAttributeType()).getELiterals();
            this.editor = new ComboBoxCellEditor((Composite) viewer.getControl(),
                    literals.stream().map(l -> DisplayNames.of(l.getInstance())).toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return owner.apply(element) != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            Object current = owner.apply(element).eGet(attribute);
            for (int i = 0; i < literals.size(); i++) {
                if (literals.get(i).getInstance() == current) {
                    return i;
                }
            }
            return 0;
        }

        @Override
        protected void setValue(Object element, Object index) {
            int i = (Integer) index;
            if (i < 0) {
                return;
            }
            Control table = getViewer().getControl();
            page.execute(ModelCommands.set(page.domain(), owner.apply(element), attribute, literals.get(i).getInstance()),
                    table, field, table);
        }
    }

    /**
     * A cell for a many-valued enumeration attribute (an arm's interventions or device models): shows the values,
     * and its button opens a check list.
     */
    static final class EnumListCell extends EditingSupport {

        private final StudyFormPage page;
        private final String field;
        private final EAttribute attribute;
        private final DialogCellEditor editor;

        EnumListCell(ColumnViewer viewer, StudyFormPage page, String field, EAttribute attribute) {
            super(viewer);
            this.page = page;
            this.field = field;
            this.attribute = attribute;
            List<Enumerator> all = ((EEnum) attribute.getEAttributeType()).getELiterals().stream().map(EEnumLiteral::getInstance).toList();
            this.editor = new DialogCellEditor((Composite) viewer.getControl()) {
                @Override
                protected Object openDialogBox(Control cellEditorWindow) {
                    ListSelectionDialog dialog = ListSelectionDialog.of(all).contentProvider(ArrayContentProvider.getInstance())
                            .labelProvider(new LabelProvider() {
                                @Override
                                public String getText(Object element) {
                                    return DisplayNames.of((Enumerator) element);
                                }
                            }).message("Select the " + field.toLowerCase(Locale.ROOT) + ":")
                            .preselect(((List<?>) getValue()).toArray()).title(field)
                            .create(cellEditorWindow.getShell());
                    if (dialog.open() != Window.OK) {
                        return null;
                    }
                    // keep the enumeration's order, whatever order the boxes were ticked in
                    List<Object> chosen = Arrays.asList(dialog.getResult());
                    return all.stream().filter(chosen::contains).toList();
                }

                @Override
                protected void updateContents(Object value) {
                    super.updateContents(value instanceof List<?> list ? names(list) : value);
                }
            };
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof EObject object && object.eClass().getEAllAttributes().contains(attribute);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            return new ArrayList<>((List<?>) ((EObject) element).eGet(attribute));
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value instanceof List<?> chosen) {
                Control table = getViewer().getControl();
                page.execute(ModelCommands.set(page.domain(), (EObject) element, attribute, chosen), table, field, table);
            }
        }

        static String names(List<?> values) {
            return String.join(", ", values.stream().map(v -> DisplayNames.of((Enumerator) v)).toList());
        }
    }
}
