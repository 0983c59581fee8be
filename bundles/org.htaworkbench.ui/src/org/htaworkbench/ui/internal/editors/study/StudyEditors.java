package org.htaworkbench.ui.internal.editors.study;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.htaworkbench.model.Study;

/** Opening study editors: from the Evidence Explorer, the Evidence Tables, the Open Study Editor command and tests. */
public final class StudyEditors {

    /**
     * Below this height (in pixels) the editor area cannot show a form page. The Evidence perspective gives editors
     * the top middle; where the window is too small for a form there, the editor is maximized; double-clicking its tab
     * restores the layout.
     */
    static final int MINIMUM_USABLE_HEIGHT = 320;

    private StudyEditors() {
    }

    /** Opens the study's editor, or brings it to the front when it is open already. */
    public static StudyEditor open(IWorkbenchPage page, Study study) throws PartInitException {
        IEditorPart part = page.openEditor(new StudyEditorInput(study), StudyEditor.ID, true);
        StudyEditor editor = (StudyEditor) part;
        IWorkbenchPartReference reference = page.getReference(editor);
        if (reference != null && editor.visibleHeight() < MINIMUM_USABLE_HEIGHT
                && page.getPartState(reference) != IWorkbenchPage.STATE_MAXIMIZED) {
            page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        }
        return editor;
    }

    /** Opens the editor of the study that holds {@code element} (a study, arm, result ...) and shows the element. */
    public static Optional<StudyEditor> open(IWorkbenchPage page, EObject element) throws PartInitException {
        Optional<Study> study = studyOf(element);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        StudyEditor editor = open(page, study.get());
        if (element != study.get()) {
            editor.reveal(element);
        }
        return Optional.of(editor);
    }

    /** The study an element belongs to: the element itself or its nearest containing study. */
    public static Optional<Study> studyOf(Object element) {
        for (EObject object = element instanceof EObject e ? e : null; object != null; object = object.eContainer()) {
            if (object instanceof Study study) {
                return Optional.of(study);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens an editor for each study in the selection (elements inside a study open their study's editor at that
     * element); returns how many opened. Failures are shown, not thrown: this runs from double-clicks and menus.
     */
    public static int openAll(IWorkbenchPage page, IStructuredSelection selection) {
        Map<Study, EObject> targets = new LinkedHashMap<>();
        for (Object element : selection.toList()) {
            studyOf(element).ifPresent(study -> targets.putIfAbsent(study, (EObject) element));
        }
        int opened = 0;
        for (Map.Entry<Study, EObject> target : targets.entrySet()) {
            try {
                open(page, target.getValue());
                opened++;
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Study editor",
                        "The study editor could not be opened: " + e.getMessage());
            }
        }
        return opened;
    }
}
