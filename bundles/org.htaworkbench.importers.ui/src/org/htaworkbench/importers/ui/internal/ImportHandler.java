package org.htaworkbench.importers.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.session.EvidenceSession;

/** File &gt; Import...: the import wizard on the open evidence base. */
public class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        EvidenceSession session = Sessions.current().orElse(null);
        if (session == null || session.evidenceBase().isEmpty()) {
            MessageDialog.openInformation(shell, "Import", "Open or create an evidence base first (File > New Evidence Base).");
            return null;
        }
        WizardDialog dialog = new WizardDialog(shell, new ImportWizard(session, ImportFormats.fromPlatform()));
        dialog.setPageSize(900, 480);
        dialog.open();
        return null;
    }
}
