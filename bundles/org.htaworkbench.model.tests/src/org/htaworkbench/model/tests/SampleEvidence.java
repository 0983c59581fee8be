package org.htaworkbench.model.tests;

import org.htaworkbench.model.AnalysisPopulation;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.Assessment;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.DeviceModel;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.EvidenceProcess;
import org.htaworkbench.model.ExistingAssessment;
import org.htaworkbench.model.GuidelinePosition;
import org.htaworkbench.model.InterventionType;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.OutcomeKind;
import org.htaworkbench.model.SearchLine;
import org.htaworkbench.model.SearchStrategy;
import org.htaworkbench.model.SourceLocation;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.model.SurvivalMeasure;
import org.htaworkbench.model.ValidityNote;
import org.htaworkbench.model.values.Reported;

/** A small evidence base built programmatically from values printed in the seed document. */
final class SampleEvidence {

    static final EvidenceFactory F = EvidenceFactory.eINSTANCE;

    private SampleEvidence() {
    }

    static EvidenceBase create() {
        EvidenceBase base = F.createEvidenceBase();
        base.setId("sample");
        base.setTitle("Sample evidence base");
        Assessment a = F.createAssessment();
        a.setTitle("Percutaneous insertion of a catheter-based intravascular microaxial flow pump for cardiogenic shock");
        a.setIndication("cardiogenic shock");
        base.setAssessment(a);

        OutcomeCategory mortality = F.createOutcomeCategory();
        mortality.setId("cat-6-month-mortality");
        mortality.setName("6-month mortality");
        mortality.setKind(OutcomeKind.EFFICACY);
        mortality.setReportedStudyCount(Reported.of("2"));
        base.getOutcomeCategories().add(mortality);

        OutcomeDefinition death180 = F.createOutcomeDefinition();
        death180.setId("moller2024-death-180d");
        death180.setName("Death from any cause at 180 days (primary endpoint); intention-to-treat population");
        death180.setKind(OutcomeKind.EFFICACY);
        death180.setCategory(mortality);
        death180.setTimePoint("180 days");
        death180.setPrimary(true);
        base.getOutcomes().add(death180);

        Study moller = F.createStudy();
        moller.setId("moller2024");
        moller.setLabel("Møller J, 2024");
        moller.setFirstAuthor("Møller J");
        moller.setYear(2024);
        moller.getCountries().add("Denmark");
        moller.getCountries().add("Germany");
        moller.getCountries().add("UK");
        moller.setDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        moller.setRole(StudyRole.KEY_EVIDENCE);
        moller.setStudyNumber(1);
        moller.setTrialOrRegistryName("DanGer Shock");
        moller.setN(Reported.of("355"));
        moller.getDeviceModels().add(DeviceModel.IMPELLA_CP);
        moller.getDeviceModels().add(DeviceModel.IMPELLA_50);
        base.getStudies().add(moller);

        Arm pump = F.createArm();
        pump.setId("moller2024-pump");
        pump.setLabel("Microaxial flow pump group");
        pump.setKind(ArmKind.INTERVENTION);
        pump.getInterventions().add(InterventionType.MICROAXIAL_FLOW_PUMP);
        pump.getDeviceModels().add(DeviceModel.IMPELLA_CP);
        pump.setN(Reported.of("179"));
        Arm standard = F.createArm();
        standard.setId("moller2024-standard");
        standard.setLabel("Standard care group");
        standard.setKind(ArmKind.COMPARATOR);
        standard.getInterventions().add(InterventionType.STANDARD_CARE);
        standard.setN(Reported.of("176"));
        moller.getArms().add(pump);
        moller.getArms().add(standard);

        ArmCountResult pumpDeaths = F.createArmCountResult();
        pumpDeaths.setId("moller2024-death-180d-pump");
        pumpDeaths.setOutcome(death180);
        pumpDeaths.setArm(pump);
        pumpDeaths.setEvents(Reported.of("82"));
        pumpDeaths.setTotal(Reported.of("179"));
        pumpDeaths.setPercent(Reported.of("45.8%"));
        pumpDeaths.setSource(SourceLocation.TABLE_3);
        pumpDeaths.setText("Microaxial flow pump group=45.8% (82/179)");
        moller.getResults().add(pumpDeaths);

        ArmCountResult restated = F.createArmCountResult();
        restated.setId("moller2024-death-180d-pump-summary");
        restated.setOutcome(death180);
        restated.setArm(pump);
        restated.setEvents(Reported.of("82"));
        restated.setTotal(Reported.of("179"));
        restated.setPercent(Reported.of("46%"));
        restated.setSource(SourceLocation.EFFICACY_SUMMARY);
        restated.setRestates(pumpDeaths);
        moller.getResults().add(restated);

        EffectEstimateResult hr = F.createEffectEstimateResult();
        hr.setId("moller2024-death-180d-hr");
        hr.setOutcome(death180);
        hr.setMeasure(EffectMeasure.HR);
        hr.setMeasureText("HR");
        hr.setAnalysisPopulation(AnalysisPopulation.INTENTION_TO_TREAT);
        hr.setExperimentalArm(pump);
        hr.setComparatorArm(standard);
        hr.setEstimate(Reported.of("0.74"));
        hr.setInterval(Reported.ci("0.55", "0.99", "95% CI 0.55 to 0.99"));
        hr.setPValue(Reported.of("0.04"));
        hr.setSource(SourceLocation.TABLE_3);
        moller.getResults().add(hr);

        Study padberg = F.createStudy();
        padberg.setId("padberg2024");
        padberg.setLabel("Padberg J-S, 2024");
        padberg.setDesign(StudyDesign.REGISTRY);
        padberg.setRole(StudyRole.KEY_EVIDENCE);
        padberg.setStudyNumber(9);
        base.getStudies().add(padberg);
        Arm padbergPump = F.createArm();
        padbergPump.setId("padberg2024-pump");
        padbergPump.setLabel("Microaxial flow pump group");
        padbergPump.setN(Reported.of("776"));
        padberg.getArms().add(padbergPump);
        KaplanMeierEstimate km = F.createKaplanMeierEstimate();
        km.setId("padberg2024-km-1y-pump");
        km.setArm(padbergPump);
        km.setMeasure(SurvivalMeasure.SURVIVAL);
        km.setTimePointText("1-year");
        km.setEstimate(Reported.of("29.3%"));
        km.setInterval(Reported.ci("26.1", "32.5"));
        padberg.getResults().add(km);

        Study bogerd = F.createStudy();
        bogerd.setId("bogerd2025");
        bogerd.setLabel("Bogerd M, 2025");
        bogerd.setDesign(StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS);
        bogerd.setRole(StudyRole.KEY_EVIDENCE);
        bogerd.getIncludedStudies().add(padberg);
        base.getStudies().add(bogerd);
        EffectEstimateResult rr = F.createEffectEstimateResult();
        rr.setId("bogerd2025-inhospital-rr");
        rr.setMeasure(EffectMeasure.RR);
        rr.setEstimate(Reported.of("0.84"));
        rr.setInterval(Reported.ci("78", "86", "95% CI 78 to 86"));
        rr.setPValue(Reported.of("<0.001"));
        rr.setStudyCount(Reported.of("11"));
        rr.setISquared(Reported.of("86%"));
        rr.setPooled(true);
        bogerd.getResults().add(rr);

        EvidenceProcess process = F.createEvidenceProcess();
        process.setSearchDate("29/05/25");
        SearchStrategy medline = F.createSearchStrategy();
        medline.setId("strategy-medline");
        medline.setTitle("MEDLINE ALL search strategy");
        medline.getLines().add(line(1, "1", "Shock, Cardiogenic/", "11823"));
        medline.getLines().add(line(2, "2", "(Cardiogenic* adj4 shock*).tw.", "17471"));
        medline.getLines().add(line(31, "31", "29 not 30", "1984"));
        process.getSearchStrategies().add(medline);
        DatabaseSearch db = F.createDatabaseSearch();
        db.setId("db-medline");
        db.setDatabase("MEDLINE ALL");
        db.setPlatform("Ovid");
        db.setSegmentOrVersion("1946 to May 28, 2025");
        db.setDateSearched("29/05/2025");
        db.setRecordsDownloaded(Reported.of("1984"));
        db.setStrategy(medline);
        process.getDatabaseSearches().add(db);
        base.setEvidenceProcess(process);

        ExistingAssessment esc = F.createExistingAssessment();
        esc.setBody("European Society of Cardiology");
        esc.setDocument("2021 guidelines for the diagnosis and treatment of acute and chronic heart failure");
        esc.setYear(2021);
        GuidelinePosition position = F.createGuidelinePosition();
        position.setStatement("Short-term MCS should be considered in patients with cardiogenic shock as a BTR, BTD, BTB.");
        position.setRecommendationClass("2a");
        position.setLevelOfEvidence("C");
        esc.getPositions().add(position);
        base.getExistingAssessments().add(esc);

        ValidityNote note = F.createValidityNote();
        note.setText("The randomised controlled trial by Møller (2024) was supported by the Danish Heart Foundation and Abiomed.");
        note.getStudies().add(moller);
        base.getValidityNotes().add(note);
        return base;
    }

    static SearchLine line(int number, String label, String query, String hits) {
        SearchLine l = F.createSearchLine();
        l.setNumber(number);
        l.setLabel(label);
        l.setQuery(query);
        l.setHits(Reported.of(hits));
        return l;
    }

    static Study study(EvidenceBase base, String id) {
        return base.getStudies().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
    }
}
