package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.Adjustment;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.Test;

class EffectFromCountsTest {

    @Test
    void correctRiskRatioFromCountsGivesNoFinding() {
        // 10/179 vs 2/176: RR = 0.055866/0.011364 = 4.916 -> "4.92"; Wald CI exp(ln 4.916 ± 1.96·0.7673) = 1.09 to 22.12
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.RR, "RR", "4.92", "1.09", "22.12", null);
        assertEquals(List.of(), t.findings());
    }

    @Test
    void correctOddsRatioFromCountsGivesNoFinding() {
        // OR = (10·174)/(169·2) = 5.148 -> "5.15", CI 1.11 to 23.84
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.OR, "OR", "5.15", "1.11", "23.84", null);
        assertEquals(List.of(), t.findings());
    }

    @Test
    void riskRatioLabelOnAnOddsRatioIsIdentifiedAsTheOddsRatio() {
        var t = Bases.trial().limbCounts();
        EffectEstimateResult e = t.effect(EffectMeasure.RR, "RR", "5.15", "1.11", "23.84", null);
        List<Finding> f = Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS);
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals(Severity.WARNING, x.severity());
        assertSame(e, x.element());
        assertEquals("Møller 2024", x.studyLabel());
        assertEquals("Limb ischaemia", x.outcomeLabel());
        assertTrue(x.message().startsWith("Møller 2024 / Limb ischaemia: reported RR 5.15 (95% CI 1.11 to 23.84) matches the odds ratio"),
                x.message());
        assertTrue(x.message().contains("from 10/179 vs 2/176 the RR is 4.92 (1.09 to 22.12)"), x.message());
        assertTrue(x.message().contains("the OR is 5.15 (1.11 to 23.84)"), x.message());
    }

    @Test
    void oddsRatioLabelOnARiskRatioIsIdentifiedAsTheRiskRatio() {
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.OR, "OR", "4.92", "1.09", "22.12", null);
        Finding x = Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS).get(0);
        assertTrue(x.message().contains("matches the risk ratio, not the odds ratio"), x.message());
    }

    @Test
    void swappedArmsAreNamed() {
        // 1/4.916 = 0.2034 -> "0.20"
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.RR, "RR", "0.20", null, null, null);
        Finding x = Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS).get(0);
        assertTrue(x.message().contains("with the arms swapped"), x.message());
    }

    @Test
    void valueMatchingNoMeasureIsFlaggedWithAllThree() {
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.RR, "RR", "3.10", null, null, null);
        Finding x = Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS).get(0);
        assertEquals(Severity.WARNING, x.severity());
        assertTrue(x.message().contains("does not match the counts"), x.message());
        assertTrue(x.message().contains("the RR is 4.92") && x.message().contains("the OR 5.15"), x.message());
    }

    @Test
    void riskDifferenceInPercentagePointsIsRecognised() {
        // RD = 0.055866 - 0.011364 = 0.044502 -> 4.45 percentage points, or 0.045 as a proportion
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.RD, "RD", "4.45", null, null, null);
        t.effect(EffectMeasure.RD, "RD", "0.045", null, null, null);
        assertEquals(List.of(), Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS));
    }

    @Test
    void pooledEstimateMismatchIsOnlyInfo() {
        var t = Bases.trial().limbCounts();
        t.study().setDesign(StudyDesign.IPD_META_ANALYSIS);
        t.effect(EffectMeasure.OR, "OR", "4.43", null, null, null);
        List<Finding> f = Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS);
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void adjustedEstimateIsNotComparedWithCrudeCounts() {
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.OR, "aOR", "3.00", null, null, null).setAdjustment(Adjustment.ADJUSTED);
        assertEquals(List.of(), Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS));
    }

    @Test
    void oddsRatioWithinRoundingOfPrintedPercentagesPasses() {
        // Movahed cardiac tamponade: 2.6% vs 2.1%, OR 1.27: possible ORs 1.19 to 1.30
        var t = Bases.trial();
        t.percentOnly(t.experimental(), "2.6");
        t.percentOnly(t.comparator(), "2.1");
        t.effect(EffectMeasure.OR, "OR", "1.27", "1.07", "1.51", "0.007");
        assertEquals(List.of(), Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS));
    }

    @Test
    void oddsRatioOutsideWhatPrintedPercentagesAllowIsFlagged() {
        // 46.8% vs 34.2%: OR between 1.68 and 1.70, not 2.12
        var t = Bases.trial();
        t.percentOnly(t.experimental(), "46.8");
        t.percentOnly(t.comparator(), "34.2");
        t.effect(EffectMeasure.OR, "OR", "2.12", null, null, null);
        Finding x = Bases.of(t.findings(), CheckId.EFFECT_FROM_COUNTS).get(0);
        assertTrue(x.message().contains("printed percentages") && x.message().contains("46.8% vs 34.2%"), x.message());
    }
}
