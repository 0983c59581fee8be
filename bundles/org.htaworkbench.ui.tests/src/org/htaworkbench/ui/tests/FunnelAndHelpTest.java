package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.charts.FunnelPlotSpec;
import org.htaworkbench.ui.internal.FunnelPlotView;
import org.htaworkbench.ui.internal.GettingStartedDialog;
import org.junit.jupiter.api.Test;

/** The funnel plot of the shipped example analysis, and the Getting Started page. */
class FunnelAndHelpTest {

    @Test
    void funnelPlotShowsTheAnalysisStudiesWithoutTrimAndFillForTwoStudies() throws Exception {
        FunnelPlotView view = (FunnelPlotView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(FunnelPlotView.ID);
        Thread.sleep(300);
        view.getRecomputeJob().join();
        while (Display.getCurrent().readAndDispatch()) {
            // let the view show the spec
        }
        FunnelPlotSpec spec = (FunnelPlotSpec) view.getSpec();
        assertNotNull(spec, "funnel plot computed; problem: " + view.getProblem());
        assertEquals(2, spec.points().size(), "Møller 2024 and Thiele 2024");
        assertTrue(spec.imputed().isEmpty());
        assertTrue(spec.title().contains("too few studies for trim-and-fill"), spec.title());
    }

    @Test
    void gettingStartedPageParsesAndOpens() {
        GettingStartedDialog dialog = new GettingStartedDialog(Display.getCurrent().getActiveShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Getting Started with HTA Workbench", dialog.getShell().getText());
            assertTrue(GettingStartedDialog.text().contains("./workbench help"));
        } finally {
            dialog.close();
        }
    }
}
