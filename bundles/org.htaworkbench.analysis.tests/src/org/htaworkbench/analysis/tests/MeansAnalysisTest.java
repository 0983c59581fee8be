package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.MetaAnalysisRunner;
import org.htaworkbench.analysis.MetaSettings;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.analysis.internal.MeansAnalysis;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.StatisticKind;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.SummaryStatisticResult;
import org.htaworkbench.model.values.Reported;
import org.htaworkbench.stats.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The means analysis type: group means of the model become {@code m1i, sd1i, n1i, m2i, sd2i, n2i} rows (experimental
 * by arm kind, n from the result's total or else the arm's n, one row per study and subgroup), and pool exactly as
 * the engine pools the same columns given directly.
 */
class MeansAnalysisTest {

    private static final EvidenceFactory F = EvidenceFactory.eINSTANCE;
    private EvidenceBase base;
    private OutcomeDefinition stay;

    @BeforeEach
    void evidence() {
        base = F.createEvidenceBase();
        stay = F.createOutcomeDefinition();
        stay.setId("out-stay");
        base.getOutcomes().add(stay);
        // study, group means, SDs, totals (null: the arm's n, 90 and 88), subgroup
        Object[][] rows = { { "A", 5.2, 2.1, 60, 6.0, 2.4, 58, null }, { "B", 4.8, 1.9, null, 5.1, 2.0, null, null },
                { "C", 7.0, 3.0, 30, 7.9, 3.2, 31, "adults" }, { "C", 6.1, 2.2, 25, 6.4, 2.5, 24, "children" } };
        for (Object[] r : rows) {
            Study s = base.getStudies().stream().filter(x -> x.getId().equals(r[0])).findFirst().orElse(null);
            if (s == null) {
                s = F.createStudy();
                s.setId((String) r[0]);
                s.setLabel("Study " + r[0]);
                base.getStudies().add(s);
                arm(s, ArmKind.INTERVENTION, "90");
                arm(s, ArmKind.COMPARATOR, "88");
            }
            SummaryStatisticResult t = mean(s, s.getArms().get(0), (double) r[1], (double) r[2], (Integer) r[3], (String) r[7]);
            SummaryStatisticResult c = mean(s, s.getArms().get(1), (double) r[4], (double) r[5], (Integer) r[6], (String) r[7]);
            if (r[0].equals("B")) { // comparator first: the arm kinds decide
                s.getResults().add(c);
                s.getResults().add(t);
            } else {
                s.getResults().add(t);
                s.getResults().add(c);
            }
        }
    }

    private static void arm(Study s, ArmKind kind, String n) {
        Arm a = F.createArm();
        a.setId(s.getId() + "-" + kind);
        a.setKind(kind);
        a.setN(Reported.of(n));
        s.getArms().add(a);
    }

    private SummaryStatisticResult mean(Study s, Arm arm, double m, double sd, Integer n, String subgroup) {
        SummaryStatisticResult r = F.createSummaryStatisticResult();
        r.setId(s.getId() + "-" + arm.getKind() + "-" + subgroup);
        r.setArm(arm);
        r.setStudy(s);
        r.setOutcome(stay);
        r.setSubgroup(subgroup);
        r.setStatistic(StatisticKind.MEAN);
        r.setValue(Reported.of(Double.toString(m)));
        r.setStandardDeviation(Reported.of(Double.toString(sd)));
        if (n != null) {
            r.setTotal(Reported.of(n.toString()));
        }
        return r;
    }

    private List<Result> results() {
        return base.getStudies().stream().flatMap(s -> s.getResults().stream()).toList();
    }

    @Test
    void rowsComeFromArmKindsTotalsAndSubgroups() {
        AnalysisInput in = new MeansAnalysis().prepare(F.createAnalysisDefinition(), results());
        assertEquals(4, in.k(), "study C gives one row per subgroup");
        assertArrayEquals(new double[] { 5.2, 4.8, 7.0, 6.1 }, in.column("m1i"));
        assertArrayEquals(new double[] { 6.0, 5.1, 7.9, 6.4 }, in.column("m2i"));
        assertArrayEquals(new double[] { 60, 90, 30, 25 }, in.column("n1i"), "B has no totals: the arm's n");
        assertArrayEquals(new double[] { 58, 88, 31, 24 }, in.column("n2i"));
        assertArrayEquals(new String[] { "", "", "adults", "children" }, in.covariate(StudyCovariates.SUBGROUP));
    }

    @Test
    void poolsAsTheEngineDoesOnTheSameColumns() {
        AnalysisDefinition d = F.createAnalysisDefinition();
        d.setId("md");
        d.setAnalysisType(MeansAnalysis.ID);
        d.setOutcome(stay);
        d.setMethod(AnalysisMethod.DL);
        d.setMeasure("SMD");
        base.getAnalyses().add(d);
        AnalysisResult result = Analyses.run(d);
        AnalysisInput direct = new AnalysisInput(AnalysisInput.Layout.MEANS, new String[] { "A", "B", "C", "C" },
                Map.of("m1i", new double[] { 5.2, 4.8, 7.0, 6.1 }, "sd1i", new double[] { 2.1, 1.9, 3.0, 2.2 }, "n1i",
                        new double[] { 60, 90, 30, 25 }, "m2i", new double[] { 6.0, 5.1, 7.9, 6.4 }, "sd2i",
                        new double[] { 2.4, 2.0, 3.2, 2.5 }, "n2i", new double[] { 58, 88, 31, 24 }),
                Map.of(), List.of("1", "2", "3", "4"));
        var expected = MetaAnalysisRunner.run(direct, MetaSettings.builder().measure(Measure.SMD).method("DL").build());
        assertEquals(expected.estimate(), result.report().estimate(), 1e-14);
        assertEquals(expected.tau2(), result.report().tau2(), 1e-14);
    }

    @Test
    void aMeanWithoutAnySizeIsNamed() {
        SummaryStatisticResult r = (SummaryStatisticResult) base.getStudies().get(1).getResults().get(0);
        r.getArm().setN(null);
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> new MeansAnalysis().prepare(F.createAnalysisDefinition(), results()));
        assertTrue(e.getMessage().contains(r.getId()) && e.getMessage().contains("number of participants"),
                e.getMessage());
    }
}
