package org.htaworkbench.guidelines.tests;

import org.htaworkbench.model.AssessmentKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.ExistingAssessment;
import org.htaworkbench.model.GuidanceKind;
import org.htaworkbench.model.GuidelinePosition;
import org.htaworkbench.model.RelatedGuidance;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.StudyRole;

/** A small evidence base built from values printed in the seed (existing assessments, related guidance, 4 key studies). */
final class SampleEvidence {

    static final EvidenceFactory F = EvidenceFactory.eINSTANCE;

    static final String ESC_STATEMENT = "Short-term MCS should be considered in patients with cardiogenic shock as a BTR, BTD, BTB. "
            + "Further indications include treatment of the cause of cardiogenic shock or long-term MCS or transplantation.";
    static final String MSAC_STATEMENT = "'MSAC noted that the clinical evidence for IMPELLA and ECPELLA was of high risk of bias, which "
            + "created uncertainty in the conclusions made on this evidence. ... the low certainty evidence indicated that IMPELLA and "
            + "ECPELLA provided a small but important reduction in mortality in the short-term (i.e. 30 days) ...'";
    static final String RCT_LEVEL = "moderate quality of evidence from 1 or more RCTs, meta-analysis of moderate quality RCTs.";

    private SampleEvidence() {
    }

    /** With id {@code impella-cardiogenic-shock}, so the contributed question data apply. */
    static EvidenceBase create() {
        EvidenceBase base = F.createEvidenceBase();
        base.setId("impella-cardiogenic-shock");
        base.setTitle("Sample: microaxial flow pumps for cardiogenic shock");
        base.getStudies().add(study("moller2024", "Møller J", 2024, StudyDesign.RANDOMISED_CONTROLLED_TRIAL, "DanGer Shock", 1));
        base.getStudies().add(study("thiele2024", "Thiele H", 2024, StudyDesign.IPD_META_ANALYSIS, null, 2));
        base.getStudies().add(study("sassani2025", "Sassani K", 2025, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS, null, 3));
        base.getStudies().add(study("panuccio2022", "Panuccio G", 2022, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS, null, 7));
        Study other = study("schrage2019", "Schrage B", 2019, StudyDesign.COHORT, null, null);
        other.setRole(StudyRole.OTHER_RELEVANT);
        base.getStudies().add(other);

        ExistingAssessment esc = assessment("European Society of Cardiology",
                "2021 guidelines for the diagnosis and treatment of acute and chronic heart failure", 2021, null, AssessmentKind.CLINICAL_GUIDELINE);
        esc.getPositions().add(position(ESC_STATEMENT, "2a",
                "Conflicting evidence or divergence of opinion; weight of evidence or opinion is in favour of usefulness or efficacy", "C",
                "Consensus of opinion of the experts or small studies, retrospective studies, registries"));
        base.getExistingAssessments().add(esc);

        ExistingAssessment msac = assessment("Australian Government's Medical Services Advisory Committee (MSAC)",
                "transluminal insertion, management and removal of an intravascular microaxial blood pump (Impella)", 2024, "April 2024",
                AssessmentKind.HTA);
        msac.getPositions().add(position(MSAC_STATEMENT, null, null, null, null));
        base.getExistingAssessments().add(msac);

        ExistingAssessment acc = assessment("American College of Cardiology Foundation and the American Heart Association, Inc.",
                "2025 ACC/AHA/ACEP/NAEMSP/SCAI Guideline for the Management of Patients With Acute Coronary Syndromes", 2025, null,
                AssessmentKind.CLINICAL_GUIDELINE);
        acc.getPositions().add(position("In selected patients with STEMI and severe or refractory cardiogenic shock, insertion of a "
                + "microaxial intravascular flow pump is reasonable to avoid death.", "moderate", null, RCT_LEVEL, null));
        acc.getPositions().add(position("In patients with mechanical complication of ACS, short-term MCS devices are reasonable for "
                + "hemodynamic stabilization as a bridge to surgery.", "moderate", null,
                "moderate quality of evidence from 1 or more well designed, well executed nonrandomized studies, observational studies or "
                        + "registry studies, or meta-analyses of such studies.", null));
        acc.getPositions().add(position("In patients with AMI and cardiogenic shock, the routine use of IABP or VA-ECMO is not "
                + "recommended due to a lack of survival benefit.", "No benefit (moderate)", null, RCT_LEVEL, null));
        base.getExistingAssessments().add(acc);

        base.getRelatedGuidance().add(guidance("IPG482", "Extracorporeal membrane oxygenation (ECMO) for acute heart failure in adults",
                GuidanceKind.INTERVENTIONAL_PROCEDURE, 2014, "special arrangements", "guidance update is in progress"));
        base.getRelatedGuidance().add(guidance("IPG633", "Percutaneous insertion of a temporary heart pump for left ventricular "
                + "haemodynamic support in high-risk percutaneous coronary interventions", GuidanceKind.INTERVENTIONAL_PROCEDURE, 2018,
                "special arrangements", null));
        base.getRelatedGuidance().add(guidance("CG187", "Acute heart failure: diagnosis and management", GuidanceKind.NICE_GUIDELINE, 2014,
                "Recommendation 1.7", "Last updated 17 November 2021"));
        return base;
    }

    static Study study(String id, String author, int year, StudyDesign design, String trial, Integer number) {
        Study s = F.createStudy();
        s.setId(id);
        s.setFirstAuthor(author);
        s.setLabel(author + ", " + year);
        s.setYear(year);
        s.setDesign(design);
        s.setTrialOrRegistryName(trial);
        s.setRole(StudyRole.KEY_EVIDENCE);
        s.setStudyNumber(number);
        return s;
    }

    static ExistingAssessment assessment(String body, String document, int year, String date, AssessmentKind kind) {
        ExistingAssessment a = F.createExistingAssessment();
        a.setBody(body);
        a.setDocument(document);
        a.setYear(year);
        a.setDate(date);
        a.setKind(kind);
        return a;
    }

    static GuidelinePosition position(String statement, String cls, String clsDescription, String level, String levelDescription) {
        GuidelinePosition p = F.createGuidelinePosition();
        p.setStatement(statement);
        p.setRecommendationClass(cls);
        p.setClassDescription(clsDescription);
        p.setLevelOfEvidence(level);
        p.setLevelDescription(levelDescription);
        return p;
    }

    static RelatedGuidance guidance(String id, String title, GuidanceKind kind, int year, String recommendation, String status) {
        RelatedGuidance g = F.createRelatedGuidance();
        g.setIdentifier(id);
        g.setTitle(title);
        g.setKind(kind);
        g.setYear(year);
        g.setRecommendation(recommendation);
        g.setStatus(status);
        g.setText("(" + year + ") NICE guidance " + id + " (Recommendation: " + recommendation + ")");
        return g;
    }
}
