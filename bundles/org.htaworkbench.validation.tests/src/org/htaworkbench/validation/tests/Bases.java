package org.htaworkbench.validation.tests;

import java.util.List;

import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.model.values.Reported;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;

/** Small evidence bases built programmatically (like the model tests' SampleEvidence). */
final class Bases {

    static final EvidenceFactory F = EvidenceFactory.eINSTANCE;

    private Bases() {
    }

    /** A base with one two-arm RCT "Møller J, 2024" (179 vs 176) and one outcome. */
    static Trial trial() {
        EvidenceBase base = F.createEvidenceBase();
        base.setId("test");
        base.setAssessment(F.createAssessment()); // required by the model (EMF multiplicity constraint)
        OutcomeDefinition outcome = F.createOutcomeDefinition();
        outcome.setId("limb");
        outcome.setName("Limb ischaemia");
        base.getOutcomes().add(outcome);
        Study s = F.createStudy();
        s.setId("moller2024");
        s.setLabel("Møller J, 2024");
        s.setFirstAuthor("Møller J");
        s.setYear(2024);
        s.setDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        s.setRole(StudyRole.KEY_EVIDENCE);
        s.setN(Reported.of("355"));
        base.getStudies().add(s);
        Arm pump = arm(s, "moller2024-pump", "Microaxial flow pump group", ArmKind.INTERVENTION, "179");
        Arm standard = arm(s, "moller2024-standard", "Standard care group", ArmKind.COMPARATOR, "176");
        return new Trial(base, s, outcome, pump, standard);
    }

    record Trial(EvidenceBase base, Study study, OutcomeDefinition outcome, Arm experimental, Arm comparator) {

        ArmCountResult counts(Arm arm, String events, String total, String percent) {
            ArmCountResult r = F.createArmCountResult();
            r.setId(arm.getId() + "-" + outcome.getId() + "-" + study.getResults().size());
            r.setOutcome(outcome);
            r.setArm(arm);
            if (events != null) {
                r.setEvents(Reported.of(events));
            }
            r.setTotal(Reported.of(total));
            if (percent != null) {
                r.setPercent(Reported.of(percent + "%"));
            }
            study.getResults().add(r);
            return r;
        }

        ArmCountResult percentOnly(Arm arm, String percent) {
            ArmCountResult r = F.createArmCountResult();
            r.setId(arm.getId() + "-" + outcome.getId() + "-" + study.getResults().size());
            r.setOutcome(outcome);
            r.setArm(arm);
            r.setPercent(Reported.of(percent + "%"));
            study.getResults().add(r);
            return r;
        }

        EffectEstimateResult effect(EffectMeasure m, String label, String est, String lo, String hi, String p) {
            EffectEstimateResult e = F.createEffectEstimateResult();
            e.setId("effect-" + study.getResults().size());
            e.setOutcome(outcome);
            e.setMeasure(m);
            e.setMeasureText(label);
            e.setExperimentalArm(experimental);
            e.setComparatorArm(comparator);
            e.setEstimate(Reported.of(est));
            if (lo != null) {
                e.setInterval(Reported.ci(lo, hi));
            }
            if (p != null) {
                e.setPValue(Reported.of(p));
            }
            study.getResults().add(e);
            return e;
        }

        /** The standard limb ischaemia counts of the seed: 10/179 vs 2/176. */
        Trial limbCounts() {
            counts(experimental, "10", "179", "5.6");
            counts(comparator, "2", "176", "1.1");
            return this;
        }

        List<Finding> findings() {
            return ConsistencyChecker.check(base);
        }
    }

    static Arm arm(Study s, String id, String label, ArmKind kind, String n) {
        Arm a = F.createArm();
        a.setId(id);
        a.setLabel(label);
        a.setKind(kind);
        if (n != null) {
            a.setN(Reported.of(n));
        }
        s.getArms().add(a);
        return a;
    }

    static Study study(EvidenceBase base, String id, String author, int year, StudyDesign design) {
        Study s = F.createStudy();
        s.setId(id);
        s.setFirstAuthor(author);
        s.setYear(year);
        s.setDesign(design);
        s.setRole(StudyRole.KEY_EVIDENCE);
        base.getStudies().add(s);
        return s;
    }

    static List<Finding> of(List<Finding> all, CheckId check) {
        return all.stream().filter(f -> f.check() == check).toList();
    }

    static List<Finding> of(List<Finding> all, CheckId check, Severity severity) {
        return all.stream().filter(f -> f.check() == check && f.severity() == severity).toList();
    }
}
