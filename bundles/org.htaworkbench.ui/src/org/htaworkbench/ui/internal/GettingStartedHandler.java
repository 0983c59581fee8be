package org.htaworkbench.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens Help > Getting Started. */
public class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new GettingStartedDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
