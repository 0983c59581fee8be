package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.NumericalRangeException;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.TestType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Extreme but finite inputs (issue 10, defect 1): a huge statistic has a p-value of 0, not an exception, and a model
 * whose statistics overflow double precision says so with {@link NumericalRangeException} instead of letting
 * Hipparchus' MathIllegalStateException escape (which took the command line down with exit code 0).
 */
class ExtremeInputTest {

    private static final double[] HUGE_YI = {1e200, -1e200, 0};
    private static final double[] VI = {0.04, 0.05, 0.06};

    @ParameterizedTest
    @EnumSource(Method.class)
    void overflowingQIsANamedRangeErrorForEveryEstimator(Method method) {
        NumericalRangeException e = assertThrows(NumericalRangeException.class,
                () -> MetaAnalysis.fit(HUGE_YI, VI, ModelOptions.of(method)));
        assertEquals("Q", e.quantity(), e.getMessage());
        assertTrue(e.getMessage().contains("|yi| = 1.00e+200") && e.getMessage().contains("0.0400"), e.getMessage());
    }

    @Test
    void aHugeButRepresentableStatisticHasPValueZero() {
        // z = 0.1 / sqrt(1e-300 / 2): about 1.4e149; Q = 8e298 on 1 df
        RmaResult r = MetaAnalysis.fit(new double[] {0.1, 0.5}, new double[] {1e-300, 1e-300}, ModelOptions.of(Method.FE));
        assertEquals(0.3, r.estimate(), 1e-12);
        assertEquals(0, r.pval());
        assertEquals(8e298, r.q(), 1e284);
        assertEquals(0, r.qPval());
        RmaResult knha = MetaAnalysis.fit(new double[] {1e6, 1e6 + 1, 1e6 + 3}, new double[] {1e-200, 1e-200, 1e-200},
                ModelOptions.of(Method.FE).withTest(TestType.KNHA));
        assertTrue(knha.pval() >= 0 && knha.pval() < 1e-10, "p = " + knha.pval());
    }

    @Test
    void subnormalVariancesOverflowTheWeightsWithAMessage() {
        NumericalRangeException e = assertThrows(NumericalRangeException.class,
                () -> MetaAnalysis.fit(new double[] {0.1, 0.2}, new double[] {4.9e-324, 0.01}, ModelOptions.of(Method.FE)));
        assertTrue(e.getMessage().contains("double precision"), e.getMessage());
    }
}
