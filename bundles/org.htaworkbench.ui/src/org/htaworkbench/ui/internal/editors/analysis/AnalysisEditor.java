package org.htaworkbench.ui.internal.editors.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;
import org.htaworkbench.ui.internal.TableCsv;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisProposals;
import org.htaworkbench.analysis.AnalysisRegistry;
import org.htaworkbench.analysis.AnalysisTypeDescriptor;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.charts.AnalysisCharts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.AnalysisOption;
import org.htaworkbench.model.AnalysisTest;
import org.htaworkbench.model.ContinuityCorrectionMode;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.PredictionIntervalType;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.ResultText;
import org.htaworkbench.ui.internal.ChartExportAction;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisComputation.Computed;
import org.htaworkbench.ui.internal.EvidenceBaseObserver;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.ui.internal.FocusedAnalysis;
import org.htaworkbench.ui.internal.handlers.SaveHandler;
import org.htaworkbench.ui.internal.preferences.AnalysisPreferences;
import org.htaworkbench.ui.internal.preferences.MethodNames;

/**
 * Editor of an {@link AnalysisDefinition}: on the left what is analysed (outcome, analysis type, the studies' results)
 * and how (measure, estimator, test, prediction interval, level, continuity correction, subgroups, moderator); on the
 * right the results, recomputed in a background job whenever the definition or the evidence changes: a text summary
 * and the forest, funnel, leave-one-out, cumulative and bubble plots. Every change is an EMF command on the session's
 * command stack, so it is undoable and saved with the evidence base.
 */
public class AnalysisEditor extends EditorPart {

    public static final String ID = "org.htaworkbench.ui.editors.analysis";

    /** Coalesces the notifications of one command (they arrive within microseconds) without a visible delay. */
    private static final long DEBOUNCE_MS = 30;
    private static final EvidencePackage P = EvidencePackage.eINSTANCE;
    private static final String DEFAULT_MEASURE = "(type default)";
    private static final String NONE = "None";
    /** Width hint of fields: small, so that they take the width the sash gives instead of widening the form. */
    private static final int NARROW = 120;

    private AnalysisDefinition definition;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private Text nameText;
    private Combo outcomeCombo;
    private Combo typeCombo;
    private Combo measureCombo;
    private Combo methodCombo;
    private Combo testCombo;
    private Combo piCombo;
    private Text levelText;
    private Text ccText;
    private Combo ccModeCombo;
    private Button dropDoubleZeroButton;
    private Combo subgroupCombo;
    private Combo moderatorCombo;
    private Label resultsNote;
    private CheckboxTableViewer resultsViewer;
    private AnalysisResultTabs results;

    /** Categories and candidate results as shown in the combos and table (rebuilt on every refresh). */
    private List<OutcomeCategory> categories = List.of();
    private List<AnalysisTypeDescriptor> types = List.of();
    private List<String> measures = List.of();
    private List<Result> candidates = List.of();

    /** Set while widgets are filled from the model, so that their listeners do not write back. */
    private boolean refreshing;

    private final EvidenceBaseObserver observer = new EvidenceBaseObserver(this::closeLater, this::modelChanged);

