package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;

/** Printed text, precision and qualifiers are preserved exactly as in the seed. */
class ReportedPrecisionTest {

    @Test
    void trailingZerosAndDecimalPlacesKept() {
        ArmCountResult placed = Seed.result("moller2024-placed");
        assertEquals("95.0", placed.getPercent().getText());
        assertEquals(1, placed.getPercent().getDecimalPlaces());
        EffectEstimateResult thiele = Seed.result("thiele2024-m6-itt-hr");
        assertEquals("0.10", thiele.getPValue().getText());
        assertEquals(2, thiele.getPValue().getDecimalPlaces());
        assertEquals("1.00", Seed.<EffectEstimateResult>result("thiele2024-m6-subgroup-5").getEstimate().getText());
        assertEquals("0.50", Seed.<EffectEstimateResult>result("moller2024-stroke-rr").getInterval().getLower().getText());
        assertEquals("23.84", Seed.<EffectEstimateResult>result("moller2024-limb-ischaemia-rr").getInterval().getUpper().getText());
        assertEquals(0, Seed.<PooledProportionResult>result("sassani2025-m30-pooled").getProportion().getDecimalPlaces());
    }

    @Test
    void qualifiersKept() {
        ReportedValue p = Seed.<EffectEstimateResult>result("stub2025-mortality-or").getPValue();
        assertEquals("<0.0001", p.getText());
        assertEquals(ValueQualifier.LESS_THAN, p.getQualifier());
        assertEquals(0.0001, p.getValue());
        ReportedValue exact = Seed.<EffectEstimateResult>result("moller2024-death-180d-hr").getPValue();
        assertEquals(ValueQualifier.EXACT, exact.getQualifier());
    }

    @Test
    void thousandsSeparatorsAndNotReported() {
        ReportedValue n = Seed.study("movahed2024").getN();
        assertEquals("844,020", n.getText());
        assertEquals(844020.0, n.getValue());
        ReportedValue nr = Seed.<EffectEstimateResult>result("moller2024-bleeding-rr").getPValue();
        assertEquals("p value not reported", nr.getText());
        assertNull(nr.getValue());
        assertFalse(nr.isReported());
    }

    @Test
    void summaryRestatementsKeepTheirOwnRounding() {
        OutcomeCategory c = Seed.base().getOutcomeCategories().stream().filter(x -> x.getName().equals("6-month mortality")).findFirst().orElseThrow();
        assertEquals("2", c.getReportedStudyCount().getText());
        assertTrue(c.getSummaryStatements().stream().anyMatch(s -> s.getText().contains("(46% [82 out of 179])")));
    }
}
