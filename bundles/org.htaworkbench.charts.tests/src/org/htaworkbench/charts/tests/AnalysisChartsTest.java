package org.htaworkbench.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.charts.AnalysisCharts;
import org.htaworkbench.charts.AnalysisCharts.Chart;
import org.htaworkbench.charts.BubblePlotSpec;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestRow;
import org.htaworkbench.charts.FunnelPlotSpec;
import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.AnalysisOption;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.junit.jupiter.api.Test;

/** The charts of an analysis definition, checked against the engine run directly on the same numbers. */
class AnalysisChartsTest {

    private static final EvidenceFactory F = EvidenceFactory.eINSTANCE;
    private static final ForestOptions OPTIONS = ForestOptions.defaults().withTitle("Death");

    @Test
    void shippedBleedingAnalysisOfMollerAndThieleHasForestFunnelLeaveOneOutAndCumulativeButNoBubble() throws Exception {
        EvidenceBase base = ImpellaEvidenceBase.load();
        AnalysisDefinition bleeding = base.getAnalyses().stream().filter(a -> a.getId().equals("analysis-bleeding-rct"))
                .findFirst().orElseThrow();
        AnalysisResult result = Analyses.run(bleeding);
        AnalysisCharts charts = AnalysisCharts.of(result, OPTIONS.withTitle(bleeding.getName()));

        assertTrue(!charts.isReady(Chart.LEAVE_ONE_OUT) && !charts.isReady(Chart.FOREST), "nothing computed up front");
        ForestPlotSpec forest = (ForestPlotSpec) charts.spec(Chart.FOREST).orElseThrow();
        assertTrue(charts.isReady(Chart.FOREST) && !charts.isReady(Chart.LEAVE_ONE_OUT), "only what was asked for");
        assertSame(forest, charts.spec(Chart.FOREST).orElseThrow(), "computed once");
        assertTrue(charts.isReady(Chart.BUBBLE), "a chart that cannot be drawn is ready at once");
        ForestRow random = row(forest, "random");
        assertEquals(result.report().transformed().estimate(), random.estimate(), 1e-12);

        ForestPlotSpec leaveOneOut = (ForestPlotSpec) charts.spec(Chart.LEAVE_ONE_OUT).orElseThrow();
        List<ForestRow> refits = leaveOneOut.rows().stream().filter(r -> r.kind() == ForestRow.Kind.POINT).toList();
        assertEquals(2, refits.size());
        // omitting one of two studies leaves the other: its own risk ratio
        double[] yi = result.report().model().orElseThrow().data().yi();
        assertEquals(Math.exp(yi[1]), refits.get(0).estimate(), 1e-9, refits.get(0).label());
        assertEquals(Math.exp(yi[0]), refits.get(1).estimate(), 1e-9, refits.get(1).label());

        ForestPlotSpec cumulative = (ForestPlotSpec) charts.spec(Chart.CUMULATIVE).orElseThrow();
        List<ForestRow> steps = cumulative.rows().stream().filter(r -> r.kind() == ForestRow.Kind.POINT).toList();
        assertEquals(random.estimate(), steps.get(1).estimate(), 1e-9, "the last step pools every study");
        assertTrue(cumulative.title().contains("publication year"), cumulative.title());

        FunnelPlotSpec funnel = (FunnelPlotSpec) charts.spec(Chart.FUNNEL).orElseThrow();
        assertEquals(2, funnel.points().size());
        assertTrue(funnel.title().contains("too few studies for trim-and-fill"), funnel.title());

        assertTrue(charts.spec(Chart.BUBBLE).isEmpty());
        assertTrue(charts.unavailable(Chart.BUBBLE).contains("moderator"), charts.unavailable(Chart.BUBBLE));
        assertNull(charts.unavailable(Chart.FOREST));
    }

    @Test
    void moderatorYearGivesABubbleAtEachStudysYearAndCumulativeFollowsTheYears() {
        AnalysisDefinition d = fourStudies();
        d.getOptions().add(option("moderator", StudyCovariates.YEAR));
        AnalysisCharts charts = AnalysisCharts.of(Analyses.run(d), OPTIONS);
        BubblePlotSpec bubble = (BubblePlotSpec) charts.spec(Chart.BUBBLE).orElseThrow();
        assertEquals(List.of(2019.0, 2005.0, 2024.0, 2012.0), bubble.bubbles().stream().map(BubblePlotSpec.Bubble::x)
                .toList());
        assertTrue(bubble.xAxis().title().toLowerCase().contains("publication year"), bubble.xAxis().title());
        ForestPlotSpec cumulative = (ForestPlotSpec) charts.spec(Chart.CUMULATIVE).orElseThrow();
        List<String> order = cumulative.rows().stream().filter(r -> r.kind() == ForestRow.Kind.POINT)
                .map(ForestRow::label).toList();
        assertEquals(List.of("+ Study B", "+ Study D", "+ Study A", "+ Study C"), order);
    }

