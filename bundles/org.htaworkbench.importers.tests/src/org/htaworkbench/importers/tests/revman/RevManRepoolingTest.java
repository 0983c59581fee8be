package org.htaworkbench.importers.tests.revman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.store.EvidenceImport;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.SummaryStatisticResult;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyses imported from a RevMan 5 file, run by the engine, against the totals RevMan 5.2 stored in the same
 * file (read here straight from the XML attributes): Spinks 2013's analysis 1.1 and the two subgroups of 1.2, all
 * "M-H, Random" risk ratios. Then the imported evidence base is saved and reopened.
 */
class RevManRepoolingTest {

    private static final String FIXTURE = "revman/sore-throat-excerpt.rm5";
    private static final Pattern ELEMENT = Pattern.compile("<(DICH_OUTCOME|DICH_SUBGROUP) ([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @TempDir
    Path dir;

    /** RevMan's stored attributes of the outcome or subgroup with this ID, from the file's text. */
    private static Map<String, String> stored(String id) {
        String xml = new String(Fixtures.bytes(FIXTURE), StandardCharsets.ISO_8859_1);
        Matcher m = ELEMENT.matcher(xml);
        while (m.find()) {
            Map<String, String> a = new HashMap<>();
            Matcher am = ATTRIBUTE.matcher(m.group(2));
            while (am.find()) {
                a.put(am.group(1), am.group(2));
            }
            if (id.equals(a.get("ID"))) {
                return a;
            }
        }
        throw new AssertionError("no " + id + " in " + FIXTURE);
    }

    private static EvidenceBase imported() {
        EvidenceBase base = EvidenceResources.createEmpty("revman");
        FileImport.Result r = FileImport.read(ImportFormats.fromPlatform(), Fixtures.source(FIXTURE), null, () -> false);
        new EvidenceImport(base, null, "test").apply(r, new EvidenceImport.FileFacts(1, "x"), null, "");
        return base;
    }

    private static AnalysisDefinition analysis(EvidenceBase base, String id) {
        return base.getAnalyses().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = { "CMP-001.01", "CMP-001.02.01", "CMP-001.02.02", "CMP-001.02" })
    void reproducesTheTotalsRevManStored(String id) {
        AnalysisResult result = Analyses.run(analysis(imported(), "revman-" + id));
        Map<String, String> revman = stored(id);
        var t = result.report().transformed();
        assertEquals(Double.parseDouble(revman.get("EFFECT_SIZE")), t.estimate(), 1e-10, id + " EFFECT_SIZE");
        assertEquals(Double.parseDouble(revman.get("CI_START")), t.ciLower(), 1e-8, id + " CI_START");
        assertEquals(Double.parseDouble(revman.get("CI_END")), t.ciUpper(), 1e-8, id + " CI_END");
        assertEquals(Double.parseDouble(revman.get("TAU2")), result.report().tau2(), 1e-10, id + " TAU2");
        assertEquals(Double.parseDouble(revman.get("CHI2")), result.report().q(), 1e-8, id + " CHI2");
        assertEquals(Integer.parseInt(revman.get("DF")), result.report().qDf(), id + " DF");
        assertEquals(Double.parseDouble(revman.get("I2")), result.report().i2(), 1e-8, id + " I2");
        assertEquals(Double.parseDouble(revman.get("Z")), Math.abs(result.report().statistic()), 1e-8, id + " Z");
        assertEquals(Integer.parseInt(revman.get("STUDIES")), result.report().k(), id + " STUDIES");
    }

    @Test
    void theContinuousOutcomePoolsTheMeanDifferenceByInverseVariance() {
        AnalysisResult result = Analyses.run(analysis(imported(), "revman-CMP-002.01"));
        // the three complete rows of the fixture, pooled by hand: MD_i = m1 - m2, v_i = sd1²/n1 + sd2²/n2
        double[][] rows = { { 3.2, 1.5, 277, 4.1, 1.7, 198 }, { 2.9, 1.2, 40, 3.6, 1.4, 42 }, { 3.8, 2.0, 60, 4.0, 2.1, 61 } };
        double sw = 0, swy = 0;
        for (double[] r : rows) {
            double w = 1 / (r[1] * r[1] / r[2] + r[4] * r[4] / r[5]);
            sw += w;
            swy += w * (r[0] - r[3]);
        }
        assertEquals(3, result.report().k());
        assertEquals(swy / sw, result.report().estimate(), 1e-12);
        assertEquals(Math.sqrt(1 / sw), result.report().se(), 1e-12);
    }

    @Test
    void savedAndReopenedTheImportedStudiesStillPool() throws IOException {
        Path file = dir.resolve("revman.htaevidence");
        EvidenceResources.save(imported(), file);
        EvidenceBase reopened = EvidenceResources.load(file);
        AnalysisDefinition a11 = analysis(reopened, "revman-CMP-001.01");
        assertEquals(AnalysisMethod.MH_DL, a11.getMethod());
        assertEquals(Double.parseDouble(stored("CMP-001.01").get("EFFECT_SIZE")),
                Analyses.run(a11).report().transformed().estimate(), 1e-10);
        SummaryStatisticResult moller = assertInstanceOf(SummaryStatisticResult.class, reopened.getStudies().stream()
                .filter(s -> s.getId().equals("STD-M_x00f8_ller-2024")).findFirst().orElseThrow().getResults().get(0));
        assertEquals("40", moller.getTotal().getText(), "the total of a summary statistic is saved (schema 1.2)");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Møller 2024"));
    }

    @Test
    void importingTheSameReviewTwiceIsRefusedBeforeAnythingChanges() {
        EvidenceBase base = imported();
        int studies = base.getStudies().size();
        FileImport.Result again = FileImport.read(ImportFormats.fromPlatform(), Fixtures.source(FIXTURE), null, () -> false);
        EvidenceImport evidence = new EvidenceImport(base, RecordStore.at(dir), "test");
        List<String> conflicts = evidence.studyConflicts(List.of(again));
        assertTrue(conflicts.get(0).contains("already holds the study 'STD-Brink-1951'"), conflicts.get(0));
        assertThrows(IllegalArgumentException.class,
                () -> evidence.apply(again, new EvidenceImport.FileFacts(1, "x"), null, ""));
        assertEquals(studies, base.getStudies().size(), "nothing added");
    }
}
