package org.htaworkbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The analyst's default layout: explorer on the left, editors top middle beside the tables, charts below. */
public class EvidencePerspective implements IPerspectiveFactory {

    public static final String ID = "org.htaworkbench.ui.perspective.evidence";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(EvidenceExplorerView.ID);
        // Charts get the full width at the bottom (a forest plot needs it); study and analysis editors open top
        // middle, with the evidence tables and the checker's findings beside them.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editorArea);
        bottom.addView(ForestPlotView.ID);
        bottom.addView(FunnelPlotView.ID);
        bottom.addView(KaplanMeierView.ID);
        bottom.addView(PrismaView.ID);
        bottom.addView(ReportedEffectsChartView.ID);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.5f, editorArea);
        right.addView(EvidenceTablesView.ID);
        right.addView(OutcomeMatrixView.ID);
        right.addView(FindingsView.ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
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
