package org.htaworkbench.ui.internal.editors.study;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open Study Editor: opens the editor of each study selected (or of the study holding a selected arm or result). */
public class OpenStudyEditorHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        StudyEditors.openAll(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                HandlerUtil.getCurrentStructuredSelection(event));
        return null;
    }
}
