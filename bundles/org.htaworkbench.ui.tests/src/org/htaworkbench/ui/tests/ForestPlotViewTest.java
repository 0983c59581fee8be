package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.ui.internal.WorkbenchSession;
import org.htaworkbench.ui.internal.ForestPlotView;
import org.junit.jupiter.api.Test;

/**
 * The forest plot of the shipped example analysis (moderate or severe bleeding, Møller 2024 + Thiele 2024, RR,
 * REML) equals the engine's fit of the printed counts, and follows an edited count through undo and redo.
 */
class ForestPlotViewTest {

    private static ForestPlotSpec settledSpec(ForestPlotView view) throws InterruptedException {
        Thread.sleep(400);
        view.getRecomputeJob().join();
        while (Display.getCurrent().readAndDispatch()) {
            // let the view show the new spec
        }
        return (ForestPlotSpec) view.getSpec();
    }

    private static RmaResult engine(double mollerPumpEvents) {
        return MetaAnalysis.fit(EffectSizes.twoByTwoFromTotals(Measure.RR, new double[] { mollerPumpEvents, 143 },
                new double[] { 179, 506 }, new double[] { 21, 67 }, new double[] { 176, 503 }, null, null),
                ModelOptions.of(Method.REML));
    }

    @Test
    void forestPlotEqualsTheEngineAndFollowsAnEditedCount() throws Exception {
        ForestPlotView view = (ForestPlotView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(ForestPlotView.ID);
        ForestPlotSpec spec = settledSpec(view);
        assertNotNull(spec, "the example analysis is plotted; problem: " + view.getProblem());
        assertEquals(2, spec.studyRows().size());
        RmaResult expected = engine(39);
        var random = spec.row("random").orElseThrow();
        assertEquals(Math.exp(expected.estimate()), random.estimate(), 1e-9, "pooled RR");
        assertEquals(39.0 / 179 / (21.0 / 176), spec.studyRows().get(0).estimate(), 1e-9, "Møller 2024 crude RR");

        EvidenceBase base = WorkbenchSession.get().evidenceBase().orElseThrow();
        ArmCountResult pump = (ArmCountResult) base.eResource().getEObject("moller2024-bleeding-pump");
        EditingDomain domain = WorkbenchSession.get().editingDomain();
        CompoundCommand edit = new CompoundCommand("Edit events");
        edit.append(SetCommand.create(domain, pump.getEvents(), EvidencePackage.Literals.REPORTED_VALUE__VALUE, 45.0));
        edit.append(SetCommand.create(domain, pump.getEvents(), EvidencePackage.Literals.REPORTED_VALUE__TEXT, "45"));
        domain.getCommandStack().execute(edit);
        ForestPlotSpec edited = settledSpec(view);
        assertEquals(45.0 / 179 / (21.0 / 176), edited.studyRows().get(0).estimate(), 1e-9, "edited count drives the row");
        assertEquals(Math.exp(engine(45).estimate()), edited.row("random").orElseThrow().estimate(), 1e-9);

        domain.getCommandStack().undo();
        assertEquals(Math.exp(expected.estimate()), settledSpec(view).row("random").orElseThrow().estimate(), 1e-9, "undo");
        domain.getCommandStack().redo();
        assertEquals(Math.exp(engine(45).estimate()), settledSpec(view).row("random").orElseThrow().estimate(), 1e-9, "redo");
        domain.getCommandStack().undo();
    }
}
