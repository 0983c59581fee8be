package org.htaworkbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The analyst's default layout: explorer on the left, editors in the middle, charts below. */
public class EvidencePerspective implements IPerspectiveFactory {

    public static final String ID = "org.htaworkbench.ui.perspective.evidence";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.26f, editorArea);
        left.addView(EvidenceExplorerView.ID);
        IFolderLayout top = layout.createFolder("top", IPageLayout.TOP, 0.42f, editorArea);
        top.addView(EvidenceTablesView.ID);
        top.addView(OutcomeMatrixView.ID);
        // Editors (study and analysis editors) open in the small area between; charts get the most room.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.15f, editorArea);
        bottom.addView(ForestPlotView.ID);
        bottom.addView(FunnelPlotView.ID);
        bottom.addView(ReportedEffectsChartView.ID);
        bottom.addView(KaplanMeierView.ID);
        bottom.addView(PrismaView.ID);
        bottom.addView(FindingsView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
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
