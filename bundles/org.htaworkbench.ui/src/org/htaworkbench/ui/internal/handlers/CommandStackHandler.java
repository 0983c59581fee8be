package org.htaworkbench.ui.internal.handlers;

import java.util.EventObject;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.htaworkbench.ui.internal.WorkbenchSession;

/** A handler whose enablement follows the evidence session's command stack (undo, redo, save). */
abstract class CommandStackHandler extends AbstractHandler {

    private final CommandStackListener listener = this::stackChanged;

    CommandStackHandler() {
        commandStack().addCommandStackListener(listener);
        setBaseEnabled(computeEnabled());
    }

    static CommandStack commandStack() {
        return WorkbenchSession.get().editingDomain().getCommandStack();
    }

    abstract boolean computeEnabled();

    private void stackChanged(EventObject event) {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            setBaseEnabled(computeEnabled());
        } else {
            display.asyncExec(() -> setBaseEnabled(computeEnabled()));
        }
    }

    @Override
    public void dispose() {
        commandStack().removeCommandStackListener(listener);
        super.dispose();
    }
}
