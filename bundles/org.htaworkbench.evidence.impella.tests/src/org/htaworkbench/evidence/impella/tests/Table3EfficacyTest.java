package org.htaworkbench.evidence.impella.tests;

import static org.htaworkbench.model.EffectMeasure.*;
import static org.junit.jupiter.api.Assertions.*;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;

/** Efficacy column of Table 3. */
class Table3EfficacyTest {

    @Test
    void mollerDeathAt180Days() {
        Seed.arm("moller2024-death-180d-pump", "82", "179", "45.8");
        Seed.arm("moller2024-death-180d-standard", "103", "176", "58.5");
        Seed.effect("moller2024-death-180d-hr", HR, "0.74", "0.55", "0.99", "0.04");
        EffectEstimateResult hr = Seed.result("moller2024-death-180d-hr");
        assertEquals(AnalysisPopulation.INTENTION_TO_TREAT, hr.getAnalysisPopulation());
        assertEquals(95.0, hr.getInterval().getLevel());
        Seed.effect("moller2024-death-180d-nnt", NNT, "8", null, null, null);
        Seed.effect("moller2024-death-180d-hr-as-treated", HR, "0.77", "0.57", "1.03", null);
        assertEquals(AnalysisPopulation.AS_TREATED, Seed.<Result>result("moller2024-death-180d-hr-as-treated").getAnalysisPopulation());
        assertTrue(Seed.result("moller2024-death-180d-pump").getOutcome().isPrimary());
    }

    @Test
    void mollerOtherEfficacy() {
        Seed.arm("moller2024-placed", "170", "179", "95.0");
        Seed.arm("moller2024-escalation-pump", "28", "179", "15.6");
        Seed.arm("moller2024-escalation-standard", "37", "176", "21.0");
        Seed.arm("moller2024-composite-cardiac-pump", "94", "179", "52.5");
        Seed.arm("moller2024-composite-cardiac-standard", "112", "176", "63.6");
        Seed.effect("moller2024-composite-cardiac-hr", HR, "0.72", "0.55", "0.95", "0.04");
        SummaryStatisticResult days = Seed.result("moller2024-days-alive-pump");
        Seed.printed("82", days.getValue());
        Seed.printed("0", days.getSpread().getLower());
        Seed.printed("177", days.getSpread().getUpper());
        Seed.effect("moller2024-days-alive-md", MD, "8", "-8", "25", "p value not reported");
        assertNull(Seed.<EffectEstimateResult>result("moller2024-days-alive-md").getPValue().getValue(), "not reported has no value");
    }

    @Test
    void thieleIpdMetaAnalysis() {
        ArmCountResult mcs = Seed.result("thiele2024-m6-itt-mcs");
        Seed.printed("50.7", mcs.getPercent());
        Seed.printed("46.5", mcs.getInterval().getLower());
        Seed.printed("55.0", mcs.getInterval().getUpper());
        assertNull(mcs.getEvents());
        Seed.effect("thiele2024-m6-itt-hr", HR, "0.87", "0.74", "1.03", "0.10");
        Seed.effect("thiele2024-m6-at-hr", HR, "1.04", "0.87", "1.23", "0.10");
        Seed.effect("thiele2024-m6-lvu-hr", HR, "0.80", "0.62", "1.02", "0.075");
        Seed.effect("thiele2024-m6-stemi-hr", HR, "0.77", "0.61", "0.97", "0.024");
        Seed.effect("thiele2024-m30-hr", HR, "0.89", "0.74", "1.06", "0.10");
        Seed.effect("thiele2024-m6-subgroup-6", HR, "0.57", "0.38", "0.85", null);
        assertEquals("Thrombolysis in Myocardial Infarction after PCI 0 to 2", Seed.<Result>result("thiele2024-m6-subgroup-6").getSubgroup());
        Seed.effect("thiele2024-m6-subgroup-5", HR, "1.00", "0.69", "1.46", null);
        Seed.printed("72.7", Seed.<ArmCountResult>result("thiele2024-m6-control-with-mcs").getPercent());
    }

