package org.htaworkbench.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.charts.ChartLayouts;
import org.htaworkbench.charts.KaplanMeierPlots;
import org.htaworkbench.charts.KaplanMeierSpec;
import org.htaworkbench.charts.PrismaDiagrams;
import org.htaworkbench.charts.PrismaSpec;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.TextMetrics;
import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.FlowCount;
import org.htaworkbench.model.FlowStage;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvidenceChartsTest {
    private static EvidenceBase base;
    private static Study padberg;

    @BeforeAll
    static void load() throws Exception {
        base = ImpellaEvidenceBase.load();
        padberg = base.getStudies().stream().filter(s -> "padberg2024".equals(s.getId())).findFirst().orElseThrow();
    }

    @Test
    void padbergKaplanMeierHasFourGroupsAtOneTwoFiveAndEightYearsWithTheModelsValues() {
        // the model's values, read independently of the chart code: arm label -> estimates in model order
        Map<String, List<KaplanMeierEstimate>> model = new LinkedHashMap<>();
        for (Result r : padberg.getResults()) {
            if (r instanceof KaplanMeierEstimate k) {
                model.computeIfAbsent(k.getArm().getLabel(), a -> new ArrayList<>()).add(k);
            }
        }
        assertEquals(4, model.size());
        KaplanMeierSpec spec = KaplanMeierPlots.of(padberg, null);
        assertEquals(4, spec.groups().size());
        assertEquals(List.copyOf(model.keySet()), spec.groups().stream().map(KaplanMeierSpec.Group::label).toList());
        int checked = 0;
        for (KaplanMeierSpec.Group g : spec.groups()) {
            assertEquals(List.of(1.0, 2.0, 5.0, 8.0), g.estimates().stream().map(KaplanMeierSpec.Estimate::time).toList(),
                    g.label());
            for (KaplanMeierEstimate k : model.get(g.label())) {
                KaplanMeierSpec.Estimate e = g.estimates().stream().filter(x -> x.sourceId().equals(k.getId()))
                        .findFirst().orElseThrow();
                assertEquals(k.getEstimate().getValue(), e.estimate(), 0.0);
                assertEquals(k.getInterval().getLower().getValue(), e.lower(), 0.0);
                assertEquals(k.getInterval().getUpper().getValue(), e.upper(), 0.0);
                assertEquals(k.getTimePointText(), e.timeText());
                checked++;
            }
        }
        assertEquals(16, checked);
        // spot check against the source text: "Microaxial flow pump group=29.3% (26.1 to 32.5)" at 1 year
        KaplanMeierSpec.Estimate pump1 = spec.groups().get(0).estimates().get(0);
        assertEquals("Microaxial flow pump group", spec.groups().get(0).label());
        assertEquals(29.3, pump1.estimate(), 0.0);
        assertEquals(26.1, pump1.lower(), 0.0);
        assertEquals("Survival (%)", spec.yAxis().title());
    }

    @Test
    void kaplanMeierStepSeriesHoldEachEstimateUntilTheNextTimePoint() {
        KaplanMeierSpec.Group g = KaplanMeierPlots.of(padberg, null).groups().get(0);
        assertEquals(List.of(1.0, 2.0, 2.0, 5.0, 5.0, 8.0, 8.0), box(g.stepX()));
        double[] y = g.stepY(0);
        assertEquals(g.estimates().get(0).estimate(), y[0], 0.0);
        assertEquals(g.estimates().get(0).estimate(), y[1], 0.0);
        assertEquals(g.estimates().get(1).estimate(), y[2], 0.0);
        assertEquals(g.estimates().get(3).estimate(), y[6], 0.0);
        assertEquals(g.estimates().get(3).upper(), g.stepY(2)[6], 0.0);
        assertEquals(0.5, KaplanMeierPlots.years("6-month"), 1e-12);
        assertEquals(30 / 365.25, KaplanMeierPlots.years("30-day"), 1e-12);
        assertTrue(Double.isNaN(KaplanMeierPlots.years("at discharge")));
    }

    @Test
    void prismaShowsTheEvidenceBasesCountsAndNotReportedElsewhere() {
        PrismaSpec p = PrismaDiagrams.of(base.getEvidenceProcess(), null);
        double dbSum = 0;
        int dbRows = 0;
        for (FlowCount f : base.getEvidenceProcess().getSelectionFlow()) {
            if (f.getStage() == FlowStage.RECORDS_IDENTIFIED) {
                dbSum += f.getCount().getValue();
                dbRows++;
            }
        }
        PrismaSpec.Box identified = p.box("identified").orElseThrow();
        assertEquals("Databases", identified.entries().get(0).label());
        assertEquals(dbSum, identified.entries().get(0).count(), 0.0);
        assertEquals(4909.0, dbSum, 0.0, "table 4a: 86 + 2 + 2827 + 10 + 1984");
        assertEquals(dbRows, identified.entries().stream().filter(PrismaSpec.Entry::indent).count());
        assertEquals("Databases (n = 4,909)", identified.entries().get(0).text());
        PrismaSpec.Entry duplicates = p.box("removed").orElseThrow().entries().get(0);
        assertNull(duplicates.count());
        assertEquals("Duplicate records removed: not reported", duplicates.text());
        assertNull(p.box("screened").orElseThrow().entries().get(0).count());
        assertNull(p.box("assessed").orElseThrow().entries().get(0).count());
        PrismaSpec.Entry included = p.box("included").orElseThrow().entries().get(0);
        assertEquals(10.0, included.count(), 0.0);
        assertEquals("Studies included in review (n = 10)", included.text());
        Scene scene = ChartLayouts.layout(p, 900, 700, TextMetrics.APPROXIMATE);
        assertTrue(scene.texts().contains("Records screened: not reported"));
        assertTrue(scene.texts().contains("Studies included in review (n = 10)"));
        assertEquals(3, p.phases().size());
    }

    @Test
    void prismaShowsACountOnceTheEvidenceBaseHasIt() throws Exception {
        EvidenceBase copy = ImpellaEvidenceBase.load();
        FlowCount screened = EvidenceFactory.eINSTANCE.createFlowCount();
        screened.setStage(FlowStage.RECORDS_SCREENED);
        ReportedValue n = EvidenceFactory.eINSTANCE.createReportedValue();
        n.setValue(1234.0);
        n.setText("1234");
        screened.setCount(n);
        copy.getEvidenceProcess().getSelectionFlow().add(screened);
        PrismaSpec p = PrismaDiagrams.of(copy.getEvidenceProcess(), null);
        assertEquals(1234.0, p.box("screened").orElseThrow().entries().get(0).count(), 0.0);
        assertEquals("Records screened (n = 1,234)", p.box("screened").orElseThrow().entries().get(0).text());
    }

    private static List<Double> box(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double v : a) {
            l.add(v);
        }
        return l;
    }
}
