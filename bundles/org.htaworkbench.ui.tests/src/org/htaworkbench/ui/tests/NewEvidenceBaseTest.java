package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.ui.internal.EvidenceExplorerView;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.editors.study.StudyEditor;
import org.htaworkbench.ui.internal.editors.study.StudyEditorInput;
import org.htaworkbench.ui.internal.editors.study.StudyEditors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New Evidence Base (M1+N): an empty evidence base replaces the open one and the open study editors close. */
class NewEvidenceBaseTest {

    private static final String NEW_EVIDENCE_BASE = "org.htaworkbench.ui.commands.newEvidenceBase";

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the views catch up
        }
    }

    @AfterEach
    void reopenTheDefaultEvidenceBase() {
        page().closeAllEditors(false);
        WorkbenchSession.get().openDefault();
        spin();
    }

    @Test
    void newEvidenceBaseOpensAnEmptyBaseAndClosesTheStudyEditors(@TempDir Path dir) throws Exception {
        WorkbenchSession session = WorkbenchSession.get();
        EvidenceBase previous = session.evidenceBase().orElseThrow();
        Study moller = (Study) previous.eResource().getEObject("moller2024");
        StudyEditor editor = StudyEditors.open(page(), moller);
        assertNotNull(page().findEditor(new StudyEditorInput(moller)));
        assertTrue(page().isPartVisible(editor), "the study editor is shown");

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(NEW_EVIDENCE_BASE, null);
        spin();

        EvidenceBase created = session.evidenceBase().orElseThrow();
        assertNotSame(previous, created);
        assertTrue(created.getStudies().isEmpty(), "the new evidence base is empty");
        assertNotNull(created.getAssessment(), "with the assessment the schema requires");
        assertEquals(EvidenceResources.SCHEMA_VERSION, created.getSchemaVersion());
        assertTrue(session.file().isEmpty(), "it has no file yet, so File > Save asks for one");
        assertFalse(session.isDirty());
        assertEquals(WorkbenchSession.NEW_EVIDENCE_BASE_NAME, session.sourceName());
        assertNull(page().findEditor(new StudyEditorInput(moller)), "the previous study's editor closed");
        assertEquals(0, page().getEditorReferences().length);

        EvidenceExplorerView explorer = (EvidenceExplorerView) page().findView(EvidenceExplorerView.ID);
        assertTrue(page().isPartVisible(explorer), "the views are shown after the editor closed");
        assertEquals(created, explorer.getViewer().getTree().getItem(0).getData(), "the explorer shows the new base");
        assertTrue(explorer.getContentDescription().contains(WorkbenchSession.NEW_EVIDENCE_BASE_NAME), explorer.getContentDescription());

        Path file = dir.resolve("empty." + EvidenceResources.FILE_EXTENSION);
        session.saveAs(file);
        session.open(file);
        EvidenceBase reopened = session.evidenceBase().orElseThrow();
        assertTrue(EcoreUtil.equals(created, reopened), "an empty evidence base saves and opens again");
    }

    @Test
    void newEvidenceBaseIsOnTheFileMenuBeforeOpenAndOnCtrlN() throws Exception {
        Binding binding = PlatformUI.getWorkbench().getService(IBindingService.class).getPerfectMatch(KeySequence.getInstance("M1+N"));
        assertNotNull(binding, "M1+N is bound");
        assertEquals(NEW_EVIDENCE_BASE, binding.getParameterizedCommand().getId());

        Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
        Menu file = null;
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals("File")) {
                file = item.getMenu();
            }
        }
        assertNotNull(file, "the window has a File menu");
        // menus are filled when they are about to show
        file.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : file.getItems()) {
            items.add(item.getText().replace("&", "").split("\t")[0]);
        }
        file.notifyListeners(SWT.Hide, new Event());
        int created = items.indexOf("New Evidence Base");
        int open = items.indexOf("Open Evidence Base...");
        assertTrue(created >= 0, "File > New Evidence Base: " + items);
        assertEquals(open - 1, created, "right before Open: " + items);
    }
}
