package org.htaworkbench.importers.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.store.EvidenceImport;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.session.EvidenceSession;

/**
 * Imports search exports into the open evidence base: the files are read (with progress and Cancel) as soon as they
 * are chosen, so the page shows format, encoding, counts, a preview and every warning before anything changes; Finish
 * stores the records (with progress and Cancel; a cancelled import changes nothing) and then adds the exports in one
 * command on the session's command stack, so Edit &gt; Undo takes the whole import back.
 */
public class ImportWizard extends Wizard {

    private final EvidenceSession session;
    private final ImportFormats formats;
    private ImportFilesPage page;

    public ImportWizard(EvidenceSession session, ImportFormats formats) {
        this.session = session;
        this.formats = formats;
        setWindowTitle("Import Search Exports");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new ImportFilesPage(session, formats);
        addPage(page);
    }

    /** The page, for tests. */
    public ImportFilesPage filesPage() {
        return page;
    }

    @Override
    public boolean performFinish() {
        EvidenceBase base = session.evidenceBase().orElse(null);
        List<ImportFilesPage.Row> rows = page.readableRows();
        if (base == null || rows.isEmpty()) {
            return false;
        }
        RecordStore store = RecordStore.at(session.recordFolder());
        EvidenceImport evidence = new EvidenceImport(base, store, System.getProperty("user.name"));
        List<String> segments = new ArrayList<>();
        List<EvidenceImport.FileFacts> facts = new ArrayList<>();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor sub = SubMonitor.convert(monitor, "Storing the records", rows.size());
                for (ImportFilesPage.Row row : rows) {
                    if (sub.isCanceled()) {
                        throw new InterruptedException();
                    }
                    sub.subTask(row.path().getFileName().toString());
                    try {
                        facts.add(EvidenceImport.FileFacts.of(row.path()));
                        segments.add(evidence.storeRecords(row.result()));
                    } catch (IOException e) {
                        throw new InvocationTargetException(e);
                    }
                    sub.worked(1);
                }
            });
        } catch (InterruptedException e) {
            return false; // nothing was added to the evidence base; stored segments no export names are ignored
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "Import failed",
                    "The records could not be stored in " + store.folder() + ": " + e.getCause().getMessage()
                            + "\nThe evidence base is unchanged.");
            return false;
        }
        ChangeCommand command = new ChangeCommand(base) {
            @Override
            protected void doExecute() {
                for (int i = 0; i < rows.size(); i++) {
                    ImportFilesPage.Row row = rows.get(i);
                    evidence.apply(row.result(), facts.get(i), row.runName(), segments.get(i));
                }
            }
        };
        command.setLabel("Import " + rows.size() + (rows.size() == 1 ? " file" : " files"));
        session.editingDomain().getCommandStack().execute(command);
        return true;
    }
}
