package org.htaworkbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.htaworkbench.ui.internal.WorkbenchSession;

/** File > New Evidence Base: replaces the open evidence base by an empty one, after asking about unsaved changes. */
public class NewEvidenceBaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (UnsavedChanges.resolve(HandlerUtil.getActiveShell(event))) {
            WorkbenchSession.get().openNew();
        }
        return null;
    }
}
