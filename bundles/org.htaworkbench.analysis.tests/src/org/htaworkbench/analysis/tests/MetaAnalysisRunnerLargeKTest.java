package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.MetaAnalysisRunner;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.analysis.MetaSettings;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.RmaResult;
import org.junit.jupiter.api.Test;

/**
 * The report's study rows for many studies: each is the analysed data's study with its source, after the per-study
 * array copies (O(k²); at k = 1,000 most of the ~5 ms and 33 MB per edit of this step, charts.ui benchmark
 * RESULTS.md) were hoisted out of the loop. The time is measured by that benchmark, not here.
 */
class MetaAnalysisRunnerLargeKTest {
    private static final double Z975 = 1.959963984540054;

    static AnalysisInput generic(int k) {
        Random rnd = new Random(11);
        double[] yi = new double[k], sei = new double[k];
        String[] labels = new String[k];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            yi[i] = -0.2 + 0.3 * rnd.nextGaussian();
            sei[i] = 0.05 + 0.5 * rnd.nextDouble();
            labels[i] = "Study " + i;
            sources.add("result-" + i);
        }
        return new AnalysisInput(AnalysisInput.Layout.GENERIC_SEI, labels, Map.of("yi", yi, "sei", sei), Map.of(),
                sources);
    }

    @Test
    void studyRowsAreTheAnalysedStudiesWithTheirSources() {
        AnalysisInput in = generic(500);
        MetaReport r = MetaAnalysisRunner.run(in, MetaSettings.builder().build());
        RmaResult model = r.model().orElseThrow();
        EffectSizeData d = model.data();
        double[] yi = d.yi(), vi = d.vi(), w = model.weightsPercent();
        assertEquals(500, r.studies().size());
        for (int i = 0; i < 500; i++) {
            MetaReport.StudyRow row = r.studies().get(i);
            double se = Math.sqrt(vi[i]);
            assertEquals("Study " + i, row.study());
            assertEquals("result-" + i, row.source());
            assertEquals(yi[i], row.yi(), 0.0);
            assertEquals(vi[i], row.vi(), 0.0);
            assertEquals(yi[i] - Z975 * se, row.ciLower(), 1e-12);
            assertEquals(yi[i] + Z975 * se, row.ciUpper(), 1e-12);
            assertEquals(w[i], row.weightPercent(), 0.0);
        }
    }

    @Test
    void mantelHaenszelRowsSkipDroppedStudiesAndKeepTheirSources() {
        // study 1 has no events in either arm: escalc drops it, so data positions and input rows differ after it
        double[] ai = {4, 0, 6, 3, 9}, n1i = {100, 80, 120, 90, 150};
        double[] ci = {8, 0, 7, 6, 12}, n2i = {100, 85, 118, 95, 149};
        String[] labels = {"A 2001", "B 2002", "C 2003", "D 2004", "E 2005"};
        AnalysisInput in = new AnalysisInput(AnalysisInput.Layout.TOTALS, labels,
                Map.of("ai", ai, "n1i", n1i, "ci", ci, "n2i", n2i), Map.of(), List.of("s0", "s1", "s2", "s3", "s4"));
        MetaReport r = MetaAnalysisRunner.run(in, MetaSettings.builder().method("MH").measure(Measure.RR).build());
        List<String> studies = r.studies().stream().map(MetaReport.StudyRow::study).toList();
        List<String> sources = r.studies().stream().map(MetaReport.StudyRow::source).toList();
        assertEquals(List.of("A 2001", "C 2003", "D 2004", "E 2005"), studies);
        assertEquals(List.of("s0", "s2", "s3", "s4"), sources);
        double[] w = r.pooled().orElseThrow().weightsPercent();
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double expected = w.length == 5 ? w[new int[] {0, 2, 3, 4}[i]] : w[i];
            assertEquals(expected, r.studies().get(i).weightPercent(), 0.0, studies.get(i));
            sum += r.studies().get(i).weightPercent();
        }
        assertEquals(100, sum, 1e-9);
    }
}
