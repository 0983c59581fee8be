package org.htaworkbench.analysis.tests;

import static org.htaworkbench.analysis.tests.Fixtures.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.AnalysisOption;
import org.htaworkbench.model.AnalysisTest;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.ContinuityCorrectionMode;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.PredictionIntervalType;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.values.Reported;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.MetaRegression;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.SubgroupResult;
import org.htaworkbench.stats.TestType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Analysis definitions in an in-memory evidence base, run by the built-in types, checked against the engine. */
class AnalysisDefinitionTest {

    private static final EvidenceFactory F = EvidenceFactory.eINSTANCE;
    private EvidenceBase base;
    private OutcomeDefinition death;

    /** Three two-arm studies with death counts (comparator arm first in one of them) and an HR each. */
    @BeforeEach
    void evidence() {
        base = F.createEvidenceBase();
        death = F.createOutcomeDefinition();
        death.setId("out-death");
        base.getOutcomes().add(death);
        int[][] counts = {{10, 100, 20, 100}, {15, 80, 18, 82}, {7, 50, 12, 51}};
        String[][] hr = {{"0.52", "0.25", "1.08"}, {"0.80", "0.45", "1.40"}, {"0.55", "0.22", "1.38"}};
        for (int s = 0; s < counts.length; s++) {
            Study st = F.createStudy();
            st.setId("s" + s);
            st.setLabel("Study " + (char) ('A' + s));
            base.getStudies().add(st);
            Arm t = arm(st, "s" + s + "-t", ArmKind.INTERVENTION);
            Arm c = arm(st, "s" + s + "-c", ArmKind.COMPARATOR);
            ArmCountResult rt = count("s" + s + "-death-t", t, counts[s][0], counts[s][1]);
            ArmCountResult rc = count("s" + s + "-death-c", c, counts[s][2], counts[s][3]);
            if (s == 1) { // comparator listed first: the arm kinds decide
                st.getResults().add(rc);
                st.getResults().add(rt);
            } else {
                st.getResults().add(rt);
                st.getResults().add(rc);
            }
            EffectEstimateResult e = F.createEffectEstimateResult();
            e.setId("s" + s + "-hr");
            e.setMeasure(EffectMeasure.HR);
            e.setEstimate(Reported.of(hr[s][0]));
            e.setInterval(Reported.ci(hr[s][1], hr[s][2]));
            e.setOutcome(death);
            st.getResults().add(e);
        }
    }

    private Arm arm(Study st, String id, ArmKind kind) {
        Arm a = F.createArm();
        a.setId(id);
        a.setKind(kind);
        a.setLabel(kind.getLiteral());
        st.getArms().add(a);
        return a;
    }

    private ArmCountResult count(String id, Arm arm, int events, int total) {
        ArmCountResult r = F.createArmCountResult();
        r.setId(id);
        r.setArm(arm);
        r.setOutcome(death);
        r.setEvents(Reported.of(Integer.toString(events)));
        r.setTotal(Reported.of(Integer.toString(total)));
        return r;
    }

    private AnalysisDefinition definition(String type) {
        AnalysisDefinition d = F.createAnalysisDefinition();
        d.setId("a-" + type);
        d.setName("Death");
        d.setAnalysisType(type);
        d.setOutcome(death);
        base.getAnalyses().add(d);
        return d;
    }

    @Test
    void definitionDefaultsAreMetaforDefaults() {
        AnalysisDefinition d = F.createAnalysisDefinition();
        assertEquals(AnalysisMethod.REML, d.getMethod());
        assertEquals(AnalysisTest.Z, d.getTest());
        assertEquals(PredictionIntervalType.DEFAULT, d.getPredictionInterval());
        assertEquals(95.0, d.getConfidenceLevel());
        assertEquals(0.5, d.getContinuityCorrection());
        assertEquals(ContinuityCorrectionMode.ONLY_ZERO, d.getContinuityCorrectionMode());
    }

    @Test
    void pairwiseArmCountsOfTheOutcomeGiveTheEngineRrModel() {
        AnalysisDefinition d = definition("org.htaworkbench.analysis.pairwise");
        AnalysisResult res = Analyses.run(d);
        MetaReport r = res.report();
        RmaResult e = MetaAnalysis.fit(EffectSizes.twoByTwoFromTotals(Measure.RR, new double[] {10, 15, 7},
                new double[] {100, 80, 50}, new double[] {20, 18, 12}, new double[] {100, 82, 51}, null, null),
                ModelOptions.of(Method.REML));
        assertEquals(Measure.RR, r.measure());
        assertEquals(3, r.k());
        close(e.estimate(), r.estimate(), 1e-12, "estimate");
        close(e.se(), r.se(), 1e-12, "se");
        assertEquals(List.of("s0-death-t,s0-death-c", "s1-death-t,s1-death-c", "s2-death-t,s2-death-c"),
                res.input().sources(), "experimental arm first, by arm kind");
        assertEquals("Study B", r.studies().get(1).study());
        assertEquals("a-org.htaworkbench.analysis.pairwise", res.definitionId());
    }

