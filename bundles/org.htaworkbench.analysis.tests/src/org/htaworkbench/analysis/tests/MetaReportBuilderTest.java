package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.MetaAnalysisRunner;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.analysis.MetaSettings;
import org.htaworkbench.stats.Measure;
import org.junit.jupiter.api.Test;

/**
 * What an analysis type that does not use the engine's runner gets from {@link MetaReport#builder}: neutral defaults
 * for everything it does not set, so a value added to the report later does not break it; and the grouped parts and
 * the flat shortcuts of a runner's report agree.
 */
class MetaReportBuilderTest {

    @Test
    void aPluginSetsOnlyWhatItComputedAndTheRestIsNeutral() {
        MetaSettings settings = MetaSettings.builder().method("FE").build();
        List<MetaReport.StudyRow> rows = new ArrayList<>(List.of(
                new MetaReport.StudyRow("A", 0.1, 0.04, -0.29, 0.49, 60, "r1"),
                new MetaReport.StudyRow("B", 0.3, 0.06, -0.18, 0.78, 40, "r2")));
        MetaReport report = MetaReport.builder(settings).measure(Measure.GEN).k(2)
                .estimate(0.18, 0.155, 1.16, 0.246, -0.12, 0.48).studies(rows).build();
        rows.clear();

        assertEquals(2, report.k());
        assertEquals("FE", report.method(), "the method defaults to the settings'");
        assertEquals(0.18, report.summary().estimate());
        assertEquals(2, report.studies().size(), "the studies are copied, not shared with the caller");
        assertEquals(0, report.tau2());
        assertEquals(OptionalDouble.empty(), report.tau2CiLower());
        assertTrue(report.df().isEmpty());
        assertTrue(report.piLower().isEmpty() && report.piUpper().isEmpty());
        assertTrue(report.model().isEmpty() && report.pooled().isEmpty());
        MetaReport.Sections none = report.sections();
        assertTrue(none.leaveOneOut().isEmpty() && none.cumulative().isEmpty() && none.subgroups().isEmpty()
                && none.metaRegression().isEmpty() && none.egger().isEmpty() && none.begg().isEmpty()
                && none.trimFill().isEmpty());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void aReportNeedsAMeasure() {
        MetaReport.Builder builder = MetaReport.builder(MetaSettings.builder().build());
        assertEquals("the report's measure is not set",
                assertThrows(IllegalStateException.class, builder::build).getMessage());
    }

    @Test
    void theRunnersReportHasTheSameNumbersInItsPartsAndShortcuts() {
        AnalysisInput input = new AnalysisInput(AnalysisInput.Layout.GENERIC_VI, new String[] {"A", "B", "C", "D"},
                Map.of("yi", new double[] {0.1, 0.5, -0.2, 0.3}, "vi", new double[] {0.04, 0.05, 0.06, 0.03}),
                Map.of(), List.of("1", "2", "3", "4"));
        MetaReport report = MetaAnalysisRunner.run(input,
                MetaSettings.builder().measure(Measure.GEN).method("REML").leaveOneOut(true).build());
        MetaReport.Summary summary = report.summary();
        MetaReport.Heterogeneity heterogeneity = report.heterogeneity();
        assertEquals(4, summary.k());
        assertEquals(report.model().orElseThrow().estimate(), summary.estimate());
        assertEquals(summary.estimate(), report.estimate());
        assertEquals(summary.ciLower(), report.ciLower());
        assertEquals(report.model().orElseThrow().tau2(), heterogeneity.tau2());
        assertEquals(heterogeneity.q(), report.q());
        assertEquals(heterogeneity.qDf(), 3);
        assertTrue(heterogeneity.tau2CiUpper().isPresent(), "REML reports the Q-profile CI of tau²");
        assertSame(report.sections().leaveOneOut().orElseThrow(), report.leaveOneOut().orElseThrow());
        assertEquals(4, report.leaveOneOut().orElseThrow().size());
    }
}
