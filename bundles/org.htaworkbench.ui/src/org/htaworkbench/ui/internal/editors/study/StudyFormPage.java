package org.htaworkbench.ui.internal.editors.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.model.query.ResultText;
import org.htaworkbench.ui.internal.editors.study.ReportedValueCommands.NumberKind;

/**
 * A page of the {@link StudyEditor}: a scrolled form whose fields are bound to the study. A field shows the model
 * value; what the analyst types is committed as one EMF command on Enter or when the field loses focus, and typed
 * text that cannot become a value is reported in the form heading and beside the field, leaving the model as it was.
 * When the model changes underneath (undo, redo, the Properties view), {@link #refresh()} shows the new values.
 */
public abstract class StudyFormPage extends FormPage {

    /** A widget bound to the model. */
    interface Binding {
        /** Shows the model's current value. */
        void refresh();

        /** Commits typed input that is not in the model yet (before saving). */
        default void commit() {
        }
    }

    private static final int LABEL_WIDTH = 150;

    private final List<Binding> bindings = new ArrayList<>();
    private final Map<Object, String> errors = new LinkedHashMap<>();
    private final Map<Object, ControlDecoration> decorations = new HashMap<>();

    StudyFormPage(StudyEditor editor, String id, String title) {
        super(editor, id, title);
    }

    StudyEditor studyEditor() {
        return (StudyEditor) getEditor();
    }

    Study study() {
        return studyEditor().getStudy();
    }

    EditingDomain domain() {
        return studyEditor().domain();
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        createContent(managedForm, form.getBody(), toolkit);
        refresh();
    }