    @Test
    void definitionSettingsReachTheEngine() {
        AnalysisDefinition d = definition("org.htaworkbench.analysis.pairwise");
        d.setMeasure("OR");
        d.setMethod(AnalysisMethod.DL);
        d.setTest(AnalysisTest.KNHA);
        d.setConfidenceLevel(90);
        d.setPredictionInterval(PredictionIntervalType.RILEY);
        d.getOptions().add(option("leaveOneOut", "true"));
        d.getOptions().add(option("colour", "blue"));
        AnalysisResult res = Analyses.run(d);
        RmaResult e = MetaAnalysis.fit(EffectSizes.twoByTwoFromTotals(Measure.OR, new double[] {10, 15, 7},
                new double[] {100, 80, 50}, new double[] {20, 18, 12}, new double[] {100, 82, 51}, null, null),
                new ModelOptions(Method.DL, TestType.KNHA, 90, org.htaworkbench.stats.tau2.IterationControl.TIGHT));
        close(e.ciLower(), res.report().ciLower(), 1e-12, "ci_lb (DL, knha, 90%)");
        close(e.predict(org.htaworkbench.stats.PiType.RILEY).piLower().getAsDouble(),
                res.report().piLower().getAsDouble(), 1e-12, "riley PI");
        assertEquals(3, res.report().leaveOneOut().orElseThrow().size());
        assertTrue(res.warnings().stream().anyMatch(w -> w.contains("colour")), res.warnings().toString());
    }

    @Test
    void mantelHaenszelAndPetoFromTheModel() {
        AnalysisDefinition d = definition("org.htaworkbench.analysis.pairwise");
        d.setMethod(AnalysisMethod.MH);
        d.setMeasure("OR");
        MetaReport r = Analyses.run(d).report();
        assertTrue(r.pooled().isPresent() && r.model().isEmpty());
        d.setMethod(AnalysisMethod.PETO);
        d.setMeasure("");
        MetaReport p = Analyses.run(d).report();
        assertEquals(Measure.PETO, p.measure());
        assertTrue(Math.abs(p.estimate() - r.estimate()) > 1e-6, "Peto differs from MH");
    }

    @Test
    void moderatorOptionRegressesOnTheStudyYear() {
        int[] years = {2010, 2016, 2024};
        for (int s = 0; s < 3; s++) {
            base.getStudies().get(s).setYear(years[s]);
        }
        AnalysisDefinition d = definition("org.htaworkbench.analysis.pairwise");
        d.getOptions().add(option(Analyses.MODERATOR, StudyCovariates.YEAR));
        MetaReport r = Analyses.run(d).report();
        MetaRegressionResult expected = MetaRegression.fit(EffectSizes.twoByTwoFromTotals(Measure.RR,
                new double[] {10, 15, 7}, new double[] {100, 80, 50}, new double[] {20, 18, 12},
                new double[] {100, 82, 51}, null, null), new double[][] {{2010}, {2016}, {2024}},
                new String[] {"year"}, true, ModelOptions.of(Method.REML));
        MetaRegressionResult actual = r.metaRegression().orElseThrow();
        close(expected.coefficients().get(1).estimate(), actual.coefficients().get(1).estimate(), 1e-10, "slope");
        close(expected.tau2(), actual.tau2(), 1e-10, "residual tau2");
    }

    @Test
    void subgroupByOptionSplitsByStudyDesign() {
        base.getStudies().get(0).setDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        base.getStudies().get(1).setDesign(StudyDesign.REGISTRY);
        base.getStudies().get(2).setDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        AnalysisDefinition d = definition("org.htaworkbench.analysis.pairwise");
        d.getOptions().add(option(Analyses.SUBGROUP_BY, StudyCovariates.DESIGN));
        SubgroupResult groups = Analyses.run(d).report().subgroups().orElseThrow();
        assertEquals(2, groups.groups().get("RANDOMISED_CONTROLLED_TRIAL").k());
        assertEquals(1, groups.groups().get("REGISTRY").k());
        d.getOptions().get(0).setValue("");
        assertTrue(Analyses.run(d).report().subgroups().isEmpty(), "an empty value switches subgroups off");
    }

