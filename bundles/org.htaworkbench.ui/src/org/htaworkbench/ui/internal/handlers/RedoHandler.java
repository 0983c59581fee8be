package org.htaworkbench.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

/** Edit > Redo. */
public class RedoHandler extends CommandStackHandler {

    @Override
    boolean computeEnabled() {
        return commandStack().canRedo();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        commandStack().redo();
        return null;
    }
}
