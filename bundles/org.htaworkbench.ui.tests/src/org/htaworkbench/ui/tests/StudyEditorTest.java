package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.ValueQualifier;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.ui.internal.EvidenceExplorerView;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.EvidenceTablesView;
import org.htaworkbench.ui.internal.FindingsView;
import org.htaworkbench.ui.internal.ForestPlotView;
import org.htaworkbench.ui.internal.GettingStartedDialog;
import org.htaworkbench.ui.internal.editors.study.ArmsPage;
import org.htaworkbench.ui.internal.editors.study.DetailsPage;
import org.htaworkbench.ui.internal.editors.study.PopulationPage;
import org.htaworkbench.ui.internal.editors.study.ResultsPage;
import org.htaworkbench.ui.internal.editors.study.StudyEditor;
import org.htaworkbench.ui.internal.editors.study.StudyEditorInput;
import org.htaworkbench.ui.internal.editors.study.StudyEditors;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study editor on Møller 2024: edits typed into its widgets and cells are EMF commands that the Forest Plot and
 * Findings views follow, that undo and redo, that mark the evidence base dirty and survive saving and reopening;
 * typed text that is not a number changes nothing and is reported.
 */
class StudyEditorTest {

    private static final String OPEN_STUDY_EDITOR = "org.htaworkbench.ui.commands.openStudyEditor";

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static EvidenceBase base() {
        return WorkbenchSession.get().evidenceBase().orElseThrow();
    }

    private static <T> T element(String id, Class<T> type) {
        return type.cast(base().eResource().getEObject(id));
    }

    private static CommandStack stack() {
        return WorkbenchSession.get().editingDomain().getCommandStack();
    }

