package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.htaworkbench.stats.StandardNormal;
import org.junit.jupiter.api.Test;

/** Quantiles and critical values against R 4.2.2's {@code qnorm} (printed with {@code sprintf("%.17g")}). */
class StandardNormalTest {

    @Test
    void quantilesEqualRsQnorm() {
        assertEquals(1.9599639845400536, StandardNormal.quantile(0.975), 1e-13);
        assertEquals(2.5758293035488999, StandardNormal.quantile(0.995), 1e-12);
        assertEquals(-1.6448536269514726, StandardNormal.quantile(0.05), 1e-12);
        assertEquals(3.0902323061678132, StandardNormal.quantile(0.999), 1e-11);
    }

    @Test
    void criticalValueOfAConfidenceLevel() {
        assertEquals(1.9599639845400536, StandardNormal.criticalValue(95), 1e-13);
        assertEquals(1.6448536269514715, StandardNormal.criticalValue(90), 1e-12);
        assertEquals(2.5758293035488999, StandardNormal.criticalValue(99), 1e-12);
    }

    @Test
    void outOfRangeArgumentsAreRefusedNamingThem() {
        assertEquals("probability must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(1)).getMessage());
        assertEquals("confidence level must be in (0, 100) percent, got 100.0",
                assertThrows(IllegalArgumentException.class, () -> StandardNormal.criticalValue(100)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(Double.NaN));
    }
}
