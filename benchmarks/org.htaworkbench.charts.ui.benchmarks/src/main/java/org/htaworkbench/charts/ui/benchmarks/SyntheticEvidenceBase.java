package org.htaworkbench.charts.ui.benchmarks;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.htaworkbench.analysis.internal.PairwiseCountsAnalysis;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.values.Reported;

/**
 * The {@link SyntheticStudies} as the workbench holds them: an EMF evidence base with one outcome, k studies with an
 * intervention and a comparator arm and an {@link ArmCountResult} per arm, and one analysis definition of type
 * pairwise with every setting at its model default (REML, z test, default prediction interval, 95 %, add 0.5 to
 * zero cells; the measure empty, i.e. the type's default RR). This is what {@code ForestPlotView} plots. An
 * {@link EContentAdapter} on the base stands in for the view's {@code EvidenceBaseObserver}.
 */
final class SyntheticEvidenceBase {

    private static final EvidenceFactory F = EvidenceFactory.eINSTANCE;

    final EvidenceBase base;
    final AnalysisDefinition definition;
    private final ArmCountResult[] experimental;
    private final SyntheticStudies studies;
    /** Real (non-touch) change notifications seen by the observer. */
    int notifications;

    SyntheticEvidenceBase(SyntheticStudies s) {
        this.studies = s;
        base = F.createEvidenceBase();
        base.setId("benchmark");
        base.setTitle("Synthetic evidence base, k = " + s.k);
        OutcomeDefinition outcome = F.createOutcomeDefinition();
        outcome.setId("out-death");
        outcome.setName("All-cause mortality");
        base.getOutcomes().add(outcome);
        experimental = new ArmCountResult[s.k];
        for (int i = 0; i < s.k; i++) {
            Study st = F.createStudy();
            st.setId("s" + i);
            st.setLabel(s.labels[i]);
            base.getStudies().add(st);
            Arm t = arm(st, "s" + i + "-t", ArmKind.INTERVENTION);
            Arm c = arm(st, "s" + i + "-c", ArmKind.COMPARATOR);
            experimental[i] = count(st, "s" + i + "-death-t", t, outcome, s.ai[i], s.n1i[i]);
            count(st, "s" + i + "-death-c", c, outcome, s.ci[i], s.n2i[i]);
        }
        definition = F.createAnalysisDefinition();
        definition.setId("a-death");
        definition.setName("All-cause mortality (synthetic, k = " + s.k + ")");
        definition.setAnalysisType(PairwiseCountsAnalysis.ID);
        definition.setOutcome(outcome);
        base.getAnalyses().add(definition);
        base.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                if (!n.isTouch()) {
                    notifications++;
                }
            }
        });
    }

    /**
     * The edit: the experimental arm's event count of one study changes by one, as typed into the editor (a new
     * reported value replaces the old one).
     */
    void edit(int iteration) {
        int study = studies.editedStudy(iteration);
        int v = studies.edit(study, iteration);
        experimental[study].setEvents(Reported.of(Integer.toString(v)));
    }

    private static Arm arm(Study st, String id, ArmKind kind) {
        Arm a = F.createArm();
        a.setId(id);
        a.setKind(kind);
        a.setLabel(kind.getLiteral());
        st.getArms().add(a);
        return a;
    }

    private static ArmCountResult count(Study st, String id, Arm arm, OutcomeDefinition outcome, int events,
            int total) {
        ArmCountResult r = F.createArmCountResult();
        r.setId(id);
        r.setArm(arm);
        r.setOutcome(outcome);
        r.setEvents(Reported.of(Integer.toString(events)));
        r.setTotal(Reported.of(Integer.toString(total)));
        st.getResults().add(r);
        return r;
    }
}
