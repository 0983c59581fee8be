package org.htaworkbench.ui.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.htaworkbench.ui.internal.WorkbenchSession;

/** The "Save changes?" question asked before the open evidence base is closed or replaced. */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** True when it is fine to go on: nothing unsaved, saved now, or the user chose to discard. */
    public static boolean resolve(Shell shell) {
        if (!WorkbenchSession.get().isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                "The evidence base has unsaved changes. Save them first?", MessageDialog.QUESTION,
                new String[] { "Save", "Don't Save", "Cancel" }, 0);
        return switch (dialog.open()) {
            case 0 -> SaveHandler.save(shell);
            case 1 -> true;
            default -> false;
        };
    }
}
