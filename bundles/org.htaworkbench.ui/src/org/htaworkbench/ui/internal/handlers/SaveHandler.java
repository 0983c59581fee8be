package org.htaworkbench.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.htaworkbench.ui.internal.WorkbenchSession;

/**
 * File > Save: writes the open evidence base to its file, crash-safely; a contributed evidence base that was
 * never saved asks for a file first (Save As), so the embedded default is never overwritten.
 */
public class SaveHandler extends CommandStackHandler {

    @Override
    boolean computeEnabled() {
        return WorkbenchSession.get().isDirty();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        save(HandlerUtil.getActiveShell(event));
        return null;
    }

    /** Saves; returns false when the user cancelled or saving failed (the error was shown). */
    public static boolean save(Shell shell) {
        Optional<Path> file = WorkbenchSession.get().file();
        return file.isPresent() ? SaveAsHandler.saveTo(shell, file.get()) : SaveAsHandler.saveAs(shell);
    }
}
