package org.htaworkbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The analyst's default layout: explorer on the left, editors in the middle, tables below, charts on the right. */
public class EvidencePerspective implements IPerspectiveFactory {

    public static final String ID = "org.htaworkbench.ui.perspective.evidence";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(EvidenceExplorerView.ID);
        // Study and analysis editors open top middle; the evidence tables and the checker's findings below them,
        // the charts of the analysis in focus on the right.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editorArea);
        bottom.addView(EvidenceTablesView.ID);
        bottom.addView(OutcomeMatrixView.ID);
        bottom.addView(FindingsView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.45f, editorArea);
        right.addView(ForestPlotView.ID);
        right.addView(FunnelPlotView.ID);
        right.addView(KaplanMeierView.ID);
        right.addView(PrismaView.ID);
        right.addView(ReportedEffectsChartView.ID);
        layout.addShowViewShortcut(EvidenceExplorerView.ID);
        layout.addShowViewShortcut(ReportedEffectsChartView.ID);
        layout.addShowViewShortcut(FindingsView.ID);
        layout.addShowViewShortcut(EvidenceTablesView.ID);
        layout.addShowViewShortcut(OutcomeMatrixView.ID);
        layout.addShowViewShortcut(ForestPlotView.ID);
        layout.addShowViewShortcut(FunnelPlotView.ID);
        layout.addShowViewShortcut(KaplanMeierView.ID);
        layout.addShowViewShortcut(PrismaView.ID);
    }
}
