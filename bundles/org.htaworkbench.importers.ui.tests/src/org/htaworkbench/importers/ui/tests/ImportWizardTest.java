package org.htaworkbench.importers.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.ui.internal.ImportFilesPage;
import org.htaworkbench.importers.ui.internal.ImportWizard;
import org.htaworkbench.importers.ui.internal.RecordsView;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.session.EvidenceSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Import on the running workbench: a MEDLINE .nbib, an Embase RIS, a Cochrane CENTRAL export and a
 * ClinicalTrials.gov page go into a new evidence base through the wizard, as one undoable command; the Records view
 * lists them; an unreadable file is named and left out.
 */
class ImportWizardTest {

    @TempDir
    Path dir;
    private WizardDialog dialog;

    private static EvidenceSession session() {
        BundleContext context = FrameworkUtil.getBundle(ImportWizardTest.class).getBundleContext();
        return context.getService(context.getServiceReference(EvidenceSession.class));
    }

    private Path fixture(String name) throws IOException {
        Path p = dir.resolve(Path.of(name).getFileName());
        Files.write(p, Fixtures.bytes(name));
        return p;
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
    }

    @Test
    void fourExportsAreImportedAsOneUndoableCommandAndListedInTheRecordsView() throws Exception {
        EvidenceSession session = session();
        Path file = dir.resolve("new-topic.htaevidence");
        EvidenceResources.save(EvidenceResources.createEmpty("New topic"), file);
        session.open(file);
        EvidenceBase base = session.evidenceBase().orElseThrow();
        assertNull(base.getEvidenceProcess());

        ImportWizard wizard = new ImportWizard(session, ImportFormats.fromPlatform());
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        ImportFilesPage page = wizard.filesPage();
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Dear colleague,\nthe searches are attached.\n");
        page.addFiles(List.of(fixture("medline/pubmed-export.nbib"), fixture("ris/embase-export.ris"),
                fixture("ris/cochrane-central-export.ris"), fixture("ctgov/ctgov-search-page.json"), letter));

        assertEquals(5, page.rows().size());
        assertEquals(4, page.readableRows().size());
        assertNotNull(page.getErrorMessage(), "the unreadable file is named");
        assertTrue(page.getErrorMessage().startsWith("1 file is not readable"), page.getErrorMessage());
        page.readableRows().get(0).setRunName("MEDLINE");
        page.readableRows().get(1).setRunName("Embase");
        page.readableRows().get(2).setRunName("CENTRAL");
        page.readableRows().get(3).setRunName("ClinicalTrials.gov");
        assertTrue(wizard.performFinish());

        List<DatabaseSearch> runs = base.getEvidenceProcess().getDatabaseSearches();
        assertEquals(List.of("MEDLINE", "Embase", "CENTRAL", "ClinicalTrials.gov"), runs.stream().map(DatabaseSearch::getDatabase).toList());
        SearchExport medline = runs.get(0).getExports().get(0);
        assertEquals("pubmed-export.nbib", medline.getFileName());
        RecordStore store = RecordStore.at(session.recordFolder());
        assertEquals(medline.getRecordsRead(), store.records(medline).size());
        assertEquals(3, base.getOngoingTrials().size());
        assertTrue(session.isDirty());

        RecordsView view = (RecordsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(RecordsView.ID);
        int expected = runs.stream().flatMap(r -> r.getExports().stream())
                .mapToInt(e -> e.getRecordsRead() + e.getTrialsRead()).sum();
        waitFor(() -> view.shownRows().size() == expected, expected + " rows in the Records view");
        view.setFilter("embase-export");
        assertEquals(runs.get(1).getExports().get(0).getRecordsRead(), view.shownRows().size());
        view.setFilter("");

        session.editingDomain().getCommandStack().undo();
        // the new base had no search log: the import started one, and undo takes the whole import back
        assertNull(base.getEvidenceProcess(), "undo takes the whole import back");
        assertTrue(base.getOngoingTrials().isEmpty());
        waitFor(() -> view.shownRows().isEmpty(), "the Records view to empty after undo");
        session.editingDomain().getCommandStack().redo();
        assertEquals(4, base.getEvidenceProcess().getDatabaseSearches().size());
        waitFor(() -> view.shownRows().size() == expected, "the records back after redo");
    }
}
