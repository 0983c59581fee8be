package org.htaworkbench.ui.internal.editors.analysis;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.htaworkbench.model.AnalysisDefinition;

/** Opens analysis definitions in the {@link AnalysisEditor}. */
public final class AnalysisEditors {

    private AnalysisEditors() {
    }

    /** Opens (or brings to the front) the editor of the definition. */
    public static AnalysisEditor open(IWorkbenchPage page, AnalysisDefinition definition) throws PartInitException {
        IEditorPart part = page.openEditor(new AnalysisEditorInput(definition), AnalysisEditor.ID, true);
        return (AnalysisEditor) part;
    }
}
