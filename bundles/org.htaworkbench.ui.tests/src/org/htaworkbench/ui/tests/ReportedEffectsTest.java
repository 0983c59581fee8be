package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.htaworkbench.ui.internal.ReportedEffects;
import org.junit.jupiter.api.Test;

/** The bundled reported estimates are the seed's figures (NICE overview, Table 3 and summaries). */
class ReportedEffectsTest {

    @Test
    void mollerDanGerShock180DayMortalityIsHr074() {
        ReportedEffects effects = ReportedEffects.loadBundled();
        int row = effects.table().stringColumn("study").indexOf("Møller 2024 (DanGer Shock)");
        assertEquals(0.74, effects.estimates()[row], 0.0);
        assertEquals(0.55, effects.lower()[row], 0.0);
        assertEquals(0.99, effects.upper()[row], 0.0);
        assertEquals("0.74 (0.55 to 0.99)", effects.estimateTexts()[row]);
    }

    @Test
    void everyRowIsAValidRatioWithItsCi() {
        ReportedEffects effects = ReportedEffects.loadBundled();
        assertEquals(6, effects.size());
        for (int i = 0; i < effects.size(); i++) {
            assertEquals(true, effects.lower()[i] <= effects.estimates()[i] && effects.estimates()[i] <= effects.upper()[i]);
        }
    }
}