    private static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run the asynchronous refreshes
        }
    }

    /** Types into a table cell the way a user does: click to edit, type, press Enter. */
    private static void typeIntoCell(TableViewer viewer, CellEditor cellEditor, Object row, int column, String typed) {
        viewer.editElement(row, column);
        assertTrue(viewer.isCellEditorActive(), "the cell in column " + column + " is editable");
        Text text = (Text) cellEditor.getControl();
        text.setText(typed);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        assertFalse(viewer.isCellEditorActive(), "Enter applies the value");
        spin();
    }

    /** Types into a form field and presses Enter. */
    private static void typeIntoField(Text field, String typed) {
        field.setText(typed);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    private static String cellText(TableViewer viewer, Object row, int column) {
        spin();
        return ((TableItem) viewer.testFindItem(row)).getText(column);
    }

    private static ForestPlotSpec settledSpec(ForestPlotView view) throws InterruptedException {
        Thread.sleep(400);
        view.getRecomputeJob().join();
        spin();
        return (ForestPlotSpec) view.getSpec();
    }

    private static double pooled(ForestPlotView view) throws InterruptedException {
        ForestPlotSpec spec = settledSpec(view);
        assertNotNull(spec, "the example analysis is plotted; problem: " + view.getProblem());
        return spec.row("random").orElseThrow().estimate();
    }

    /** The pooled risk ratio the engine computes from the model as it is now. */
    private static double enginePooled(AnalysisDefinition analysis) {
        return Math.exp(Analyses.run(analysis).report().model().orElseThrow().estimate());
    }

    private static List<Finding> settledFindings(FindingsView view) throws InterruptedException {
        Thread.sleep(500);
        view.getCheckJob().join();
        spin();
        return view.getFindings();
    }

    private static List<Finding> findingsOn(List<Finding> findings, Object element, CheckId check) {
        return findings.stream().filter(f -> f.check() == check && f.element() != null
                && (f.element() == element || EcoreUtil.isAncestor((org.eclipse.emf.ecore.EObject) element, f.element()))).toList();
    }

    @AfterEach
    void leaveTheWorkbenchAsTheOtherTestsExpectIt() {
        IWorkbenchPage page = page();
        for (var reference : page.getEditorReferences()) {
            if (page.getPartState(reference) == IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            }
        }
        page.closeAllEditors(false);
        // the embedded default evidence base, unmodified and without a file
        WorkbenchSession.get().openDefault();
        spin();
    }

    @Test
    void editingABleedingCountInTheResultsTableDrivesTheForestPlotAndTheFindingsThroughUndoAndRedo() throws Exception {
        Study moller = element("moller2024", Study.class);
        ArmCountResult pump = element("moller2024-bleeding-pump", ArmCountResult.class);
        EffectEstimateResult rr = element("moller2024-bleeding-rr", EffectEstimateResult.class);
        AnalysisDefinition analysis = base().getAnalyses().stream().filter(a -> "analysis-bleeding-rct".equals(a.getId()))
                .findFirst().orElseThrow();
        assertTrue(analysis.getResults().contains(pump), "the shipped analysis pools this count");

        ForestPlotView forest = (ForestPlotView) page().showView(ForestPlotView.ID);
        FindingsView findingsView = (FindingsView) page().showView(FindingsView.ID);
        double pooledBefore = pooled(forest);
        assertEquals(enginePooled(analysis), pooledBefore, 1e-12, "the plot shows the engine's pooled RR");
        List<Finding> before = settledFindings(findingsView);
        assertTrue(findingsOn(before, pump, CheckId.PERCENT_FROM_COUNTS).isEmpty(), "39/179 = 21.8% as printed");
        List<Finding> rrBefore = findingsOn(before, rr, CheckId.EFFECT_FROM_COUNTS);
        assertEquals(1, rrBefore.size(), "the printed RR 2.06 is the odds ratio of 39/179 vs 21/176: " + before);
        assertTrue(rrBefore.get(0).message().contains("39/179"), rrBefore.get(0).message());

        StudyEditor editor = StudyEditors.open(page(), moller);
        assertSame(moller, editor.getStudy());
        assertEquals("Møller J, 2024", editor.getPartName());
        assertFalse(editor.isDirty());
        AtomicInteger dirtyEvents = new AtomicInteger();
        editor.addPropertyListener((source, property) -> {
            if (property == IWorkbenchPartConstants.PROP_DIRTY) {
                dirtyEvents.incrementAndGet();
            }
        });
        ResultsPage results = (ResultsPage) editor.setActivePage(ResultsPage.ID);
        TableViewer viewer = results.getViewer();
        assertEquals("39", cellText(viewer, pump, ResultsPage.COLUMN_EVENTS));
        assertEquals("179", cellText(viewer, pump, ResultsPage.COLUMN_TOTAL));
        assertEquals("21.8", cellText(viewer, pump, ResultsPage.COLUMN_PERCENT));
        assertEquals("2.06", cellText(viewer, rr, ResultsPage.COLUMN_ESTIMATE));
        assertEquals("1.15", cellText(viewer, rr, ResultsPage.COLUMN_LOWER));

        typeIntoCell(viewer, results.numberCellEditor(ResultsPage.COLUMN_EVENTS), pump, ResultsPage.COLUMN_EVENTS, "45");
        assertEquals(45.0, pump.getEvents().getValue());
        assertEquals("45", pump.getEvents().getText(), "the printed text follows the value");
        assertEquals("179", pump.getTotal().getText(), "nothing else changed");
        assertEquals("45", cellText(viewer, pump, ResultsPage.COLUMN_EVENTS));
        assertTrue(editor.isDirty(), "an edit makes the editor dirty");
        assertTrue(dirtyEvents.get() > 0, "the dirty marker was told");
        assertTrue(results.errorMessages().isEmpty(), results.errorMessages().toString());

        double pooledEdited = pooled(forest);
        assertNotEquals(pooledBefore, pooledEdited, 1e-6, "the forest plot follows the edit");
        assertEquals(enginePooled(analysis), pooledEdited, 1e-12, "and shows what the engine computes from the edited model");
        List<Finding> edited = settledFindings(findingsView);
        List<Finding> percent = findingsOn(edited, pump, CheckId.PERCENT_FROM_COUNTS);
        assertEquals(1, percent.size(), "21.8% is not 45/179: " + edited);
        assertEquals(Severity.ERROR, percent.get(0).severity());
        assertTrue(percent.get(0).message().contains("45/179"), percent.get(0).message());
        List<Finding> rrEdited = findingsOn(edited, rr, CheckId.EFFECT_FROM_COUNTS);
        assertEquals(1, rrEdited.size());
        assertTrue(rrEdited.get(0).message().contains("45/179"), "the effect check uses the new count: " + rrEdited.get(0).message());
        ArmCountResult restatement = element("moller2024-bleeding-pump-safety-summary", ArmCountResult.class);
        assertSame(pump, restatement.getRestates(), "the safety summary restates the count as \"22% [39 out of 179]\"");
        List<Finding> added = edited.stream()
                .filter(f -> before.stream().noneMatch(b -> b.check() == f.check() && b.element() == f.element())).toList();
        assertEquals(2, added.size(), "only what the new count implies: " + added);
        assertEquals(percent.get(0), added.get(0));
        assertEquals(List.of(added.get(1)), findingsOn(edited, restatement, CheckId.RESTATEMENT),
                "and the summary that still restates 39");
        assertEquals(before.size() + 2, edited.size());

        stack().undo();
        assertEquals(39.0, pump.getEvents().getValue());
        assertEquals("39", pump.getEvents().getText());
        assertEquals("39", cellText(viewer, pump, ResultsPage.COLUMN_EVENTS), "undo shows the old number in the table");
        assertEquals(pooledBefore, pooled(forest), 1e-12, "undo restores the pooled estimate");
        assertTrue(findingsOn(settledFindings(findingsView), pump, CheckId.PERCENT_FROM_COUNTS).isEmpty(), "undo clears the finding");
        assertFalse(editor.isDirty(), "undoing the only edit leaves nothing to save");

        stack().redo();
        assertEquals("45", pump.getEvents().getText());
        assertEquals("45", cellText(viewer, pump, ResultsPage.COLUMN_EVENTS), "redo shows the new number");
        assertEquals(pooledEdited, pooled(forest), 1e-12, "redo re-applies the edit");
        assertEquals(1, findingsOn(settledFindings(findingsView), pump, CheckId.PERCENT_FROM_COUNTS).size());
        assertTrue(editor.isDirty());
    }

    @Test
    void textThatIsNotANumberChangesNothingAndIsReportedNamingTheField() throws Exception {
        Study moller = element("moller2024", Study.class);
        ArmCountResult pump = element("moller2024-bleeding-pump", ArmCountResult.class);
        StudyEditor editor = StudyEditors.open(page(), moller);
        Command lastBefore = stack().getUndoCommand();

        ResultsPage results = (ResultsPage) editor.setActivePage(ResultsPage.ID);
        typeIntoCell(results.getViewer(), results.numberCellEditor(ResultsPage.COLUMN_EVENTS), pump, ResultsPage.COLUMN_EVENTS, "abc");
        assertEquals(39.0, pump.getEvents().getValue());
        assertEquals("39", pump.getEvents().getText());
        assertSame(lastBefore, stack().getUndoCommand(), "no command was executed");
        assertFalse(editor.isDirty());
        assertEquals(List.of("Events: 'abc' is not a number."), results.errorMessages());
        assertEquals(IMessageProvider.ERROR, results.getManagedForm().getForm().getMessageType(), "the form heading shows the error");
        assertTrue(results.getManagedForm().getForm().getMessage().contains("'abc'"), results.getManagedForm().getForm().getMessage());

        typeIntoCell(results.getViewer(), results.numberCellEditor(ResultsPage.COLUMN_TOTAL), pump, ResultsPage.COLUMN_TOTAL, "17.5");
        assertEquals("179", pump.getTotal().getText(), "a count is a whole number");
        assertTrue(results.errorMessages().get(0).startsWith("Total: '17.5' is not a count"), results.errorMessages().toString());

        typeIntoCell(results.getViewer(), results.numberCellEditor(ResultsPage.COLUMN_EVENTS), pump, ResultsPage.COLUMN_EVENTS, "40");
        assertEquals("40", pump.getEvents().getText());
        assertTrue(results.errorMessages().isEmpty(), "a good value clears the message: " + results.errorMessages());
        assertEquals(IMessageProvider.NONE, results.getManagedForm().getForm().getMessageType());
        stack().undo();

        PopulationPage population = (PopulationPage) editor.setActivePage(PopulationPage.ID);
        Text n = population.nField();
        assertEquals("355", n.getText());
        typeIntoField(n, "abc");
        assertEquals("355", moller.getN().getText());
        assertEquals(355.0, moller.getN().getValue());
        assertEquals(List.of("Number of people (n): 'abc' is not a number."), population.errorMessages());
        assertEquals(IMessageProvider.ERROR, population.getManagedForm().getForm().getMessageType());
        assertEquals("abc", n.getText(), "the typed text stays for the user to correct");
        typeIntoField(n, "356");
        assertEquals(356.0, moller.getN().getValue());
        assertTrue(population.errorMessages().isEmpty());
        stack().undo();
        spin();
        assertEquals("355", n.getText(), "undo shows the old n in the field");

        DetailsPage details = (DetailsPage) editor.setActivePage(DetailsPage.ID);
        typeIntoField(details.yearField(), "20x4");
        assertEquals(2024, moller.getYear());
        assertEquals(List.of("Year: '20x4' is not a whole number."), details.errorMessages());
        assertFalse(editor.isDirty());
    }

    @Test
    void editsSurviveSavingAndReopeningAndTheEditorClosesWithItsEvidenceBase(@TempDir Path dir) throws Exception {
        WorkbenchSession session = WorkbenchSession.get();
        Study moller = element("moller2024", Study.class);
        ArmCountResult pump = element("moller2024-bleeding-pump", ArmCountResult.class);
        StudyEditor editor = StudyEditors.open(page(), moller);

        DetailsPage details = (DetailsPage) editor.setActivePage(DetailsPage.ID);
        typeIntoField(details.labelField(), "Møller J, 2024 (DanGer Shock)");
        assertEquals("Møller J, 2024 (DanGer Shock)", moller.getLabel());
        assertEquals("Møller J, 2024 (DanGer Shock)", editor.getPartName(), "the editor's title follows the label");
        ResultsPage results = (ResultsPage) editor.setActivePage(ResultsPage.ID);
        typeIntoCell(results.getViewer(), results.numberCellEditor(ResultsPage.COLUMN_EVENTS), pump, ResultsPage.COLUMN_EVENTS, "45");
        assertTrue(editor.isDirty());

        Path file = dir.resolve("study-editor." + EvidenceResources.FILE_EXTENSION);
        session.saveAs(file);
        spin();
        assertFalse(editor.isDirty(), "saving clears the dirty marker");
        assertSame(editor, page().findEditor(new StudyEditorInput(moller)), "saving under a new name keeps the editor open");

        details = (DetailsPage) editor.setActivePage(DetailsPage.ID);
        typeIntoField(details.yearField(), "2025");
        assertTrue(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty(), "File > Save in the editor writes to the evidence base's file");

        session.open(file);
        spin();
        assertNull(page().findEditor(new StudyEditorInput(moller)), "opening another evidence base closes the editor");
        assertEquals(0, page().getEditorReferences().length);
        Study reopened = (Study) session.evidenceBase().orElseThrow().eResource().getEObject("moller2024");
        assertNotSame(moller, reopened);
        assertEquals("Møller J, 2024 (DanGer Shock)", reopened.getLabel());
        assertEquals(2025, reopened.getYear());
        ArmCountResult reopenedPump = (ArmCountResult) reopened.eResource().getEObject("moller2024-bleeding-pump");
        assertEquals(45.0, reopenedPump.getEvents().getValue());
        assertEquals("45", reopenedPump.getEvents().getText());
        assertEquals("21.8", reopenedPump.getPercent().getText(), "the percentage stays as printed");
    }

    @Test
    void theEditorShowsChangesMadeElsewhereAndEditsArmsInPlace() throws Exception {
        Study moller = element("moller2024", Study.class);
        Arm pumpArm = element("moller2024-pump", Arm.class);
        StudyEditor editor = StudyEditors.open(page(), moller);
        DetailsPage details = (DetailsPage) editor.setActivePage(DetailsPage.ID);
        assertEquals("Møller J, 2024", details.labelField().getText());

        // what the Properties view does: a command on the shared stack, not through the editor
        var domain = WorkbenchSession.get().editingDomain();
        stack().execute(SetCommand.create(domain, moller, EvidencePackage.Literals.STUDY__LABEL, "Moller 2024"));
        spin();
        assertEquals("Moller 2024", details.labelField().getText(), "the field follows the model");
        assertEquals("Moller 2024", editor.getPartName());
        stack().undo();
        spin();
        assertEquals("Møller J, 2024", details.labelField().getText(), "and follows undo");

        ArmsPage arms = (ArmsPage) editor.setActivePage(ArmsPage.ID);
        TableViewer viewer = arms.getViewer();
        assertEquals(4, viewer.getTable().getItemCount(), "two arms and two as-treated groups");
        assertEquals("179", cellText(viewer, pumpArm, ArmsPage.COLUMN_N));
        assertEquals("Microaxial flow pump, Standard care", cellText(viewer, pumpArm, ArmsPage.COLUMN_INTERVENTIONS));
        typeIntoCell(viewer, arms.nCellEditor(), pumpArm, ArmsPage.COLUMN_N, "180");
        assertEquals(180.0, pumpArm.getN().getValue());
        assertEquals("180", cellText(viewer, pumpArm, ArmsPage.COLUMN_N));
        stack().undo();
        assertEquals("179", cellText(viewer, pumpArm, ArmsPage.COLUMN_N));
        assertFalse(editor.isDirty());

        click(button(arms.getManagedForm().getForm(), "Add"));
        viewer.cancelEditing();
        assertEquals(5, moller.getArms().size(), "Add appends an arm");
        Arm added = moller.getArms().get(4);
        assertEquals("New arm", added.getLabel());
        assertEquals("moller2024-arm-5", added.getId(), "with an id unique in the evidence base");
        assertSame(added, ((IStructuredSelection) viewer.getSelection()).getFirstElement());
        click(button(arms.getManagedForm().getForm(), "Remove"));
        assertEquals(4, moller.getArms().size(), "Remove deletes the selected arm");
        assertEquals(4, viewer.getTable().getItemCount());
        stack().undo();
        assertEquals(5, moller.getArms().size());
        stack().undo();
        assertEquals(4, moller.getArms().size());
        assertFalse(editor.isDirty());
    }

    private static Button button(Composite parent, String label) {
        for (var child : parent.getChildren()) {
            if (child instanceof Button b && label.equals(b.getText())) {
                return b;
            }
            if (child instanceof Composite composite) {
                var found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void click(Button button) {
        assertNotNull(button);
        button.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    @Test
    void missingNumbersAreCreatedAndPrintedTextKeepsItsStyle() throws Exception {
        Study moller = element("moller2024", Study.class);
        EffectEstimateResult nnt = element("moller2024-death-180d-nnt", EffectEstimateResult.class);
        EffectEstimateResult rr = element("moller2024-bleeding-rr", EffectEstimateResult.class);
        assertNull(nnt.getInterval(), "the source gives the NNT without a CI");
        assertNull(nnt.getPValue());
        StudyEditor editor = StudyEditors.open(page(), moller);
        ResultsPage results = (ResultsPage) editor.setActivePage(ResultsPage.ID);
        TableViewer viewer = results.getViewer();

        Command before = stack().getUndoCommand();
        typeIntoCell(viewer, results.numberCellEditor(ResultsPage.COLUMN_LOWER), nnt, ResultsPage.COLUMN_LOWER, "5");
        assertNotNull(nnt.getInterval(), "typing a limit creates the interval");
        assertEquals(95.0, nnt.getInterval().getLevel());
        assertEquals("5", nnt.getInterval().getLower().getText());
        assertEquals(5.0, nnt.getInterval().getLower().getValue());
        assertNull(nnt.getInterval().getUpper());
        typeIntoCell(viewer, results.numberCellEditor(ResultsPage.COLUMN_P), nnt, ResultsPage.COLUMN_P, "<0.001");
        assertEquals("<0.001", nnt.getPValue().getText());
        assertEquals(0.001, nnt.getPValue().getValue());
        assertEquals(ValueQualifier.LESS_THAN, nnt.getPValue().getQualifier());
        stack().undo();
        stack().undo();
        assertNull(nnt.getInterval(), "one undo per edit removes what it created");
        assertNull(nnt.getPValue());
        assertSame(before, stack().getUndoCommand());

        typeIntoCell(viewer, results.numberCellEditor(ResultsPage.COLUMN_LOWER), rr, ResultsPage.COLUMN_LOWER, "1.20");
        assertEquals("1.20", rr.getInterval().getLower().getText(), "the limit as typed, with its precision");
        assertEquals("95% CI 1.20 to 3.66", rr.getInterval().getText(), "the printed interval follows its limit");
        assertEquals("1.20", cellText(viewer, rr, ResultsPage.COLUMN_LOWER));
        stack().undo();
        assertEquals("95% CI 1.15 to 3.66", rr.getInterval().getText());

        Study thiele = element("thiele2024", Study.class);
        StudyEditor thieleEditor = StudyEditors.open(page(), thiele);
        PopulationPage population = (PopulationPage) thieleEditor.setActivePage(PopulationPage.ID);
        assertEquals("1,059", population.nField().getText());
        typeIntoField(population.nField(), "1060");
        assertEquals(1060.0, thiele.getN().getValue());
        assertEquals("1,060", thiele.getN().getText(), "thousands separators as the source prints them");
        assertEquals("1,060", population.nField().getText());
        stack().undo();
        spin();
        assertEquals("1,059", population.nField().getText());
    }

    @Test
    void studiesOpenFromTheExplorerTheTablesAndTheCommandOnceEach() throws Exception {
        Study moller = element("moller2024", Study.class);
        ArmCountResult pump = element("moller2024-bleeding-pump", ArmCountResult.class);
        IWorkbenchPage page = page();

        EvidenceExplorerView explorer = (EvidenceExplorerView) page.showView(EvidenceExplorerView.ID);
        explorer.getViewer().setSelection(new StructuredSelection(moller), true);
        TreeItem item = (TreeItem) explorer.getViewer().testFindItem(moller);
        assertNotNull(item, "the study is shown in the explorer");
        Event doubleClick = new Event();
        doubleClick.item = item;
        explorer.getViewer().getTree().notifyListeners(SWT.DefaultSelection, doubleClick);
        spin();
        IEditorPart opened = page.findEditor(new StudyEditorInput(moller));
        assertTrue(opened instanceof StudyEditor, "double-click opens the study editor");
        assertEquals(moller, ((IStructuredSelection) explorer.getViewer().getSelection()).getFirstElement(),
                "the explorer keeps its selection");

        page.activate(explorer);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OPEN_STUDY_EDITOR, null);
        spin();
        assertEquals(1, page.getEditorReferences().length, "the same study does not open twice");

        EvidenceTablesView tables = (EvidenceTablesView) page.showView(EvidenceTablesView.ID);
        TableViewer table3 = tables.outcomeTable().viewer();
        Event tableDoubleClick = new Event();
        tableDoubleClick.item = table3.testFindItem(pump);
        assertNotNull(tableDoubleClick.item, "Table 3 lists the result");
        table3.getTable().notifyListeners(SWT.DefaultSelection, tableDoubleClick);
        spin();
        StudyEditor editor = (StudyEditor) page.findEditor(new StudyEditorInput(moller));
        assertSame(opened, editor);
        assertEquals(1, page.getEditorReferences().length);
        assertTrue(editor.getActivePageInstance() instanceof ResultsPage, "a result opens the Results page");
        assertEquals(pump, ((IStructuredSelection) ((ResultsPage) editor.getActivePageInstance()).getViewer().getSelection())
                .getFirstElement(), "with the result selected");

        assertTrue(GettingStartedDialog.text().contains("<b>Open Study Editor</b>"), "Help > Getting Started tells how to open it");

        Study thiele = element("thiele2024", Study.class);
        StudyEditor second = StudyEditors.open(page, thiele);
        assertNotSame(editor, second);
        assertEquals(2, page.getEditorReferences().length, "another study opens its own editor");
        assertEquals("Thiele H, 2024", second.getPartName());
    }
}
