package org.htaworkbench.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.ui.internal.WorkbenchSession;

/** File > Open Evidence Base: replaces the open evidence base, after asking about unsaved changes. */
public class OpenHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!UnsavedChanges.resolve(shell)) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Evidence Base");
        dialog.setFilterExtensions(SaveAsHandler.FILTER_EXTENSIONS);
        dialog.setFilterNames(SaveAsHandler.FILTER_NAMES);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                WorkbenchSession.get().open(Path.of(chosen));
            } catch (EvidenceResourceException e) {
                MessageDialog.openError(shell, "Evidence base not opened", e.getMessage());
            }
        }
        return null;
    }
}