    /** Creates the page's sections in the form body. */
    abstract void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit);

    /** Shows the study's current state in every widget of the page (once the page has been shown). */
    void refresh() {
        IManagedForm managedForm = getManagedForm();
        if (managedForm == null || managedForm.getForm().isDisposed()) {
            return;
        }
        // the heading reads "&" as a mnemonic marker, like a tab: the page titles double it, a study label may not
        managedForm.getForm().setText(EvidenceSummary.label(study()).replace("&", "&&") + ": " + getTitle());
        bindings.forEach(Binding::refresh);
        managedForm.getForm().reflow(true);
    }

    /** Commits what the analyst typed and has not committed yet. */
    void commitPendingEdits() {
        if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
            bindings.forEach(Binding::commit);
        }
    }

    <B extends Binding> B bind(B binding) {
        bindings.add(binding);
        return binding;
    }

    /** Executes the command on the shared command stack (so Edit > Undo undoes it); false when it cannot run. */
    boolean execute(Command command, Object errorKey, String field, Control control) {
        if (command == null) {
            clearError(errorKey);
            return true;
        }
        if (!command.canExecute()) {
            command.dispose();
            showError(errorKey, field + ": the change cannot be made here.", control);
            return false;
        }
        clearError(errorKey);
        domain().getCommandStack().execute(command);
        return true;
    }

    /**
     * Shows an error in the form heading (the message itself while it is the only one) and beside the control whose
     * input it concerns, until {@link #clearError} with the same key.
     */
    void showError(Object key, String message, Control control) {
        errors.put(key, message);
        IManagedForm managedForm = getManagedForm();
        if (managedForm == null) {
            return;
        }
        managedForm.getMessageManager().addMessage(key, message, null, IMessageProvider.ERROR);
        if (control != null && !control.isDisposed()) {
            ControlDecoration decoration = decorations.computeIfAbsent(key, k -> {
                ControlDecoration created = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
                created.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
                return created;
            });
            decoration.setDescriptionText(message);
            decoration.show();
        }
        ScrolledForm form = managedForm.getForm();
        if (form.getForm().getHead().getBounds().height == 0) {
            // the message manager leaves the heading empty while it is not laid out (a page typed into as it opens)
            form.getDisplay().asyncExec(() -> {
                if (!form.isDisposed()) {
                    managedForm.getMessageManager().update();
                }
            });
        }
    }

    void clearError(Object key) {
        ControlDecoration decoration = decorations.remove(key);
        if (decoration != null) {
            decoration.dispose();
        }
        if (errors.remove(key) == null) {
            return;
        }
        IManagedForm managedForm = getManagedForm();
        if (managedForm != null && !managedForm.getForm().isDisposed()) {
            managedForm.getMessageManager().removeMessage(key);
        }
    }

    /** The error messages shown on this page (the form heading shows them too). */
    public List<String> errorMessages() {
        return List.copyOf(errors.values());
    }

    // ---- sections and fields

    static Section section(FormToolkit toolkit, Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        return section;
    }

    /** A two-column (label, field) client for a section. */
    static Composite fieldClient(FormToolkit toolkit, Section section) {
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).spacing(8, 5).applyTo(client);
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    static Label fieldLabel(FormToolkit toolkit, Composite client, String label, boolean top) {
        Label result = toolkit.createLabel(client, label);
        result.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).hint(LABEL_WIDTH, SWT.DEFAULT)
                .indent(0, top ? 3 : 0).applyTo(result);
        return result;
    }

    /** A one-line text field for a string attribute of the study. */
    Text textField(FormToolkit toolkit, Composite client, String label, EAttribute attribute) {
        return text(toolkit, client, label, false,
                () -> stringOf(study().eGet(attribute)),
                typed -> ModelCommands.setText(domain(), study(), attribute, typed));
    }

    /** A wrapping multi-line text field for a longer string attribute (design as printed, population ...). */
    Text longTextField(FormToolkit toolkit, Composite client, String label, EAttribute attribute, int lines) {
        Text text = text(toolkit, client, label, true,
                () -> stringOf(study().eGet(attribute)),
                typed -> ModelCommands.setText(domain(), study(), attribute, typed));
        ((GridData) text.getLayoutData()).heightHint = lines * text.getLineHeight() + 6;
        return text;
    }

    /** A text field for an Integer attribute (year, study number). */
    Text integerField(FormToolkit toolkit, Composite client, String label, EAttribute attribute) {
        return text(toolkit, client, label, false,
                () -> stringOf(study().eGet(attribute)),
                typed -> ModelCommands.setInteger(domain(), study(), attribute, typed, label));
    }

    /** A text field for a number stored as printed (e.g. the study's n). */
    Text reportedField(FormToolkit toolkit, Composite client, String label, EReference reference, NumberKind kind) {
        return text(toolkit, client, label, false,
                () -> printed(ReportedValueCommands.current(study(), List.of(reference))),
                typed -> ReportedValueCommands.set(domain(), study(), List.of(reference), typed, kind, label, null));
    }

    /** A text field for a many-valued string attribute, comma-separated. */
    Text commaSeparatedField(FormToolkit toolkit, Composite client, String label, EAttribute attribute) {
        return text(toolkit, client, label, false,
                () -> ModelCommands.commaSeparated((List<?>) study().eGet(attribute)),
                typed -> ModelCommands.setCommaSeparated(domain(), study(), attribute, typed));
    }

    /** A read-only field (e.g. the study id, which other elements refer to). */
    Text readOnlyField(FormToolkit toolkit, Composite client, String label, Supplier<String> value, boolean wrap) {
        fieldLabel(toolkit, client, label, wrap);
        // no border: it should not look editable, but its text can still be selected and copied
        Text text = new Text(client, SWT.READ_ONLY | (wrap ? SWT.WRAP | SWT.MULTI : SWT.SINGLE));
        toolkit.adapt(text, false, false);
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).indent(3, 0).applyTo(text);
        bind(() -> {
            String shown = value.get();
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        });
        return text;
    }

    Text text(FormToolkit toolkit, Composite client, String label, boolean multiLine, Supplier<String> model,
            CommandFactory factory) {
        fieldLabel(toolkit, client, label, multiLine);
        Text text = toolkit.createText(client, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        // a small width hint: wrapped text takes the column's width instead of widening the form
        GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(text);
        bind(new TextBinding(text, label, multiLine, model, factory));
        return text;
    }

    /** A drop-down of an enumeration attribute's literals. */
    Combo enumField(FormToolkit toolkit, Composite client, String label, EAttribute attribute) {
        fieldLabel(toolkit, client, label, false);
        Combo combo = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        List<EEnumLiteral> literals = ((EEnum) attribute.getEAttributeType()).getELiterals();
        combo.setItems(literals.stream().map(l -> DisplayNames.of(l.getInstance())).toArray(String[]::new));
        combo.setVisibleItemCount(Math.min(literals.size(), 16));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                execute(ModelCommands.set(domain(), study(), attribute, literals.get(index).getInstance()), combo, label, combo);
            }
        });
        bind(() -> {
            Object value = study().eGet(attribute);
            int index = -1;
            for (int i = 0; i < literals.size(); i++) {
                if (literals.get(i).getInstance() == value) {
                    index = i;
                }
            }
            if (combo.getSelectionIndex() != index) {
                combo.select(index);
            }
        });
        return combo;
    }

    /** One check box per literal of a many-valued enumeration attribute (device models): ticking adds, unticking removes. */
    Composite enumListField(FormToolkit toolkit, Composite client, String label, EAttribute attribute, int columns) {
        fieldLabel(toolkit, client, label, true);
        Composite boxes = toolkit.createComposite(client);
        GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).spacing(12, 2).applyTo(boxes);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(boxes);
        for (EEnumLiteral literal : ((EEnum) attribute.getEAttributeType()).getELiterals()) {
            Enumerator value = literal.getInstance();
            Button box = toolkit.createButton(boxes, DisplayNames.of(value), SWT.CHECK);
            box.addListener(SWT.Selection, event -> {
                List<?> current = (List<?>) study().eGet(attribute);
                if (box.getSelection() && !current.contains(value)) {
                    execute(AddCommand.create(domain(), study(), attribute, value), boxes, label, box);
                } else if (!box.getSelection() && current.contains(value)) {
                    execute(RemoveCommand.create(domain(), study(), attribute, value), boxes, label, box);
                }
            });
            bind(() -> {
                boolean checked = ((List<?>) study().eGet(attribute)).contains(value);
                if (box.getSelection() != checked) {
                    box.setSelection(checked);
                }
            });
        }
        return boxes;
    }

    static String stringOf(Object value) {
        return value == null ? "" : value.toString();
    }

    static String printed(ReportedValue value) {
        return ResultText.printed(value);
    }

    /** Makes the command for typed text; null when nothing changes. */
    @FunctionalInterface
    interface CommandFactory {
        Command create(String typed) throws InvalidInputException;
    }

    /**
     * A text field bound to a model value. It remembers the model text it last showed, so a model change replaces
     * the field's text (undo shows the old number) while unrelated changes leave half-typed input alone.
     */
    final class TextBinding implements Binding {

        final Text text;
        private final String field;
        private final Supplier<String> model;
        private final CommandFactory factory;
        private String shown;

        TextBinding(Text text, String field, boolean multiLine, Supplier<String> model, CommandFactory factory) {
            this.text = text;
            this.field = field;
            this.model = model;
            this.factory = factory;
            text.addListener(SWT.FocusOut, event -> commit());
            if (!multiLine) {
                text.addListener(SWT.DefaultSelection, event -> commit());
            }
        }

        @Override
        public void refresh() {
            String current = model.get();
            if (!current.equals(shown)) {
                shown = current;
                if (!text.getText().equals(current)) {
                    text.setText(current);
                }
                clearError(this);
            }
        }

        @Override
        public void commit() {
            if (text.isDisposed()) {
                return;
            }
            String typed = text.getText();
            if (typed.equals(shown)) {
                clearError(this);
                return;
            }
            Command command;
            try {
                command = factory.create(typed);
            } catch (InvalidInputException e) {
                showError(this, e.getMessage(), text);
                return;
            }
            if (execute(command, this, field, text)) {
                // show the value as stored at once (e.g. "1,059" for "1059"); the asynchronous refresh comes later
                shown = model.get();
                if (!text.getText().equals(shown)) {
                    text.setText(shown);
                }
            }
        }
    }
}
