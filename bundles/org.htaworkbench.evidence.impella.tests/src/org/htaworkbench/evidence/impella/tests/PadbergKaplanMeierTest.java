package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Padberg 2024: the 16 Kaplan-Meier survival estimates (1, 2, 5 and 8 years by 4 groups) of Table 3. */
class PadbergKaplanMeierTest {

    @ParameterizedTest
    @CsvSource({ "1y,pump,1-year,29.3,26.1,32.5", "1y,ecmo,1-year,22.4,19.5,25.2", "1y,iabp,1-year,40.6,39.3,41.9", "1y,none,1-year,31.3,30.8,31.8",
            "2y,pump,2-year,27.5,24.3,30.6", "2y,ecmo,2-year,21.3,18.5,24.0", "2y,iabp,2-year,37.7,36.4,39.0", "2y,none,2-year,28.4,28.0,28.9",
            "5y,pump,5-year,22.4,18.9,25.8", "5y,ecmo,5-year,18.1,15.3,21.0", "5y,iabp,5-year,30.7,29.5,32.0", "5y,none,5-year,22.9,22.4,23.4",
            "8y,pump,8-year,11.2,0,26.8", "8y,ecmo,8-year,14.0,7.4,20.6", "8y,iabp,8-year,25.3,24.1,26.6", "8y,none,8-year,18.9,18.4,19.4" })
    void estimate(String t, String arm, String tp, String est, String lo, String hi) {
        KaplanMeierEstimate k = Seed.result("padberg2024-km-" + t + "-" + arm);
        assertSame(Seed.arm("padberg2024-" + arm), k.getArm());
        assertEquals(tp, k.getTimePointText());
        assertEquals(SurvivalMeasure.SURVIVAL, k.getMeasure());
        Seed.printed(est, k.getEstimate());
        assertEquals("%", k.getEstimate().getUnit());
        Seed.printed(lo, k.getInterval().getLower());
        Seed.printed(hi, k.getInterval().getUpper());
    }

    @Test
    void exactlySixteen() {
        assertEquals(16, Seed.study("padberg2024").getResults().stream().filter(KaplanMeierEstimate.class::isInstance).count());
    }
}
