package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.values.Reported;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

    private static List<Finding> intervalFindings(EffectMeasure m, String est, String lo, String hi) {
        var t = Bases.trial();
        t.effect(m, m.getName(), est, lo, hi, null);
        return t.findings().stream().filter(f -> f.check().id().startsWith("interval.")).toList();
    }

    @Test
    void estimateOutsideItsCiIsAnError() {
        List<Finding> f = intervalFindings(EffectMeasure.HR, "0.50", "0.55", "0.99");
        assertEquals(1, f.size());
        assertEquals(CheckId.INTERVAL_CONTAINS, f.get(0).check());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("below the lower limit"), f.get(0).message());
    }

    @Test
    void estimateOnALimitWithinRoundingIsAccepted() {
        // an HR of 0.545 prints as 0.55 and so can its lower limit of 0.548
        assertEquals(List.of(), intervalFindings(EffectMeasure.HR, "0.55", "0.55", "0.99").stream()
                .filter(f -> f.check() == CheckId.INTERVAL_CONTAINS).toList());
    }

    @Test
    void swappedLimitsAreMalformed() {
        List<Finding> f = intervalFindings(EffectMeasure.OR, "1.99", "10.64", "2.42");
        assertEquals(1, f.size());
        assertEquals(CheckId.INTERVAL_MALFORMED, f.get(0).check());
        assertTrue(f.get(0).message().contains("swapped"), f.get(0).message());
    }

    @Test
    void ratioCiOnPercentScaleIsMalformed() {
        // Bogerd 2025: RR 0.84, 95% CI 78 to 86
        List<Finding> f = intervalFindings(EffectMeasure.RR, "0.84", "78", "86");
        assertEquals(1, f.size());
        assertEquals(CheckId.INTERVAL_MALFORMED, f.get(0).check());
        assertTrue(f.get(0).message().contains("0.780 to 0.860 would contain it"), f.get(0).message());
    }

    @Test
    void proportionWithPercentLimitsIsMalformed() {
        // a proportion printed as 0.82 with "78 to 86"
        var t = Bases.trial();
        KaplanMeierEstimate km = Bases.F.createKaplanMeierEstimate();
        km.setId("km");
        km.setArm(t.experimental());
        km.setEstimate(Reported.of("0.82"));
        km.setInterval(Reported.ci("78", "86"));
        t.study().getResults().add(km);
        List<Finding> f = Bases.of(t.findings(), CheckId.INTERVAL_MALFORMED);
        assertEquals(1, f.size(), t.findings().toString());
    }

    @Test
    void negativeRatioLimitIsMalformed() {
        List<Finding> f = intervalFindings(EffectMeasure.OR, "1.20", "-0.10", "2.00");
        assertEquals(CheckId.INTERVAL_MALFORMED, f.get(0).check());
    }

    @ParameterizedTest(name = "{0} ({1} to {2}) is symmetric within rounding")
    @CsvSource({
        // ln-symmetric only once the rounding of the printed digits is taken into account
        "4.74, 2.36, 9.55", "0.74, 0.55, 0.99", "5.15, 1.11, 23.84", "5.15, 1.11, 23.8", "1.05, 1.03, 1.06",
        "0.65, 0.62, 0.67", "1.08, 1.04, 1.11", "8.36, 4.89, 14.3"})
    void logSymmetricCiWithinRoundingIsNotFlagged(String est, String lo, String hi) {
        assertEquals(List.of(), intervalFindings(EffectMeasure.OR, est, lo, hi));
    }

    @Test
    void logAsymmetricCiBeyondRoundingIsAWarning() {
        // Movahed 2024 post procedural haemorrhage: OR 1.99 (1.06 to 2.42): ln 1.88 = 0.63 below, 0.20 above
        List<Finding> f = intervalFindings(EffectMeasure.OR, "1.99", "1.06", "2.42");
        assertEquals(1, f.size());
        assertEquals(CheckId.INTERVAL_SYMMETRY, f.get(0).check());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("implies a lower limit of 1.64"), f.get(0).message());
    }

    @Test
    void slightLogAsymmetryJustBeyondRoundingIsOnlyInfo() {
        // Møller stroke: 1.75 (0.50 to 6.01): the Wald CI would be 0.50 to 6.09
        List<Finding> f = intervalFindings(EffectMeasure.OR, "1.75", "0.50", "6.01");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void differenceCiMustBeSymmetricAroundTheEstimate() {
        // Bogerd MD -5.31 (-6.55 to -4.06): midpoint -5.305: fine; -4.00 (-6.55 to -4.06) is outside; -5.80 asymmetric
        assertEquals(List.of(), intervalFindings(EffectMeasure.MD, "-5.31", "-6.55", "-4.06"));
        List<Finding> f = intervalFindings(EffectMeasure.MD, "-5.80", "-6.55", "-4.06");
        assertEquals(1, f.size());
        assertEquals(CheckId.INTERVAL_SYMMETRY, f.get(0).check());
    }

    @Test
    void integerMeanDifferenceWithCoarseLimitsPasses() {
        // Møller days alive: MD 8 (-8 to 25): midpoint 8.5, within the rounding of whole numbers
        assertEquals(List.of(), intervalFindings(EffectMeasure.MD, "8", "-8", "25"));
    }
}
