package org.htaworkbench.importers.tests.revman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedStudyData;
import org.htaworkbench.importers.internal.revman.RevManFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.SummaryStatisticResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * data/revman/sore-throat-excerpt.rm5 (see data/revman/README.md): an ISO-8859-1 RevMan 5 file with analyses 1.1 and
 * 1.2 of Spinks 2013 (CD000023.pub4) and a synthetic comparison carrying the format's quirks.
 */
class SoreThroatRevManExcerptTest {

    private static final String FIXTURE = "revman/sore-throat-excerpt.rm5";
    private static Fixtures.Collected read;
    private static ImportedStudyData data;
    private static Map<String, Study> studies;

    @BeforeAll
    static void read() throws ImportException {
        read = Fixtures.read(new RevManFormat(), FIXTURE);
        assertEquals(1, read.studies().size());
        data = read.studies().get(0);
        studies = data.studies().stream().collect(Collectors.toMap(Study::getId, Function.identity()));
    }

    @Test
    void isDetectedByContentAndReportsItsDeclaredEncoding() {
        FileImport.Result r = FileImport.read(ImportFormats.fromPlatform(), Fixtures.source(FIXTURE), null, () -> false);
        assertTrue(r.readable(), () -> String.valueOf(r.failure()));
        assertEquals("revman5", r.format().id());
        assertEquals("ISO-8859-1 (declared)", r.encoding());
        assertEquals(0, r.records().size(), "a review gives study data, not bibliographic records");
        assertEquals(17, r.studyCount());
    }

    @Test
    void includedStudiesOnlyWithNamesDecodedFromIso88591() {
        assertEquals(17, data.studies().size(), "15 real + 2 synthetic; the excluded study is not imported");
        assertTrue(!studies.containsKey("STD-Excluded-1999"));
        assertEquals("Møller 2024", studies.get("STD-M_x00f8_ller-2024").getLabel());
        assertEquals("Møller", studies.get("STD-M_x00f8_ller-2024").getFirstAuthor());
        assertEquals("El-Daher 1991", studies.get("STD-El_x002d_Daher-1991").getLabel(), "escaped id, NAME kept");
        assertEquals(2020, studies.get("STD-Synthetic-2020").getYear(), "YEAR=\"2020.\"");
        assertTrue(data.description().contains("Antibiotics for sore throat (excerpt for tests)"), data.description());
    }

    @Test
    void primaryReferenceBecomesTheCitation() {
        var c = studies.get("STD-Brink-1951").getCitation();
        assertEquals("Brink WRR, Denny FW, Wannamaker LW", c.getAuthors());
        assertEquals("American Journal of Medicine", c.getJournal());
        assertEquals(1951, c.getYear());
        assertEquals("10", c.getVolume());
        assertEquals("300-8", c.getPages());
        assertNull(studies.get("STD-Chapple-1956").getCitation(), "no reference given for it");
    }

    @Test
    void dichotomousRowsBecomeArmCountsAsPrinted() {
        List<Result> brink = studies.get("STD-Brink-1951").getResults().stream()
                .filter(r -> r.getOutcome().getId().equals("CMP-001.01")).toList();
        assertEquals(2, brink.size());
        ArmCountResult antibiotics = assertInstanceOf(ArmCountResult.class, brink.get(0));
        ArmCountResult placebo = assertInstanceOf(ArmCountResult.class, brink.get(1));
        assertEquals("119", antibiotics.getEvents().getText());
        assertEquals(277.0, antibiotics.getTotal().getValue());
        assertEquals("129", placebo.getEvents().getText());
        assertEquals(ArmKind.INTERVENTION, antibiotics.getArm().getKind());
        assertEquals("Antibiotics", antibiotics.getArm().getLabel());
        assertEquals("Placebo", placebo.getArm().getLabel());
        assertTrue(data.position(antibiotics).orElseThrow().line() > 1, "every result has its line");
    }

    @Test
    void aFootnoteInsideADataRowBecomesTheResultsNote() {
        Result landsman = studies.get("STD-Landsman-1951").getResults().get(0);
        assertEquals("Events read off a figure in the trial report.", landsman.getNote());
        SummaryStatisticResult moller = (SummaryStatisticResult) studies.get("STD-M_x00f8_ller-2024").getResults().get(0);
        assertEquals("Medians converted to means by the review authors.", moller.getNote());
    }

