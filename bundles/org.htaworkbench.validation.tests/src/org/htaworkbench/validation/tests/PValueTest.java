package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PValueTest {

    private static List<Finding> pFindings(EffectMeasure m, String est, String lo, String hi, String p) {
        var t = Bases.trial();
        t.effect(m, m.getName(), est, lo, hi, p);
        return Bases.of(t.findings(), CheckId.P_VALUE);
    }

    @ParameterizedTest(name = "HR {0} ({1} to {2}) p {3} is consistent")
    @CsvSource({
        // SE = (ln 0.99 - ln 0.55)/3.92 = 0.150, z = 2.01, p = 0.0445 -> "0.04"
        "0.74, 0.55, 0.99, 0.04",
        // p = 0.0987
        "0.87, 0.74, 1.03, 0.10",
        // "p<0.001" with p = 2e-5
        "0.57, 0.44, 0.74, <0.0001",
        "1.45, 1.28, 1.64, <0.001",
        // p = 0.00046 vs 0.0004: inside the rounding box
        "0.61, 0.46, 0.80, 0.0004",
        // threshold above: p = 0.657 > 0.05
        "1.04, 0.87, 1.23, >0.05"})
    void consistentPValuesAreNotFlagged(String est, String lo, String hi, String p) {
        assertEquals(List.of(), pFindings(EffectMeasure.HR, est, lo, hi, p));
    }

    @Test
    void inconsistentPValueIsAWarning() {
        // Thiele as-treated: HR 1.04 (0.87 to 1.23) implies p = 0.66, printed p=0.10
        List<Finding> f = pFindings(EffectMeasure.HR, "1.04", "0.87", "1.23", "0.10");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("p = 0.657"), f.get(0).message());
    }

    @Test
    void pValueThatChangesSignificanceIsAnError() {
        // HR 0.87 (0.74 to 1.03) gives p = 0.099; "p<0.05" claims significance
        List<Finding> f = pFindings(EffectMeasure.HR, "0.87", "0.74", "1.03", "<0.05");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void lessThanThresholdThatDoesNotHoldIsFlagged() {
        // HR 0.74 (0.55 to 0.99): p = 0.045, not < 0.001
        assertEquals(1, pFindings(EffectMeasure.HR, "0.74", "0.55", "0.99", "<0.001").size());
    }

    @Test
    void differenceMeasuresUseTheNaturalScale() {
        // MD -5.31 (-6.55 to -4.06): SE 0.635, z 8.4
        assertEquals(List.of(), pFindings(EffectMeasure.MD, "-5.31", "-6.55", "-4.06", "<0.001"));
        assertEquals(1, pFindings(EffectMeasure.MD, "-5.31", "-6.55", "-4.06", "0.20").size());
    }

    @Test
    void mismatchJustBeyondRoundingIsOnlyInfo() {
        // Higuchi: HR 1.49 (1.13 to 1.97) implies p = 0.0041 to 0.0059; printed 0.007 (z gap about 1%)
        List<Finding> f = pFindings(EffectMeasure.HR, "1.49", "1.13", "1.97", "0.007");
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
    }
}