    @Test
    void pooledReviews() {
        PooledProportionResult s = Seed.result("sassani2025-m30-pooled");
        Seed.printed("45", s.getProportion()); Seed.printed("43", s.getInterval().getLower()); Seed.printed("47", s.getInterval().getUpper());
        Seed.printed("18", s.getStudyCount()); Seed.printed("89.8", s.getISquared());
        PooledProportionResult a = Seed.result("ardito2023-overall-mortality-pump");
        Seed.printed("44", a.getProportion()); Seed.printed("42", a.getStudyCount()); assertEquals("papers", a.getStudyCountUnit()); Seed.printed("90.6", a.getISquared());
        Seed.printed("4", Seed.<PooledProportionResult>result("ardito2023-bridge-transplant-pump").getProportion());
        Seed.printed("0", Seed.<PooledProportionResult>result("ardito2023-bridge-transplant-pump").getInterval().getLower());
        Seed.printed("47.0", Seed.<PooledProportionResult>result("panuccio2022-mortality-pooled").getProportion());
        Seed.effect("panuccio2022-cmp-mortality-rr", RR, "1.08", "0.89", "1.31", "0.45");
        Seed.printed("7", Seed.<EffectEstimateResult>result("panuccio2022-cmp-mortality-rr").getStudyCount());
        Seed.effect("panuccio2022-cmp-mortality-rr-higher-mcs", RR, "0.94", "0.77", "1.15", "0.529");
        Seed.effect("stub2025-mortality-or", OR, "0.57", "0.44", "0.74", "<0.0001");
        Seed.printed("39.6", Seed.<PooledProportionResult>result("stub2025-mortality-pooled-pump").getProportion());
        Seed.effect("bogerd2025-hospital-los-md", MD, "-5.31", "-6.55", "-4.06", "<0.001");
        Seed.effect("bogerd2025-home-rr", RR, "1.45", "1.28", "1.64", "<0.001");
    }

    @Test
    void bogerdMalformedIntervalKeptAsPrinted() {
        // the seed prints "RR=0.84, 95% CI 78 to 86": stored as printed, not corrected
        Seed.effect("bogerd2025-mortality-rr", RR, "0.84", "78", "86", "<0.001");
        assertEquals("95% CI 78 to 86", Seed.<EffectEstimateResult>result("bogerd2025-mortality-rr").getInterval().getText());
    }

    @Test
    void registries() {
        Seed.arm("movahed2024-mortality-pump", null, null, "40.8");
        Seed.effect("movahed2024-mortality-pump-or", OR, "1.32", "1.26", "1.39", "<0.001");
        Seed.effect("movahed2024-mortality-pump-aor", OR, "1.33", "1.25", "1.41", "<0.001");
        assertEquals(Adjustment.ADJUSTED, Seed.<EffectEstimateResult>result("movahed2024-mortality-pump-aor").getAdjustment());
        Seed.arm("padberg2024-mortality-index-pump", "482", "776", "62.1");
        Seed.arm("padberg2024-mortality-index-none", "19,367", "32,804", "59.0");
        assertEquals("0.09", Seed.<GroupComparisonResult>result("padberg2024-mortality-index-pump-vs-none").getPValue().getText());
        Seed.effect("padberg2024-cox-ecmo", HR, "1.57", "1.45", "1.69", "<0.001");
        Seed.arm("higuchi2024-m30-overall", null, null, "34.6");
        Seed.effect("higuchi2024-predictor-age75", HR, "1.83", "1.56", "2.16", "<0.001");
        Seed.effect("higuchi2024-predictor-lactate", HR, "1.02", "1.01", "1.03", "0.0005");
        assertEquals("Lactate per 1 mmol/litre increase", Seed.<EffectEstimateResult>result("higuchi2024-predictor-lactate").getFactor());
    }
}
