package org.htaworkbench.evidence.impella.tests;

import static org.htaworkbench.model.EffectMeasure.*;
import static org.junit.jupiter.api.Assertions.*;

import org.htaworkbench.model.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Safety column of Table 3. */
class Table3SafetyTest {

    @ParameterizedTest
    @CsvSource({ "composite-safety,43,24.0,11,6.2,4.74,2.36,9.55", "bleeding,39,21.8,21,11.9,2.06,1.15,3.66", "limb-ischaemia,10,5.6,2,1.1,5.15,1.11,23.84",
            "rrt,75,41.9,47,26.7,1.98,1.27,3.09", "stroke,7,3.9,4,2.3,1.75,0.50,6.01", "cardioversion,59,33.0,52,29.5,1.17,0.75,1.83", "sepsis,21,11.7,8,4.5,2.79,1.20,6.48" })
    void mollerSafety(String o, String e1, String p1, String e2, String p2, String rr, String lo, String hi) {
        Seed.arm("moller2024-" + o + "-pump", e1, "179", p1);
        Seed.arm("moller2024-" + o + "-standard", e2, "176", p2);
        Seed.effect("moller2024-" + o + "-rr", RR, rr, lo, hi, "p value not reported");
    }

    @ParameterizedTest
    @CsvSource({ "bleeding,143,506,28.3,67,503,13.3,2.64,1.91,3.65", "stroke,19,498,3.8,13,496,2.6,1.48,0.72,3.04", "peripheral-ischaemia,50,518,9.7,12,516,2.3,4.43,2.37,8.26",
            "sepsis,80,480,16.7,66,474,13.9,1.28,0.87,1.88", "rrt,116,484,24.0,98,482,20.3,1.29,0.94,1.77" })
    void thieleSafety(String o, String e1, String n1, String p1, String e2, String n2, String p2, String or, String lo, String hi) {
        Seed.arm("thiele2024-" + o + "-mcs", e1, n1, p1);
        Seed.arm("thiele2024-" + o + "-standard", e2, n2, p2);
        Seed.effect("thiele2024-" + o + "-or", OR, or, lo, hi, "p value not reported");
    }

    @Test
    void mollerNumberNeededToHarm() {
        Seed.effect("moller2024-composite-safety-nnh", NNH, "6", null, null, null);
    }

    @ParameterizedTest
    @CsvSource({ "pericardial-effusion,4.1,4.0,1.04,0.91,1.19,0.54", "tamponade,2.6,2.1,1.27,1.07,1.51,0.007", "akf,0.2,0.4,0.44,0.25,0.77,0.004",
            "haemolytic-anaemia,0.7,0.1,8.36,4.89,14.3,<0.001", "haemorrhage,2.3,1.2,1.99,1.06,2.42,<0.001", "respiratory-failure,1.9,4.6,0.41,0.34,0.49,<0.001",
            "dic,3.0,1.7,1.76,1.48,2.08,<0.001", "perforation,1.3,0.9,1.48,1.17,1.88,0.001", "procedural-bleeding,0.3,0.1,2.37,1.33,4.23,0.004",
            "cardiac-disturbance,0.5,0.4,1.41,0.97,2.05,0.08", "cerebrovascular-infarction,0.05,0.07,0.73,0.24,2.23,0.59", "limb-amputation,0.09,0.05,1.64,0.63,4.22,0.31" })
    void movahedComplications(String o, String p1, String p2, String or, String lo, String hi, String p) {
        Seed.arm("movahed2024-" + o + "-pump", null, null, p1);
        Seed.arm("movahed2024-" + o + "-iabp", null, null, p2);
        Seed.effect("movahed2024-" + o + "-or", OR, or, lo, hi, p);
    }

    @Test
    void movahedHaemorrhageNoteKept() {
        assertEquals("(Note: paper reported CIs as 10.64 to 2.42)", Seed.<EffectEstimateResult>result("movahed2024-haemorrhage-or").getInterval().getNote());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "aki|341|43.9|440|52.8|1,732|31.8|8,835|26.9", "rrt|237|30.5|419|50.3|1,590|25.2|3,975|12.1", "bleeding|162|20.9|317|38.1|980|18.0|3,058|9.3",
            "transfusion|401|51.7|736|88.4|2,954|54.2|7,131|21.7", "haemorrhagic-stroke|12|1.6|26|3.1|53|1.0|249|0.8", "ischaemic-stroke|31|4.0|80|9.6|289|5.3|1,347|4.1",
            "sepsis|123|15.9|187|22.5|757|13.9|3,034|9.2" })
    void padbergComplications(String o, String e1, String p1, String e2, String p2, String e3, String p3, String e4, String p4) {
        Seed.arm("padberg2024-" + o + "-pump", e1, "776", p1);
        Seed.arm("padberg2024-" + o + "-ecmo", e2, "833", p2);
        Seed.arm("padberg2024-" + o + "-iabp", e3, "5,451", p3);
        Seed.arm("padberg2024-" + o + "-none", e4, "32,804", p4);
        assertEquals("<0.001", Seed.<GroupComparisonResult>result("padberg2024-" + o + "-p").getPValue().getText());
        assertEquals(4, Seed.<GroupComparisonResult>result("padberg2024-" + o + "-p").getArms().size());
    }

    @ParameterizedTest
    @CsvSource({ "bleeding,538,15.8,20.9,22.0,0.33", "tamponade,47,1.4,1.8,3.5,<0.0001", "cva,152,4.5,6.1,4.9,0.068", "haemolysis,446,13.1,13.1,12.1,0.32",
            "limb-ischaemia,125,3.7,3.5,5.6,0.0001", "aki,227,6.7,8.3,8.8,0.52", "sepsis,136,4.0,5.1,5.7,0.34", "vascular-injury,30,0.9,1.2,1.4,0.24" })
    void higuchiComplications(String o, String e, String p, String y, String old, String pv) {
        Seed.arm("higuchi2024-" + o + "-alone", e, "3,409", p);
        Seed.arm("higuchi2024-" + o + "-younger", null, null, y);
        Seed.arm("higuchi2024-" + o + "-older", null, null, old);
        assertEquals(pv, Seed.<GroupComparisonResult>result("higuchi2024-" + o + "-age-p").getPValue().getText());
    }

    @Test
    void reviewsSafety() {
        PooledProportionResult r = Seed.result("ardito2023-ischaemic-stroke-pump");
        Seed.printed("0", r.getProportion()); Seed.printed("26", r.getStudyCount()); assertEquals("studies", r.getStudyCountUnit()); Seed.printed("66.8", r.getISquared());
        Seed.printed("88.0", Seed.<PooledProportionResult>result("ardito2023-major-bleeding-ecmo").getISquared());
        Seed.effect("panuccio2022-cmp-vascular-rr", RR, "3.32", "2.54", "4.33", "<0.001");
        Seed.effect("panuccio2022-cmp-bleeding-rr", RR, "1.99", "1.75", "2.25", "<0.001");
        Seed.printed("0", Seed.<EffectEstimateResult>result("panuccio2022-cmp-bleeding-rr").getISquared());
        Seed.effect("stub2025-bleeding-or", OR, "0.61", "0.46", "0.80", "0.0004");
        SummaryStatisticResult mean = Seed.result("sassani2025-ischaemia-mean");
        Seed.printed("8", mean.getValue()); assertEquals("13.6", mean.getSpread().getUpper().getText());
        Seed.printed("13", Seed.<PooledProportionResult>result("sassani2025-bleeding-pooled").getProportion());
    }
}
