package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisEditor;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisEditors;
import org.htaworkbench.ui.internal.EvidenceTablesView;
import org.htaworkbench.ui.internal.FindingsView;
import org.htaworkbench.ui.internal.ForestPlotView;
import org.htaworkbench.ui.internal.FunnelPlotView;
import org.htaworkbench.ui.internal.OutcomeMatrixView;
import org.htaworkbench.ui.internal.KaplanMeierView;
import org.htaworkbench.ui.internal.PrismaView;
import org.htaworkbench.ui.internal.editors.study.ResultsPage;
import org.htaworkbench.ui.internal.editors.study.StudyEditor;
import org.htaworkbench.ui.internal.editors.study.StudyEditors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures the main window with each main view in front, and the study editor on Møller 2024: to the directory named by the system property
 * {@code htaworkbench.screenshots} (the README's docs/screenshots), else to a temporary directory. Each capture must
 * be a real picture (many distinct colours), which fails if a view paints nothing.
 */
class WorkbenchScreenshotsTest {

    @TempDir
    Path temp;

    @Test
    void mainViewsAreCapturedAsPng() throws Exception {
        Path dir = screenshotDir();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        capture(page, shell, dir, "workbench-forest-plot.png", ForestPlotView.ID, EvidenceTablesView.ID);
        capture(page, shell, dir, "workbench-findings.png", FindingsView.ID, FunnelPlotView.ID);
        capture(page, shell, dir, "workbench-kaplan-meier.png", KaplanMeierView.ID, OutcomeMatrixView.ID);
        capture(page, shell, dir, "workbench-prisma.png", PrismaView.ID, EvidenceTablesView.ID);

        Study moller = (Study) WorkbenchSession.get().evidenceBase().orElseThrow().eResource().getEObject("moller2024");
        StudyEditor editor = StudyEditors.open(page, moller);
        try {
            editor.setActivePage(ResultsPage.ID);
            settle(1200);
            save(shell, dir, "study-editor.png");
        } finally {
            IWorkbenchPartReference reference = page.getReference(editor);
            if (page.getPartState(reference) == IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            }
            page.closeEditor(editor, false);
        }
    }

    @Test
    void analysisEditorIsCapturedWithItsForestPlot() throws Exception {
        Path dir = screenshotDir();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        EvidenceBase base = WorkbenchSession.get().evidenceBase().orElseThrow();
        AnalysisEditor editor = AnalysisEditors.open(page, base.getAnalyses().get(0));
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            capture(page, shell, dir, "analysis-editor.png");
        } finally {
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
            page.closeAllEditors(false);
        }
    }

    private Path screenshotDir() throws java.io.IOException {
        // Only an absolute directory counts: Tycho hands an unset pom property through as "" or "null", which
        // would otherwise become a stray folder inside the test bundle.
        String property = System.getProperty("htaworkbench.screenshots");
        Path dir = property != null && !property.isBlank() && Path.of(property).isAbsolute() ? Path.of(property) : temp;
        Files.createDirectories(dir);
        return dir;
    }

    private static void capture(IWorkbenchPage page, Shell shell, Path dir, String name, String... viewIds) throws Exception {
        for (String id : viewIds) {
            page.showView(id);
        }
        settle(1200);
        save(shell, dir, name);
    }

    private static void save(Shell shell, Path dir, String name) {
        Path file = dir.resolve(name);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < data.height; y += 7) {
                for (int x = 0; x < data.width; x += 7) {
                    colours.add(data.getPixel(x, y));
                }
            }
            assertTrue(colours.size() > 20, name + " looks empty: " + colours.size() + " colours");
        } finally {
            image.dispose();
        }
    }

    private static void settle(long millis) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // run pending UI work
            }
            Thread.sleep(50);
        }
    }
}
