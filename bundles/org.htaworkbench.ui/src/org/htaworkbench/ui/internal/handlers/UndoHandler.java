package org.htaworkbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

/** Edit > Undo for every change made to the evidence base through the editing domain. */
public class UndoHandler extends CommandStackHandler {

    @Override
    boolean computeEnabled() {
        return commandStack().canUndo();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        commandStack().undo();
        return null;
    }
}
