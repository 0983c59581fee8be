package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.ui.internal.EvidenceExplorerView;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.EvidencePerspective;
import org.htaworkbench.ui.internal.HtaWorkbenchWindowAdvisor;
import org.htaworkbench.ui.internal.ReportedEffects;
import org.htaworkbench.ui.internal.ReportedEffectsChartView;
import org.junit.jupiter.api.Test;

/** Starts the real HTA Workbench application (UI harness) and inspects its first window. */
class WorkbenchWindowTest {

    private static IWorkbenchPage activePage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has an active window");
        return window.getActivePage();
    }

    @Test
    void windowOpensOnTheEvidencePerspectiveWithTheProductTitle() {
        IWorkbenchPage page = activePage();
        assertEquals(EvidencePerspective.ID, page.getPerspective().getId());
        assertEquals(HtaWorkbenchWindowAdvisor.WINDOW_TITLE, page.getWorkbenchWindow().getShell().getText());
        assertTrue(page.isEditorAreaVisible(), "editor area is part of the perspective");
    }

    @Test
    void explorerShowsTheDefaultEvidenceBaseAsItsRoot() {
        EvidenceExplorerView explorer = (EvidenceExplorerView) activePage().findView(EvidenceExplorerView.ID);
        assertNotNull(explorer, "evidence explorer is open");
        EvidenceBase base = WorkbenchSession.get().evidenceBase()
                .orElseThrow(() -> new AssertionError("default evidence base did not open: " + WorkbenchSession.get().loadProblem()));
        var roots = explorer.getViewer().getTree().getItems();
        assertEquals(1, roots.length, "one root: the evidence base");
        assertEquals(base, roots[0].getData());
        assertTrue(roots[0].getItemCount() > 0, "the evidence base node has children");
    }

    @Test
    void chartDrawsTheReportedEstimatesWithTheirConfidenceIntervals() {
        ReportedEffectsChartView view = (ReportedEffectsChartView) activePage().findView(ReportedEffectsChartView.ID);
        assertNotNull(view, "chart view is open");
        ReportedEffects data = ReportedEffects.loadBundled();
        ISeries<?> estimates = view.getChart().getSeriesSet().getSeries(ReportedEffectsChartView.ESTIMATE_SERIES);
        assertNotNull(estimates, "estimate series exists");
        assertArrayEquals(data.estimates(), estimates.getYSeries(), 1e-12);
        double[] upperWhiskers = estimates.getYErrorBar().getPlusErrors();
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.upper()[i], estimates.getYSeries()[i] + upperWhiskers[i], 1e-12, "upper CI of row " + i);
        }
        assertArrayEquals(data.labels(), view.getChart().getAxisSet().getXAxis(0).getCategorySeries());
        assertTrue(view.getChart().getAxisSet().getYAxis(0).isLogScaleEnabled(), "ratio axis is logarithmic");
    }

    @Test
    void chartPaintsWithoutErrors() {
        ReportedEffectsChartView view = (ReportedEffectsChartView) activePage().findView(ReportedEffectsChartView.ID);
        Chart chart = view.getChart();
        chart.setSize(900, 400);
        Image image = new Image(chart.getDisplay(), 900, 400);
        try {
            // Painting runs the series label formatting and the log-scale error bars; an exception in a paint
            // listener would leave the user with a half-drawn chart, so it must surface here.
            chart.renderOffscreenImage(image);
        } finally {
            image.dispose();
        }
        ISeries<?> estimates = chart.getSeriesSet().getSeries(ReportedEffectsChartView.ESTIMATE_SERIES);
        ReportedEffects data = ReportedEffects.loadBundled();
        for (int i = 0; i < data.size(); i++) {
            // the label SWTChart draws: the point's value through the label's DecimalFormat pattern
            String drawn = new java.text.DecimalFormat(estimates.getLabel().getFormats()[i],
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(estimates.getYSeries()[i]);
            assertEquals(data.estimateTexts()[i], drawn);
        }
    }
}
