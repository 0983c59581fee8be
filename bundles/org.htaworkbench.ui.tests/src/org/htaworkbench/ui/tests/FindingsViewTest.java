package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.FindingsView;
import org.htaworkbench.validation.Finding;
import org.junit.jupiter.api.Test;

/** The Findings view follows edits made through the editing domain, including undo and redo. */
class FindingsViewTest {

    private static FindingsView view() throws Exception {
        FindingsView view = (FindingsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(FindingsView.ID);
        assertNotNull(view);
        return view;
    }

    private static List<Finding> settledFindings(FindingsView view) throws InterruptedException {
        // the view reschedules its job after a short debounce; wait for it, then let the UI catch up
        Thread.sleep(500);
        view.getCheckJob().join();
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // process the asyncExec that shows the findings
        }
        return view.getFindings();
    }

    /** Møller 2024 death from any cause at 180 days, pump arm: 82/179, printed 45.8%. */
    private static ArmCountResult mollerDeathPumpArm(EvidenceBase base) {
        for (var it = base.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ArmCountResult r && r.getEvents() != null && r.getTotal() != null
                    && "82".equals(r.getEvents().getText()) && "179".equals(r.getTotal().getText())
                    && r.getPercent() != null && "45.8".equals(r.getPercent().getText())) {
                return r;
            }
        }
        throw new AssertionError("Møller 2024 82/179 (45.8%) not found in the default evidence base");
    }

    private static long findingsOn(List<Finding> findings, ArmCountResult result) {
        return findings.stream().filter(f -> f.element() == result || (f.element() != null
                && org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(result, f.element()))).count();
    }

    @Test
    void editingAPercentageRaisesAFindingAndUndoClearsIt() throws Exception {
        FindingsView view = view();
        EvidenceBase base = WorkbenchSession.get().evidenceBase().orElseThrow();
        EditingDomain domain = WorkbenchSession.get().editingDomain();
        ArmCountResult arm = mollerDeathPumpArm(base);
        List<Finding> before = settledFindings(view);
        assertTrue(before.size() > 0, "the seed has known findings");
        assertEquals(0, findingsOn(before, arm), "82/179 = 45.8% is consistent");

        ReportedValue percent = arm.getPercent();
        CompoundCommand edit = new CompoundCommand("Change printed percentage");
        edit.append(SetCommand.create(domain, percent, EvidencePackage.Literals.REPORTED_VALUE__TEXT, "49.8"));
        edit.append(SetCommand.create(domain, percent, EvidencePackage.Literals.REPORTED_VALUE__VALUE, 49.8));
        domain.getCommandStack().execute(edit);
        List<Finding> after = settledFindings(view);
        assertEquals(1, findingsOn(after, arm), "49.8% is not 82/179: " + after);

        domain.getCommandStack().undo();
        assertEquals("45.8", percent.getText());
        assertEquals(0, findingsOn(settledFindings(view), arm), "undo restores the consistent value");

        domain.getCommandStack().redo();
        assertEquals("49.8", percent.getText());
        assertEquals(1, findingsOn(settledFindings(view), arm), "redo brings the finding back");
        domain.getCommandStack().undo();
    }
}
