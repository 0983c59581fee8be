package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.Test;

class NumberNeededAndArmsTest {

    @Test
    void nntMatchingOneOverRiskDifferenceRoundedUpPasses() {
        // Møller death: 82/179 - 103/176 = -0.1271 -> 1/0.1271 = 7.87 -> NNT 8
        var t = Bases.trial();
        t.counts(t.experimental(), "82", "179", "45.8");
        t.counts(t.comparator(), "103", "176", "58.5");
        EffectEstimateResult nnt = t.effect(EffectMeasure.NNT, "number needed to treat", "8", null, null, null);
        assertEquals(List.of(), t.findings());
        nnt.getEstimate().setValue(12.0);
        nnt.getEstimate().setText("12");
        List<Finding> f = Bases.of(t.findings(), CheckId.NUMBER_NEEDED);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("1/|RD| = 7.87"), f.get(0).message());
    }

    @Test
    void nnhAcceptsRoundingToNearestAndUp() {
        // 43/179 - 11/176 = 0.1777 -> 5.63: 6 both ways; 5 neither
        var t = Bases.trial();
        t.counts(t.experimental(), "43", "179", "24.0");
        t.counts(t.comparator(), "11", "176", "6.2");
        t.effect(EffectMeasure.NNH, "NNH", "6", null, null, null);
        assertEquals(List.of(), Bases.of(t.findings(), CheckId.NUMBER_NEEDED));
        t.effect(EffectMeasure.NNH, "NNH", "5", null, null, null);
        assertEquals(1, Bases.of(t.findings(), CheckId.NUMBER_NEEDED).size());
    }

    @Test
    void nntFromReportedRiskDifference() {
        // RD -12.7 percentage points: NNT between 1/0.1275 = 7.84 and 1/0.1265 = 7.91 -> 8
        var t = Bases.trial();
        t.effect(EffectMeasure.RD, "RD", "-12.7", null, null, null);
        t.effect(EffectMeasure.NNT, "NNT", "8", null, null, null);
        assertEquals(List.of(), Bases.of(t.findings(), CheckId.NUMBER_NEEDED));
        t.effect(EffectMeasure.NNT, "NNT", "10", null, null, null);
        assertEquals(1, Bases.of(t.findings(), CheckId.NUMBER_NEEDED).size());
    }

    @Test
    void armSizesAddingUpToStudyNPass() {
        // 179 + 176 = 355
        assertEquals(List.of(), Bases.trial().findings());
    }

    @Test
    void armSizesNotAddingUpAreFlagged() {
        // Movahed 2024: 39,645 + 6,790 + 101,870 + 694,715 = 843,020, n = 844,020
        var t = Bases.trial();
        t.study().getArms().clear();
        t.study().setN(org.htaworkbench.model.values.Reported.of("844,020"));
        Bases.arm(t.study(), "a", "pump", ArmKind.INTERVENTION, "39,645");
        Bases.arm(t.study(), "b", "pump + IABP", ArmKind.INTERVENTION, "6,790");
        Bases.arm(t.study(), "c", "IABP", ArmKind.COMPARATOR, "101,870");
        Bases.arm(t.study(), "d", "none", ArmKind.COMPARATOR, "694,715");
        Bases.arm(t.study(), "e", "as-treated subgroup", ArmKind.SUBGROUP, "170");
        List<Finding> f = Bases.of(t.findings(), CheckId.ARM_SIZES);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("= 843,020, but the study n is 844,020 (1,000 fewer)"), f.get(0).message());
    }

    @Test
    void armLargerThanStudyIsAnError() {
        var t = Bases.trial();
        t.study().setN(org.htaworkbench.model.values.Reported.of("178"));
        List<Finding> f = Bases.of(t.findings(), CheckId.ARM_SIZES, Severity.ERROR);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("n=179, more than the study n=178"), f.get(0).message());
    }
}
