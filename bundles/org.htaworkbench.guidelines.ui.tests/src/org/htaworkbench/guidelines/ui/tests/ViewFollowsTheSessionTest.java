package org.htaworkbench.guidelines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.htaworkbench.guidelines.ui.internal.GuidelineComparisonView;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.session.EvidenceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The comparison view shows the evidence base open in the workbench's session (the OSGi service), recomputes on an
 * edit and on its undo, and follows another evidence base opened as File &gt; Open opens it.
 */
class ViewFollowsTheSessionTest {

    private static EvidenceSession session() {
        BundleContext context = FrameworkUtil.getBundle(ViewFollowsTheSessionTest.class).getBundleContext();
        ServiceReference<EvidenceSession> reference = context.getServiceReference(EvidenceSession.class);
        assertNotNull(reference, "the workbench registers no " + EvidenceSession.class.getName() + " service");
        return context.getService(reference);
    }

    @Test
    void anEditAndItsUndoRecomputeTheComparison() throws Exception {
        EvidenceSession session = session();
        GuidelineComparisonView view = ViewSupport.view();
        EvidenceBase base = session.evidenceBase().orElseThrow();
        String original = base.getTitle();
        assertEquals(original, view.getComparison().evidenceBaseTitle());

        Command edit = SetCommand.create(session.editingDomain(), base, EvidencePackage.Literals.EVIDENCE_BASE__TITLE,
                "Impella, edited in the session");
        session.editingDomain().getCommandStack().execute(edit);
        waitFor(() -> "Impella, edited in the session".equals(view.getComparison().evidenceBaseTitle()),
                "the view did not recompute after the edit: " + view.getComparison().evidenceBaseTitle());

        session.editingDomain().getCommandStack().undo();
        waitFor(() -> original.equals(view.getComparison().evidenceBaseTitle()),
                "the view did not recompute after the undo: " + view.getComparison().evidenceBaseTitle());
    }

    @Test
    void openingAnotherEvidenceBaseShowsItsComparison(@TempDir Path dir) throws Exception {
        EvidenceSession session = session();
        GuidelineComparisonView view = ViewSupport.view();
        EvidenceBase base = session.evidenceBase().orElseThrow();
        String original = base.getTitle();
        int positions = view.getComparison().positions().size();

        EvidenceBase other = EcoreUtil.copy(base);
        other.setTitle("Another evidence base");
        Path otherFile = dir.resolve("other.htaevidence");
        EvidenceResources.save(other, otherFile);
        EvidenceBase restored = EcoreUtil.copy(base);
        Path restoredFile = dir.resolve("restored.htaevidence");
        EvidenceResources.save(restored, restoredFile);
        try {
            session.open(otherFile);
            ViewSupport.settle();
            assertEquals("Another evidence base", view.getComparison().evidenceBaseTitle());
            assertEquals(otherFile.getFileName().toString(), session.sourceName());
            assertEquals(otherFile.getFileName().toString(), view.getComparison().source());
            assertEquals(positions, view.getComparison().positions().size());
        } finally {
            session.open(restoredFile);
            ViewSupport.settle();
        }
        assertEquals(original, view.getComparison().evidenceBaseTitle());
        assertEquals(positions, view.getComparison().positions().size());
    }

    private static void waitFor(BooleanSupplier condition, String failure) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop below
                });
                display.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), failure);
    }
}
