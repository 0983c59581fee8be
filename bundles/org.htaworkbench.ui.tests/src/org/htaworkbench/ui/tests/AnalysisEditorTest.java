package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.charts.AnalysisCharts.Chart;
import org.htaworkbench.charts.BubblePlotSpec;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.ui.internal.EvidenceExplorerView;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.ForestPlotView;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisEditor;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisEditors;
import org.htaworkbench.ui.internal.editors.analysis.NewAnalysisHandler;
import org.htaworkbench.ui.internal.preferences.AnalysisPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analysis editor driven through its widgets: the shipped Møller 2024 + Thiele 2024 bleeding analysis equals the
 * engine; changing the estimator, unticking a study and choosing a moderator recompute the charts; every change is
 * undoable; bad input is refused with a message; New Analysis proposes an analysis and seeds it from the preferences.
 */
class AnalysisEditorTest {

    private IWorkbenchPage page;
    private EvidenceBase base;

    @BeforeEach
    void openDefault() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        WorkbenchSession.get().openDefault();
        base = WorkbenchSession.get().evidenceBase().orElseThrow();
    }

    @AfterEach
    void restore() {
        page.closeAllEditors(false);
        AnalysisPreferences.store().setToDefault(AnalysisPreferences.METHOD);
        AnalysisPreferences.store().setToDefault(AnalysisPreferences.DECIMALS);
        WorkbenchSession.get().openDefault();
    }

    private static void settle(AnalysisEditor editor) throws InterruptedException {
        Display display = Display.getCurrent();
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // run queued refreshes
            }
            Thread.sleep(250);
            editor.getRecomputeJob().join();
        }
        while (!org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle()) {
            // a chart tab computing in the background
            while (display.readAndDispatch()) {
                // keep the UI responsive while waiting
            }
            Thread.sleep(20);
        }
        while (display.readAndDispatch()) {
            // show the computed result
        }
    }

    private static void select(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static RmaResult engine(Method method, double mollerPumpEvents) {
        return MetaAnalysis.fit(EffectSizes.twoByTwoFromTotals(Measure.RR, new double[] { mollerPumpEvents, 143 },
                new double[] { 179, 506 }, new double[] { 21, 67 }, new double[] { 176, 503 }, null, null),
                ModelOptions.of(method));
    }

    private AnalysisDefinition shipped() {
        return base.getAnalyses().stream().filter(a -> "analysis-bleeding-rct".equals(a.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void shippedBleedingAnalysisEqualsTheEngineAndTheEstimatorComboChangesItUndoably() throws Exception {
        AnalysisEditor editor = AnalysisEditors.open(page, shipped());
        settle(editor);
        assertNull(editor.getComputed().problem(), "problem: " + editor.getComputed().problem());
        ForestPlotSpec forest = (ForestPlotSpec) editor.getShownSpec(Chart.FOREST);
        assertNotNull(forest, "the forest plot is shown");
        assertEquals(2, forest.studyRows().size());
        assertEquals(Math.exp(engine(Method.REML, 39).estimate()), forest.row("random").orElseThrow().estimate(), 1e-9);
        assertTrue(editor.getSummary().contains("Total"), editor.getSummary());
        assertNull(editor.getShownSpec(Chart.LEAVE_ONE_OUT), "charts of tabs not selected are computed when selected");
        editor.selectChartTab(Chart.LEAVE_ONE_OUT);
        settle(editor);
        assertNotNull(editor.getShownSpec(Chart.LEAVE_ONE_OUT));
        editor.selectChartTab(Chart.CUMULATIVE);
        settle(editor);
        assertNotNull(editor.getShownSpec(Chart.CUMULATIVE));
        editor.selectChartTab(Chart.BUBBLE);
        settle(editor);
        assertNull(editor.getShownSpec(Chart.BUBBLE), "no moderator chosen");
        editor.selectChartTab(Chart.FOREST);
        settle(editor);

        select(editor.getMethodCombo(), AnalysisMethod.DL.getValue());
        assertEquals(AnalysisMethod.DL, shipped().getMethod(), "the combo sets the definition through a command");
        assertTrue(WorkbenchSession.get().isDirty());
        assertTrue(editor.isDirty(), "the editor shows the dirty marker");
        settle(editor);
        ForestPlotSpec dl = (ForestPlotSpec) editor.getShownSpec(Chart.FOREST);
        assertEquals(Math.exp(engine(Method.DL, 39).estimate()), dl.row("random").orElseThrow().estimate(), 1e-9);

        WorkbenchSession.get().editingDomain().getCommandStack().undo();
        settle(editor);
        assertEquals(AnalysisMethod.REML, shipped().getMethod());
        assertEquals(AnalysisMethod.REML.getValue(), editor.getMethodCombo().getSelectionIndex(), "the combo follows undo");
        assertFalse(WorkbenchSession.get().isDirty());
    }

    @Test
    void unTickingThielesArmsLeavesMollerAloneAndLeaveOneOutSaysWhy() throws Exception {
        AnalysisEditor editor = AnalysisEditors.open(page, shipped());
        settle(editor);
        Table table = editor.getResultsViewer().getTable();
        for (TableItem item : table.getItems()) {
            Result r = (Result) item.getData();
            if (r.getStudy().getId().equals("thiele2024") && item.getChecked()) {
                item.setChecked(false);
                Event e = new Event();
                e.item = item;
                e.detail = SWT.CHECK;
                table.notifyListeners(SWT.Selection, e);
            }
        }
        assertEquals(List.of("moller2024-bleeding-pump", "moller2024-bleeding-standard"),
                shipped().getResults().stream().map(Result::getId).toList());
        settle(editor);
        assertEquals(1, editor.getComputed().result().report().k());
        editor.selectChartTab(Chart.LEAVE_ONE_OUT);
        settle(editor);
        assertNull(editor.getShownSpec(Chart.LEAVE_ONE_OUT));
        assertTrue(editor.getComputed().charts().unavailable(Chart.LEAVE_ONE_OUT).contains("at least two studies"));
        // each untick was one command
        WorkbenchSession.get().editingDomain().getCommandStack().undo();
        WorkbenchSession.get().editingDomain().getCommandStack().undo();
        settle(editor);
        assertEquals(4, shipped().getResults().size(), "undo re-ticks Thiele");
        assertEquals(2, editor.getComputed().result().report().k());
    }

    @Test
    void aConfidenceLevelThatIsNotANumberIsRefusedWithAMessage() throws Exception {
        AnalysisEditor editor = AnalysisEditors.open(page, shipped());
        settle(editor);
        editor.getLevelText().setText("ninety");
        editor.getLevelText().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(95.0, shipped().getConfidenceLevel());
        assertEquals(IMessageProvider.ERROR, editor.getForm().getMessageType());
        assertTrue(editor.getForm().getMessage().contains("ninety"), editor.getForm().getMessage());
        assertFalse(WorkbenchSession.get().isDirty(), "nothing was changed");

        editor.getLevelText().setText("90");
        editor.getLevelText().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(90.0, shipped().getConfidenceLevel());
        settle(editor);
        MetaReport report = editor.getComputed().result().report();
        RmaResult expected = MetaAnalysis.fit(engine(Method.REML, 39).data(), ModelOptions.of(Method.REML).withLevel(90));
        assertEquals(expected.ciLower(), report.ciLower(), 1e-9, "90% CI");
    }

    @Test
    void newAnalysisOfThirtyDayMortalityFollowsThePreferencesAndAYearModeratorGivesABubblePlot() throws Exception {
        AnalysisPreferences.store().setValue(AnalysisPreferences.METHOD, AnalysisMethod.DL.getLiteral());
        AnalysisPreferences.store().setValue(AnalysisPreferences.DECIMALS, 3);
        OutcomeCategory mortality = base.getOutcomeCategories().stream()
                .filter(c -> "cat-mortality-30d".equals(c.getId())).findFirst().orElseThrow();
        int before = base.getAnalyses().size();
        AnalysisEditor editor = NewAnalysisHandler.create(page, base, mortality, page.getWorkbenchWindow().getShell());
        assertNotNull(editor);
        assertEquals(before + 1, base.getAnalyses().size());
        AnalysisDefinition created = editor.getDefinition();
        assertEquals(AnalysisMethod.DL, created.getMethod(), "seeded from the preferences");
        settle(editor);
        MetaReport report = editor.getComputed().result().report();
        long studies = created.getResults().stream().map(Result::getStudy).distinct().count();
        assertEquals(studies, report.k());
        assertEquals("org.htaworkbench.analysis.generic", created.getAnalysisType(),
                "30-day mortality is reported as ratios with CIs, not as counted arms");
        assertEquals(4, report.k(), "Thiele, Stub, Panuccio and Movahed (Bogerd's misprinted CI is not proposed)");

        // the engine on the same estimates, read from the model independently of the analysis layer
        int k = created.getResults().size();
        double[] est = new double[k], lb = new double[k], ub = new double[k];
        for (int i = 0; i < k; i++) {
            EffectEstimateResult e = (EffectEstimateResult) created.getResults().get(i);
            est[i] = e.getEstimate().getValue();
            lb[i] = e.getInterval().getLower().getValue();
            ub[i] = e.getInterval().getUpper().getValue();
        }
        RmaResult expected = MetaAnalysis.fit(EffectSizes.ratioFromCi(est, lb, ub, 95, null), ModelOptions.of(Method.DL));
        assertEquals(expected.estimate(), report.estimate(), 1e-10);
        ForestPlotSpec forest = (ForestPlotSpec) editor.getShownSpec(Chart.FOREST);
        assertTrue(forest.row("random").orElseThrow().cells().get(forest.row("random").orElseThrow().cells().size() - 1)
                .matches(".*\\d\\.\\d{3}.*"), "3 decimals from the preferences: " + forest.row("random").orElseThrow().cells());

        // the Forest Plot view follows the analysis being edited
        ForestPlotView view = (ForestPlotView) page.showView(ForestPlotView.ID);
        page.activate(editor);
        Thread.sleep(400);
        view.getRecomputeJob().join();
        assertEquals(created.getId(), view.getLastResult().definitionId());

        select(editor.getModeratorCombo(), 1);
        editor.selectChartTab(Chart.BUBBLE);
        settle(editor);
        BubblePlotSpec bubble = (BubblePlotSpec) editor.getShownSpec(Chart.BUBBLE);
        assertNotNull(bubble, "bubble plot: " + editor.getComputed().charts().unavailable(Chart.BUBBLE));
        assertEquals(report.k(), bubble.bubbles().size());

        // undoing the moderator, then the creation, removes the analysis and closes its editor
        WorkbenchSession.get().editingDomain().getCommandStack().undo();
        WorkbenchSession.get().editingDomain().getCommandStack().undo();
        settle(editor);
        assertEquals(before, base.getAnalyses().size());
        assertTrue(List.of(page.getEditorReferences()).stream().noneMatch(r -> r.getEditor(false) == editor),
                "the editor of a removed analysis closes");
    }

    @Test
    void newAnalysisFromTheExplorerSelectionAnalysesTheSelectedCategory() throws Exception {
        OutcomeCategory stroke = base.getOutcomeCategories().stream().filter(c -> "cat-stroke".equals(c.getId()))
                .findFirst().orElseThrow();
        EvidenceExplorerView explorer = (EvidenceExplorerView) page.showView(EvidenceExplorerView.ID);
        explorer.getViewer().setSelection(new StructuredSelection(stroke), true);
        assertEquals(stroke, explorer.getViewer().getStructuredSelection().getFirstElement(), "the category is in the tree");
        page.activate(explorer);
        int before = base.getAnalyses().size();
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.htaworkbench.ui.commands.newAnalysis", null);
        assertEquals(before + 1, base.getAnalyses().size());
        AnalysisDefinition created = base.getAnalyses().get(before);
        assertEquals(stroke.getName(), created.getName());
        assertTrue(created.getResults().stream().allMatch(r -> r.getOutcome().getCategory() == stroke));
        assertTrue(page.getActiveEditor() instanceof AnalysisEditor editor && editor.getDefinition() == created,
                "the new analysis opens in the editor");
    }

    @Test
    void openingTheSameAnalysisTwiceBringsTheSameEditorToTheFront() throws Exception {
        AnalysisEditor first = AnalysisEditors.open(page, shipped());
        AnalysisEditor second = AnalysisEditors.open(page, shipped());
        assertSame(first, second);
        assertEquals(1, page.getEditorReferences().length);
    }
}