    @Test
    void unknownCovariateIsNamedInTheError() {
        AnalysisDefinition d = definition("org.htaworkbench.analysis.pairwise");
        d.getOptions().add(option(Analyses.SUBGROUP_BY, "country"));
        AnalysisException e = assertThrows(AnalysisException.class, () -> Analyses.run(d));
        assertTrue(e.getMessage().contains("country") && e.getMessage().contains("design"), e.getMessage());
    }

    private static AnalysisOption option(String key, String value) {
        AnalysisOption o = F.createAnalysisOption();
        o.setKey(key);
        o.setValue(value);
        return o;
    }

    @Test
    void genericHazardRatiosAreAnalysedOnTheLogScale() {
        AnalysisDefinition d = definition("org.htaworkbench.analysis.generic");
        d.setMethod(AnalysisMethod.FE);
        MetaReport r = Analyses.run(d).report();
        assertEquals(Measure.GEN_LOG, r.measure());
        RmaResult e = MetaAnalysis.fit(EffectSizes.ratioFromCi(new double[] {0.52, 0.80, 0.55},
                new double[] {0.25, 0.45, 0.22}, new double[] {1.08, 1.40, 1.38}, 95, null), ModelOptions.of(Method.FE));
        close(e.estimate(), r.estimate(), 1e-12, "pooled log HR");
        close(Math.exp(e.estimate()), r.transformed().estimate(), 1e-12, "pooled HR");
    }

    @Test
    void proportionsOfOneArm() {
        AnalysisDefinition d = definition("org.htaworkbench.analysis.proportion");
        d.getResults().add(base.getStudies().get(0).getResults().get(0));
        d.getResults().add(base.getStudies().get(2).getResults().get(0));
        MetaReport r = Analyses.run(d).report();
        RmaResult e = MetaAnalysis.fit(EffectSizes.proportions(Measure.PLO, new double[] {10, 7}, new double[] {100, 50},
                null, null), ModelOptions.of(Method.REML));
        close(e.estimate(), r.estimate(), 1e-12, "logit proportion");
        assertEquals(2, r.k());
    }

    @Test
    void errorsNameTheAnalysisAndTheResult() {
        AnalysisDefinition unknown = definition("com.example.nope");
        AnalysisException u = assertThrows(AnalysisException.class, () -> Analyses.run(unknown));
        assertTrue(u.getMessage().contains("com.example.nope") && u.getMessage().contains("pairwise"), u.getMessage());

        AnalysisDefinition wrong = definition("org.htaworkbench.analysis.pairwise");
        wrong.getResults().add(base.getStudies().get(0).getResults().get(2)); // an HR
        AnalysisException w = assertThrows(AnalysisException.class, () -> Analyses.run(wrong));
        assertEquals("s0-hr", w.resultId());

        AnalysisDefinition three = definition("org.htaworkbench.analysis.pairwise");
        ArmCountResult extra = count("s0-death-x", base.getStudies().get(0).getArms().get(0), 1, 5);
        base.getStudies().get(0).getResults().add(extra);
        AnalysisException t = assertThrows(AnalysisException.class, () -> Analyses.run(three));
        assertTrue(t.getMessage().contains("exactly two") && t.getMessage().contains("Study A"), t.getMessage());
        base.getStudies().get(0).getResults().remove(extra);

        ((ArmCountResult) base.getStudies().get(2).getResults().get(0)).getEvents().setValue(null);
        AnalysisException m = assertThrows(AnalysisException.class,
                () -> Analyses.run(definition("org.htaworkbench.analysis.pairwise")));
        assertEquals("s2-death-t", m.resultId());
        assertTrue(m.getMessage().contains("events"), m.getMessage());

        AnalysisDefinition badMeasure = definition("org.htaworkbench.analysis.proportion");
        badMeasure.setMeasure("RR");
        assertThrows(AnalysisException.class, () -> Analyses.run(badMeasure));
        AnalysisDefinition badOption = definition("org.htaworkbench.analysis.generic");
        badOption.getOptions().add(option("egger", "yes"));
        assertThrows(AnalysisException.class, () -> Analyses.run(badOption));
    }

    @Test
    void eventsExceedingTotalIsReportedWithTheResultIds() {
        ((ArmCountResult) base.getStudies().get(0).getResults().get(0)).setEvents(Reported.of("101"));
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> Analyses.run(definition("org.htaworkbench.analysis.pairwise")));
        assertTrue(e.getMessage().contains("s0-death-t,s0-death-c"), e.getMessage());
    }
}