    @Test
    void subgroupByDesignGivesSubtotalsThatEqualTheEngineOnEachGroup() {
        AnalysisDefinition d = fourStudies();
        d.getOptions().add(option("subgroupBy", StudyCovariates.DESIGN));
        AnalysisCharts charts = AnalysisCharts.of(Analyses.run(d), OPTIONS);
        ForestPlotSpec forest = (ForestPlotSpec) charts.spec(Chart.FOREST).orElseThrow();
        ForestRow rctSubtotal = forest.rows().stream().filter(r -> r.kind() == ForestRow.Kind.DIAMOND
                && r.tag().startsWith("subtotal:") && r.tag().contains("RANDOMISED_CONTROLLED_TRIAL")).findFirst()
                .orElseThrow(() -> new AssertionError(forest.rows().stream().map(ForestRow::tag).toList().toString()));
        // studies A and C are the trials
        RmaResult trials = MetaAnalysis.fit(EffectSizes.twoByTwoFromTotals(Measure.RR, new double[] {10, 7},
                new double[] {100, 50}, new double[] {20, 12}, new double[] {100, 51}, null, null),
                ModelOptions.of(Method.REML));
        assertEquals(Math.exp(trials.estimate()), rctSubtotal.estimate(), 1e-9);
    }

    @Test
    void mantelHaenszelHasNoInverseVarianceChartsAndSaysWhy() {
        AnalysisDefinition d = fourStudies();
        d.setMethod(AnalysisMethod.MH);
        AnalysisCharts charts = AnalysisCharts.of(Analyses.run(d), OPTIONS);
        for (Chart c : Chart.values()) {
            assertTrue(charts.spec(c).isEmpty(), c.name());
            assertTrue(charts.unavailable(c).contains("REML"), charts.unavailable(c));
        }
    }

    @Test
    void favoursLabelsNameTheArmsWhenEveryStudyNamesThemAlike() throws Exception {
        EvidenceBase base = ImpellaEvidenceBase.load();
        AnalysisDefinition bleeding = base.getAnalyses().stream().filter(a -> a.getId().equals("analysis-bleeding-rct"))
                .findFirst().orElseThrow();
        ForestOptions options = AnalysisCharts.defaultOptions(bleeding, bleeding.getResults(), 3);
        // Møller's "Microaxial flow pump group" and Thiele's "MCS group" differ; both comparators are "Standard care group"
        assertEquals("Favours intervention", options.favoursLeft());
        assertEquals("Favours standard care", options.favoursRight());
        assertEquals(3, options.decimals());
        assertEquals(bleeding.getName(), options.title());
        List<org.htaworkbench.model.Result> moller = bleeding.getResults().subList(0, 2);
        assertEquals("Favours microaxial flow pump", AnalysisCharts.defaultOptions(bleeding, moller, 2).favoursLeft());
    }

    private static ForestRow row(ForestPlotSpec spec, String tag) {
        return spec.rows().stream().filter(r -> r.tag().equals(tag)).findFirst().orElseThrow();
    }

    private static AnalysisDefinition fourStudies() {
        EvidenceBase base = F.createEvidenceBase();
        OutcomeDefinition death = F.createOutcomeDefinition();
        death.setId("death");
        base.getOutcomes().add(death);
        int[][] counts = {{10, 100, 20, 100}, {15, 80, 18, 82}, {7, 50, 12, 51}, {30, 200, 33, 190}};
        int[] years = {2019, 2005, 2024, 2012};
        StudyDesign[] designs = {StudyDesign.RANDOMISED_CONTROLLED_TRIAL, StudyDesign.REGISTRY,
                StudyDesign.RANDOMISED_CONTROLLED_TRIAL, StudyDesign.REGISTRY};
        for (int s = 0; s < counts.length; s++) {
            Study st = F.createStudy();
            st.setId("s" + s);
            st.setLabel("Study " + (char) ('A' + s));
            st.setYear(years[s]);
            st.setDesign(designs[s]);
            base.getStudies().add(st);
            st.getResults().add(count(st, death, ArmKind.INTERVENTION, counts[s][0], counts[s][1]));
            st.getResults().add(count(st, death, ArmKind.COMPARATOR, counts[s][2], counts[s][3]));
        }
        AnalysisDefinition d = F.createAnalysisDefinition();
        d.setId("a");
        d.setName("Death");
        d.setAnalysisType("org.htaworkbench.analysis.pairwise");
        d.setOutcome(death);
        base.getAnalyses().add(d);
        return d;
    }

    private static ArmCountResult count(Study st, OutcomeDefinition outcome, ArmKind kind, int events, int total) {
        Arm arm = F.createArm();
        arm.setId(st.getId() + "-" + kind);
        arm.setKind(kind);
        st.getArms().add(arm);
        ArmCountResult r = F.createArmCountResult();
        r.setId(st.getId() + "-death-" + kind);
        r.setArm(arm);
        r.setOutcome(outcome);
        r.setEvents(value(events));
        r.setTotal(value(total));
        return r;
    }

    private static ReportedValue value(int v) {
        ReportedValue rv = F.createReportedValue();
        rv.setValue((double) v);
        rv.setText(Integer.toString(v));
        return rv;
    }

    private static AnalysisOption option(String key, String value) {
        AnalysisOption o = F.createAnalysisOption();
        o.setKey(key);
        o.setValue(value);
        return o;
    }
}