    @Test
    void subgroupRowsCarryTheSubgroupName() {
        List<String> subgroups = studies.get("STD-Brink-1951").getResults().stream()
                .filter(r -> r.getOutcome().getId().equals("CMP-001.02")).map(Result::getSubgroup).distinct().toList();
        assertEquals(List.of("Symptom of sore throat on day 3: unblinded studies"), subgroups);
    }

    @Test
    void continuousRowsKeepMeanSdAndTheirOwnTotal() {
        SummaryStatisticResult m1 = (SummaryStatisticResult) studies.get("STD-M_x00f8_ller-2024").getResults().get(0);
        assertEquals("2.9", m1.getValue().getText());
        assertEquals("1.2", m1.getStandardDeviation().getText());
        assertEquals("40", m1.getTotal().getText());
    }

    @Test
    void anEmptyNumericAttributeSkipsTheRowNamingTheField() {
        ImportProblem sd = read.skipped().stream().filter(p -> "SD_2".equals(p.field())).findFirst().orElseThrow();
        assertTrue(sd.message().contains("empty SD_2"), sd.message());
        assertTrue(sd.message().contains("Zwart 2000"), sd.message());
        assertTrue(sd.position().line() > 0);
        assertTrue(studies.get("STD-Zwart-2000").getResults().stream()
                .noneMatch(r -> r.getOutcome().getId().equals("CMP-002.01")), "nothing half-imported from the row");
    }

    @Test
    void aRowNamingAStudyTheReviewDoesNotIncludeIsSkipped() {
        ImportProblem unknown = read.skipped().stream().filter(p -> "STUDY_ID".equals(p.field())).findFirst()
                .orElseThrow();
        assertTrue(unknown.message().contains("STD-Unknown-2001"), unknown.message());
        assertEquals(2, read.skipped().size(), read.skipped().toString());
    }

    @Test
    void genericInverseVarianceRowsBecomeEstimatesWithTheirCi() {
        EffectEstimateResult hr = (EffectEstimateResult) studies.get("STD-Synthetic-2020").getResults().stream()
                .filter(r -> r.getOutcome().getId().equals("CMP-002.02")).findFirst().orElseThrow();
        assertEquals(EffectMeasure.HR, hr.getMeasure(), "EFFECT_MEASURE given as a child element");
        assertEquals("1.52", hr.getEstimate().getText());
        assertEquals("1.1", hr.getInterval().getLower().getText());
    }

    @Test
    void analysesReproduceRevMansChoices() {
        Map<String, AnalysisDefinition> byId = data.analyses().stream()
                .collect(Collectors.toMap(AnalysisDefinition::getId, Function.identity()));
        assertEquals(List.of("revman-CMP-001.01", "revman-CMP-001.02.01", "revman-CMP-001.02.02", "revman-CMP-001.02",
                "revman-CMP-002.01", "revman-CMP-002.02"), data.analyses().stream().map(AnalysisDefinition::getId).toList());
        AnalysisDefinition a11 = byId.get("revman-CMP-001.01");
        assertEquals("org.htaworkbench.analysis.pairwise", a11.getAnalysisType());
        assertEquals("RR", a11.getMeasure());
        assertEquals(AnalysisMethod.MH_DL, a11.getMethod(), "M-H, random");
        assertEquals(30, a11.getResults().size());
        assertTrue(a11.getNote().contains("RevMan stored: RR 0.6837765472337998 [0.5895886991303211, 0.7930110723571225]"),
                a11.getNote());
        assertEquals(24, byId.get("revman-CMP-001.02.01").getResults().size(), "12 blinded studies");
        AnalysisDefinition md = byId.get("revman-CMP-002.01");
        assertEquals("org.htaworkbench.analysis.means", md.getAnalysisType());
        assertEquals(AnalysisMethod.FE, md.getMethod(), "I-V, fixed");
        assertEquals(6, md.getResults().size());
        AnalysisDefinition iv = byId.get("revman-CMP-002.02");
        assertEquals("GEN_LOG", iv.getMeasure());
        assertEquals(AnalysisMethod.DL, iv.getMethod(), "I-V, random");
        assertEquals(4, data.outcomes().size());
        assertEquals(4, data.categories().size());
    }
}
