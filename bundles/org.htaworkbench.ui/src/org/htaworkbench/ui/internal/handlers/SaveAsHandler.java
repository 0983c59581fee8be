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
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.ui.internal.WorkbenchSession;

/** File > Save As: asks for a .htaevidence file and saves there. */
public class SaveAsHandler extends AbstractHandler {

    static final String[] FILTER_EXTENSIONS = { "*." + EvidenceResources.FILE_EXTENSION, "*" };
    static final String[] FILTER_NAMES = { "HTA Workbench evidence base (*." + EvidenceResources.FILE_EXTENSION + ")", "All files" };

    @Override
    public boolean isEnabled() {
        return WorkbenchSession.get().evidenceBase().isPresent();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        saveAs(HandlerUtil.getActiveShell(event));
        return null;
    }

    /** Asks for a file and saves there; returns false when the user cancelled or saving failed (the error was shown). */
    public static boolean saveAs(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Evidence Base As");
        dialog.setFilterExtensions(FILTER_EXTENSIONS);
        dialog.setFilterNames(FILTER_NAMES);
        dialog.setOverwrite(true);
        dialog.setFileName("evidence." + EvidenceResources.FILE_EXTENSION);
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        Path target = Path.of(chosen);
        if (!target.getFileName().toString().contains(".")) {
            target = target.resolveSibling(target.getFileName() + "." + EvidenceResources.FILE_EXTENSION);
        }
        return saveTo(shell, target);
    }

    static boolean saveTo(Shell shell, Path target) {
        try {
            WorkbenchSession.get().saveAs(target);
            return true;
        } catch (EvidenceResourceException e) {
            MessageDialog.openError(shell, "Evidence base not saved",
                    e.getMessage() + "\n\nThe previous file, if any, is unchanged; your edits are still open.");
            return false;
        }
    }
}