    private final CommandStackListener dirtyListener = event -> {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
        }
    };

    private final IPropertyChangeListener preferenceListener = event -> {
        if (AnalysisPreferences.DECIMALS.equals(event.getProperty())) {
            this.recompute.schedule();
        }
    };

    /** The background computation; each outcome is painted on the UI thread. */
    private final AnalysisComputation recompute = new AnalysisComputation(() -> definition,
            () -> results == null ? AnalysisCharts.Chart.FOREST : results.selectedChart(), c -> {
                if (form != null && !form.isDisposed()) {
                    form.getDisplay().asyncExec(this::showComputed);
                }
            });

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof AnalysisEditorInput analysisInput)) {
            throw new PartInitException("The analysis editor opens analysis definitions, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        definition = analysisInput.definition();
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        form = toolkit.createScrolledForm(sash);
        toolkit.decorateFormHeading(form.getForm());
        form.getBody().setLayout(new GridLayout(1, false));
        createWhatSection(form.getBody());
        createModelSection(form.getBody());
        createResultsSection(form.getBody());
        form.getToolBarManager().add(new ChartExportAction("PNG", "png", form::getShell, this::shownChart, this::fileName));
        form.getToolBarManager().add(new ChartExportAction("SVG", "svg", form::getShell, this::shownChart, this::fileName));
        form.getToolBarManager().update(true);

        results = new AnalysisResultTabs(sash, recompute::last);
        sash.setWeights(36, 64);

        observer.start();
        domain().getCommandStack().addCommandStackListener(dirtyListener);
        AnalysisPreferences.store().addPropertyChangeListener(preferenceListener);
        refresh();
        recompute.schedule();
    }

    private Section section(Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
                | ExpandableComposite.EXPANDED | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        // a small width hint lets the form shrink to the sash: fields fill what there is and descriptions wrap
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.widthHint = NARROW;
        section.setLayoutData(data);
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        return section;
    }

    private void createWhatSection(Composite body) {
        Composite c = (Composite) section(body, "Analysis", "What is analysed.").getClient();
        nameText = text(c, "Name:");
        nameText.addListener(SWT.DefaultSelection, e -> setName());
        nameText.addListener(SWT.FocusOut, e -> setName());
        outcomeCombo = combo(c, "Outcome category:");
        outcomeCombo.addListener(SWT.Selection, e -> {
            int i = outcomeCombo.getSelectionIndex();
            if (i >= 0 && i < categories.size() && categories.get(i) != AnalysisProposals.categoryOf(definition)) {
                selectCategory(categories.get(i));
            }
        });
        typeCombo = combo(c, "Analysis type:");
        typeCombo.addListener(SWT.Selection, e -> {
            int i = typeCombo.getSelectionIndex();
            if (i >= 0 && i < types.size() && !types.get(i).id().equals(definition.getAnalysisType())) {
                AnalysisTypeDescriptor type = types.get(i);
                OutcomeCategory category = AnalysisProposals.categoryOf(definition);
                List<Result> proposal = category == null ? List.of() : AnalysisProposals.propose(
                        AnalysisProposals.candidates(base(), category, type.type()), type.id());
                // the results chosen for the previous type are of the wrong kind for this one
                execute(compound("Change analysis type", SetCommand.create(domain(), definition,
                        P.getAnalysisDefinition_AnalysisType(), type.id()), SetCommand.create(domain(),
                                definition, P.getAnalysisDefinition_Measure(), ""), SetCommand.create(domain(),
                                        definition, P.getAnalysisDefinition_Outcome(), null), SetCommand.create(domain(),
                                                definition, P.getAnalysisDefinition_Results(), proposal)));
            }
        });
    }

    /** Another category: its proposal with this type (or, when it has none, with the first type that has one). */
    private void selectCategory(OutcomeCategory category) {
        AnalysisTypeDescriptor type = AnalysisRegistry.find(definition.getAnalysisType()).orElse(null);
        List<Result> proposal = type == null ? List.of()
                : AnalysisProposals.propose(AnalysisProposals.candidates(base(), category, type.type()), type.id());
        String typeId = definition.getAnalysisType();
        if (proposal.isEmpty()) {
            try {
                AnalysisDefinition fresh = AnalysisProposals.newDefinition(base(), category);
                proposal = List.copyOf(fresh.getResults());
                typeId = fresh.getAnalysisType();
            } catch (org.htaworkbench.analysis.AnalysisException e) {
                form.setMessage(e.getMessage(), IMessageProvider.WARNING);
                refresh();
                return;
            }
        }
        execute(compound("Change outcome category", SetCommand.create(domain(), definition,
                P.getAnalysisDefinition_Outcome(), null), SetCommand.create(domain(), definition,
                        P.getAnalysisDefinition_AnalysisType(), typeId), SetCommand.create(domain(), definition,
                                P.getAnalysisDefinition_Results(), proposal)));
    }

    private EvidenceBase base() {
        return (EvidenceBase) definition.eContainer();
    }

    private void createModelSection(Composite body) {
        Composite c = (Composite) section(body, "Model", "How it is pooled. New analyses start from Window > "
                + "Preferences > Analysis.").getClient();
        measureCombo = combo(c, "Effect measure:");
        measureCombo.addListener(SWT.Selection, e -> {
            int i = measureCombo.getSelectionIndex();
            set(P.getAnalysisDefinition_Measure(), i <= 0 ? "" : measures.get(i - 1));
        });
        methodCombo = combo(c, "Estimator:");
        for (AnalysisMethod m : AnalysisMethod.VALUES) {
            methodCombo.add(MethodNames.describe(m));
        }
        methodCombo.addListener(SWT.Selection, e -> set(P.getAnalysisDefinition_Method(),
                AnalysisMethod.VALUES.get(methodCombo.getSelectionIndex())));
        testCombo = combo(c, "Test and CI:");
        testCombo.setItems("z (normal)", "Hartung-Knapp-Sidik-Jonkman (t)", "HKSJ, scale factor at least 1");
        testCombo.addListener(SWT.Selection, e -> set(P.getAnalysisDefinition_Test(),
                AnalysisTest.VALUES.get(testCombo.getSelectionIndex())));
        piCombo = combo(c, "Prediction interval:");
        piCombo.setItems("Default (as the test)", "z (normal)", "t with k-2 df (Higgins)", "Riley et al. 2011 (t, k-1 df)");
        piCombo.addListener(SWT.Selection, e -> set(P.getAnalysisDefinition_PredictionInterval(),
                PredictionIntervalType.VALUES.get(piCombo.getSelectionIndex())));
        levelText = text(c, "Confidence level (%):");
        levelText.addListener(SWT.DefaultSelection, e -> setNumber(levelText, P.getAnalysisDefinition_ConfidenceLevel(),
                "The confidence level must be between 0 and 100", v -> v > 0 && v < 100));
        levelText.addListener(SWT.FocusOut, e -> setNumber(levelText, P.getAnalysisDefinition_ConfidenceLevel(),
                "The confidence level must be between 0 and 100", v -> v > 0 && v < 100));
        ccText = text(c, "Continuity correction:");
        ccText.addListener(SWT.DefaultSelection, e -> setNumber(ccText, P.getAnalysisDefinition_ContinuityCorrection(),
                "The continuity correction must be 0 or more", v -> v >= 0));
        ccText.addListener(SWT.FocusOut, e -> setNumber(ccText, P.getAnalysisDefinition_ContinuityCorrection(),
                "The continuity correction must be 0 or more", v -> v >= 0));
        ccModeCombo = combo(c, "Correct:");
        ccModeCombo.setItems("tables with a zero cell", "all tables", "all tables if any has a zero cell", "no table");
        ccModeCombo.addListener(SWT.Selection, e -> set(P.getAnalysisDefinition_ContinuityCorrectionMode(),
                ContinuityCorrectionMode.VALUES.get(ccModeCombo.getSelectionIndex())));
        toolkit.createLabel(c, "");
        dropDoubleZeroButton = toolkit.createButton(c, "Leave out studies with no events in either arm", SWT.CHECK);
        dropDoubleZeroButton.addListener(SWT.Selection, e -> set(P.getAnalysisDefinition_DropDoubleZero(),
                dropDoubleZeroButton.getSelection()));
        subgroupCombo = combo(c, "Subgroups by:");
        subgroupCombo.setItems(NONE, "Study design", "Publication year");
        subgroupCombo.addListener(SWT.Selection, e -> setOption(Analyses.SUBGROUP_BY,
                new String[] {"", StudyCovariates.DESIGN, StudyCovariates.YEAR}[subgroupCombo.getSelectionIndex()]));
        moderatorCombo = combo(c, "Meta-regression on:");
        moderatorCombo.setItems(NONE, "Publication year");
        moderatorCombo.addListener(SWT.Selection, e -> setOption(Analyses.MODERATOR,
                new String[] {"", StudyCovariates.YEAR}[moderatorCombo.getSelectionIndex()]));
    }

    private void createResultsSection(Composite body) {
        Section section = section(body, "Studies and results", "Results of the category this analysis type can use "
                + "(restatements left out); tick two arms per study for a 2x2 table.");
        GridData sectionData = new GridData(SWT.FILL, SWT.FILL, true, true);
        sectionData.widthHint = NARROW;
        section.setLayoutData(sectionData);
        Composite c = (Composite) section.getClient();
        c.setLayout(new GridLayout(1, false));
        resultsNote = toolkit.createLabel(c, "", SWT.WRAP);
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
        noteData.widthHint = NARROW;
        resultsNote.setLayoutData(noteData);
        resultsViewer = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        TableCsv.install(resultsViewer.getTable());
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        tableData.widthHint = NARROW;
        resultsViewer.getTable().setLayoutData(tableData);
        resultsViewer.getTable().setHeaderVisible(true);
        resultsViewer.getTable().setLinesVisible(true);
        column("Study", 120, r -> Analyses.studyLabel(r.getStudy()));
        column("Outcome", 160, r -> r.getOutcome() == null ? "" : outcomeLabel(r.getOutcome()));
        column("Group / measure", 170, AnalysisEditor::groupOf);
        column("Reported", 180, ResultText::of);
        resultsViewer.setContentProvider(ArrayContentProvider.getInstance());
        resultsViewer.addCheckStateListener(event -> {
            if (!refreshing) {
                setSelectedResults();
            }
        });
    }

    private void column(String title, int width, java.util.function.Function<Result, String> text) {
        TableViewerColumn column = new TableViewerColumn(resultsViewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Result r ? Objects.toString(text.apply(r), "") : "";
            }
        });
    }

    private static String groupOf(Result r) {
        if (r instanceof org.htaworkbench.model.ArmCountResult a && a.getArm() != null) {
            return a.getArm().getLabel();
        }
        if (r instanceof org.htaworkbench.model.EffectEstimateResult e) {
            return e.getMeasureText() != null ? e.getMeasureText() : String.valueOf(e.getMeasure());
        }
        return r.eClass().getName();
    }

    private Text text(Composite parent, String label) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = NARROW;
        text.setLayoutData(data);
        return text;
    }

    private Combo combo(Composite parent, String label) {
        toolkit.createLabel(parent, label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setVisibleItemCount(14);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = NARROW;
        combo.setLayoutData(data);
        toolkit.adapt(combo, true, false);
        return combo;
    }

    private void modelChanged() {
        refreshLater();
        recompute.cancel();
        recompute.schedule(DEBOUNCE_MS);
    }

    // --- model to widgets ---------------------------------------------------------------------------------------

    private void refreshLater() {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().asyncExec(this::refresh);
        }
    }

    /** Fills every widget from the definition (after any change: an edit here, undo/redo, the Properties view). */
    void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        if (definition.eContainer() == null) {
            // the definition was removed (e.g. its creation undone): nothing left to edit
            closeLater();
            return;
        }
        refreshing = true;
        try {
            String name = new AnalysisEditorInput(definition).getName();
            setPartName(name);
            // the name is on the tab; a long heading would set the form's minimum width and push the fields out of view
            form.setText("Analysis");
            if (!nameText.isFocusControl()) {
                nameText.setText(Objects.toString(definition.getName(), ""));
            }
            EvidenceBase base = (EvidenceBase) definition.eContainer();
            categories = List.copyOf(base.getOutcomeCategories());
            outcomeCombo.setItems(categories.stream().map(c -> c.getName() == null ? c.getId() : c.getName())
                    .toArray(String[]::new));
            outcomeCombo.select(categories.indexOf(AnalysisProposals.categoryOf(definition)));
            types = AnalysisRegistry.types();
            typeCombo.setItems(types.stream().map(AnalysisTypeDescriptor::name).toArray(String[]::new));
            AnalysisTypeDescriptor type = types.stream().filter(t -> t.id().equals(definition.getAnalysisType()))
                    .findFirst().orElse(null);
            typeCombo.select(type == null ? -1 : types.indexOf(type));
            measures = type == null ? List.of() : type.type().measures().stream().map(Enum::name).toList();
            List<String> measureItems = new ArrayList<>();
            measureItems.add(DEFAULT_MEASURE);
            measureItems.addAll(measures);
            measureCombo.setItems(measureItems.toArray(String[]::new));
            String measure = definition.getMeasure() == null ? "" : definition.getMeasure().trim().toUpperCase(Locale.ROOT);
            measureCombo.select(measure.isEmpty() ? 0 : measures.indexOf(measure) + 1);
            methodCombo.select(definition.getMethod().getValue());
            testCombo.select(definition.getTest().getValue());
            piCombo.select(definition.getPredictionInterval().getValue());
            if (!levelText.isFocusControl()) {
                levelText.setText(number(definition.getConfidenceLevel()));
            }
            if (!ccText.isFocusControl()) {
                ccText.setText(number(definition.getContinuityCorrection()));
            }
            ccModeCombo.select(ContinuityCorrectionMode.VALUES.indexOf(definition.getContinuityCorrectionMode()));
            dropDoubleZeroButton.setSelection(definition.isDropDoubleZero());
            subgroupCombo.select(List.of("", StudyCovariates.DESIGN, StudyCovariates.YEAR).indexOf(option(Analyses.SUBGROUP_BY)));
            moderatorCombo.select(List.of("", StudyCovariates.YEAR).indexOf(option(Analyses.MODERATOR)));
            refreshResults(base, type);
        } finally {
            refreshing = false;
        }
        form.reflow(true);
    }

    private void refreshResults(EvidenceBase base, AnalysisTypeDescriptor type) {
        OutcomeCategory category = AnalysisProposals.categoryOf(definition);
        List<Result> list = new ArrayList<>();
        if (type != null && category != null) {
            list.addAll(AnalysisProposals.candidates(base, category, type.type()));
        }
        List<Result> used;
        try {
            used = type == null ? List.of() : Analyses.select(definition, type.type());
        } catch (RuntimeException e) {
            used = List.copyOf(definition.getResults());
        }
        // results in use that are not candidates (another category, restatements) stay visible so they can be unticked
        for (Result r : used) {
            if (!list.contains(r)) {
                list.add(r);
            }
        }
        candidates = List.copyOf(list);
        resultsViewer.setInput(candidates);
        resultsViewer.setCheckedElements(used.toArray());
        long studies = used.stream().map(Result::getStudy).distinct().count();
        resultsNote.setText(category == null ? "Choose an outcome category."
                : used.size() + " of " + candidates.size() + " results ticked, from " + studies
                        + (studies == 1 ? " study." : " studies."));
    }

    private static String outcomeLabel(OutcomeDefinition o) {
        String name = o.getName() == null ? o.getId() : o.getName();
        return o.getTimePoint() == null || o.getTimePoint().isBlank() ? name : name + " (" + o.getTimePoint() + ")";
    }

    private String option(String key) {
        for (AnalysisOption o : definition.getOptions()) {
            if (key.equals(o.getKey())) {
                return o.getValue() == null ? "" : o.getValue().trim();
            }
        }
        return "";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    // --- widgets to model (commands) ----------------------------------------------------------------------------

    private EditingDomain domain() {
        return observer.session().map(EvidenceSession::editingDomain)
                .orElseThrow(() -> new IllegalStateException("the workbench has no evidence session"));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain().getCommandStack().execute(command);
        }
    }

    private static Command compound(String label, Command... commands) {
        org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand(label);
        for (Command command : commands) {
            c.append(command);
        }
        return c;
    }

    private void set(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        if (!refreshing && !Objects.equals(definition.eGet(feature), value)) {
            execute(SetCommand.create(domain(), definition, feature, value));
        }
    }

    private void setName() {
        String name = nameText.getText().trim();
        if (!name.isEmpty()) {
            set(P.getAnalysisDefinition_Name(), name);
        }
    }

    private void setNumber(Text field, org.eclipse.emf.ecore.EStructuralFeature feature, String rule,
            java.util.function.DoublePredicate valid) {
        if (refreshing) {
            return;
        }
        double value;
        try {
            value = Double.parseDouble(field.getText().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (Double.isNaN(value) || !valid.test(value)) {
            form.setMessage("'" + field.getText() + "': " + rule + "; the analysis keeps "
                    + number((Double) definition.eGet(feature)) + ".", IMessageProvider.ERROR);
            return;
        }
        form.setMessage(null, IMessageProvider.NONE);
        set(feature, value);
    }

    /** Sets, adds or (for an empty value) removes the definition option {@code key}. */
    private void setOption(String key, String value) {
        if (refreshing || option(key).equals(value)) {
            return;
        }
        AnalysisOption existing = definition.getOptions().stream().filter(o -> key.equals(o.getKey())).findFirst()
                .orElse(null);
        if (existing != null && value.isEmpty()) {
            execute(RemoveCommand.create(domain(), definition, P.getAnalysisDefinition_Options(), existing));
        } else if (existing != null) {
            execute(SetCommand.create(domain(), existing, P.getAnalysisOption_Value(), value));
        } else {
            AnalysisOption o = EvidenceFactory.eINSTANCE.createAnalysisOption();
            o.setKey(key);
            o.setValue(value);
            execute(AddCommand.create(domain(), definition, P.getAnalysisDefinition_Options(), o));
        }
    }

    /** The ticked results become the definition's explicit selection, in table (study) order. */
    private void setSelectedResults() {
        List<Result> checked = new ArrayList<>();
        for (Object o : resultsViewer.getCheckedElements()) {
            checked.add((Result) o);
        }
        if (!checked.equals(definition.getResults())) {
            execute(SetCommand.create(domain(), definition, P.getAnalysisDefinition_Results(), checked));
        }
    }

    // --- results ------------------------------------------------------------------------------------------------

    private void showComputed() {
        if (form == null || form.isDisposed()) {
            return;
        }
        Computed c = recompute.last();
        if (c == null) {
            return;
        }
        if (c.problem() != null) {
            form.setMessage(c.problem(), IMessageProvider.ERROR);
        } else {
            int k = c.result().report().k();
            form.setMessage(k + (k == 1 ? " study, " : " studies, ") + c.result().report().method() + ", "
                    + c.result().report().measure(), IMessageProvider.NONE);
        }
        results.show(c);
    }

    /** Selects the tab of the chart as a click would (tests; the chart is computed if it was not yet). */
    public void selectChartTab(AnalysisCharts.Chart chart) {
        results.select(chart);
    }

    private Chart shownChart() {
        return results.shownChart();
    }

    private String fileName() {
        String base = new AnalysisEditorInput(definition).getName().replaceAll("[^A-Za-z0-9]+", "-");
        return (base + "-" + results.selectedTitle()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private void closeLater() {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    // --- accessors for tests ------------------------------------------------------------------------------------

    public AnalysisDefinition getDefinition() {
        return definition;
    }

    /** The last computation (null before the first); tests compare it with the engine. */
    public Computed getComputed() {
        return recompute.last();
    }

    public Job getRecomputeJob() {
        return recompute.job();
    }

    /** The chart shown for {@code chart}, or null when that tab shows a message. */
    public ChartSpec getShownSpec(AnalysisCharts.Chart chart) {
        return results.shownSpec(chart);
    }

    public Chart getChart(AnalysisCharts.Chart chart) {
        return results.chart(chart);
    }

    public CTabFolder getTabs() {
        return results.folder();
    }

    public Combo getMethodCombo() {
        return methodCombo;
    }

    public Combo getModeratorCombo() {
        return moderatorCombo;
    }

    public CheckboxTableViewer getResultsViewer() {
        return resultsViewer;
    }

    public Text getLevelText() {
        return levelText;
    }

    public ScrolledForm getForm() {
        return form;
    }

    public String getSummary() {
        return results.summary();
    }

    // --- editor lifecycle ---------------------------------------------------------------------------------------

    @Override
    public boolean isDirty() {
        return observer.session().map(EvidenceSession::isDirty).orElse(false);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!SaveHandler.save(getSite().getShell()) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        org.htaworkbench.ui.internal.handlers.SaveAsHandler.saveAs(getSite().getShell());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        // the Forest Plot and Funnel Plot views follow the analysis being edited
        FocusedAnalysis.focus(definition);
        if (form != null && !form.isDisposed()) {
            form.setFocus();
        }
    }

    @Override
    public void dispose() {
        recompute.cancel();
        observer.session().ifPresent(s -> s.editingDomain().getCommandStack().removeCommandStackListener(dirtyListener));
        observer.dispose();
        AnalysisPreferences.store().removePropertyChangeListener(preferenceListener);
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
