package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.ConvergenceException;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.InvalidStudyDataException;
import org.htaworkbench.stats.MantelHaenszel;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.PiType;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.TestType;
import org.htaworkbench.stats.UnsupportedCombinationException;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Invalid input raises a specific exception naming the study and the field; results are never NaN/Infinity. */
class BadInputTest {
    private static final String[] LABELS = {"A", "B", "C"};

    private static InvalidStudyDataException invalid(int index, String field, Executable call) {
        InvalidStudyDataException e = assertThrows(InvalidStudyDataException.class, call);
        assertEquals(index, e.studyIndex(), "study index in: " + e.getMessage());
        assertEquals(field, e.field(), "field in: " + e.getMessage());
        if (index >= 0) {
            assertEquals(LABELS[index], e.studyLabel());
            assertTrue(e.getMessage().contains("'" + LABELS[index] + "'"), e.getMessage());
        } else {
            assertNull(e.studyLabel());
        }
        return e;
    }

    @Test
    void noStudies() {
        invalid(-1, "k", () -> EffectSizes.generic(new double[0], new double[0], null));
        invalid(-1, "k", () -> MetaAnalysis.fit(new double[0], new double[0], ModelOptions.of(Method.REML)));
    }

    @Test
    void singleStudyFitsWithTau2ZeroButRejectsTDistributions() {
        RmaResult r = MetaAnalysis.fit(new double[] {0.4}, new double[] {0.04}, ModelOptions.of(Method.REML));
        assertEquals(0, r.tau2());
        assertEquals(0.4, r.estimate());
        assertEquals(0.2, r.se(), 1e-15);
        assertEquals(0, r.q());
        assertEquals(1, r.qPval());
        assertTrue(r.seTau2().isEmpty());
        assertTrue(r.fitStatisticsReml().isEmpty(), "REML BIC uses log(k-1) = -Inf for k = 1");
        invalid(-1, "k", () -> MetaAnalysis.fit(new double[] {0.4}, new double[] {0.04},
                ModelOptions.of(Method.REML).withTest(TestType.KNHA)));
        invalid(-1, "k", r::confint);
        invalid(-1, "k", () -> r.predict(PiType.T));
    }

    @Test
    void negativeZeroAndNonFiniteVariances() {
        invalid(1, "vi", () -> EffectSizes.generic(new double[] {1, 2, 3}, new double[] {0.1, -0.1, 0.1}, LABELS));
        invalid(2, "vi", () -> EffectSizes.generic(new double[] {1, 2, 3}, new double[] {0.1, 0.1, 0}, LABELS));
        invalid(0, "yi", () -> EffectSizes.generic(new double[] {Double.NaN, 2, 3}, new double[] {0.1, 0.1, 0.1}, LABELS));
        invalid(2, "sei", () -> EffectSizes.genericFromSe(new double[] {1, 2, 3}, new double[] {0.1, 0.1, Double.POSITIVE_INFINITY}, LABELS));
        // EffectSizeData does not validate; the model fit does
        invalid(1, "vi", () -> MetaAnalysis.fit(new EffectSizeData(Measure.GEN, new double[] {1, 2, 3},
                new double[] {0.1, Double.NaN, 0.1}, LABELS, new int[] {0, 1, 2}, null, java.util.List.of()),
                ModelOptions.of(Method.DL)));
    }

    @Test
    void eventsAboveTotal() {
        invalid(1, "ai", () -> EffectSizes.twoByTwoFromTotals(Measure.RR, new double[] {1, 12, 3}, new double[] {10, 10, 10},
                new double[] {1, 2, 3}, new double[] {10, 10, 10}, LABELS, null));
        invalid(2, "ci", () -> MantelHaenszel.fitFromTotals(Measure.OR, new double[] {1, 2, 3}, new double[] {10, 10, 10},
                new double[] {1, 2, 30}, new double[] {10, 10, 10}, LABELS, 95));
        invalid(0, "xi", () -> EffectSizes.proportions(Measure.PLO, new double[] {11, 2, 3}, new double[] {10, 10, 10}, LABELS, null));
        invalid(1, "bi", () -> EffectSizes.twoByTwo(Measure.OR, new double[] {1, 2, 3}, new double[] {5, -1, 5},
                new double[] {1, 2, 3}, new double[] {5, 5, 5}, LABELS, null));
    }

    @Test
    void zeroCellsWithCorrectionOff() {
        invalid(1, "ai", () -> EffectSizes.twoByTwo(Measure.OR, new double[] {1, 0, 3}, new double[] {5, 5, 5},
                new double[] {1, 2, 3}, new double[] {5, 5, 5}, LABELS, ContinuityCorrection.NONE));
        invalid(2, "ci", () -> EffectSizes.twoByTwo(Measure.RR, new double[] {1, 1, 3}, new double[] {5, 5, 5},
                new double[] {1, 2, 0}, new double[] {5, 5, 5}, LABELS, ContinuityCorrection.NONE));
        invalid(0, "xi", () -> EffectSizes.proportions(Measure.PLO, new double[] {0, 2, 3}, new double[] {10, 10, 10}, LABELS,
                ContinuityCorrection.NONE));
        invalid(2, "xi", () -> EffectSizes.proportions(Measure.PR, new double[] {1, 2, 10}, new double[] {10, 10, 10}, LABELS,
                ContinuityCorrection.NONE));
        // with metafor's default correction the same data is fine
        assertEquals(3, EffectSizes.twoByTwo(Measure.OR, new double[] {1, 0, 3}, new double[] {5, 5, 5},
                new double[] {1, 2, 3}, new double[] {5, 5, 5}, LABELS, null).k());
    }

    @Test
    void invalidRatioConfidenceIntervals() {
        invalid(1, "ci_lb", () -> EffectSizes.ratioFromCi(new double[] {0.8, 0.9, 1.2}, new double[] {0.6, 0.95, 1.0},
                new double[] {1.1, 1.2, 1.5}, 95, LABELS));
        invalid(2, "ci_ub", () -> EffectSizes.ratioFromCi(new double[] {0.8, 0.9, 1.2}, new double[] {0.6, 0.7, 1.0},
                new double[] {1.1, 1.2, 1.2}, 95, LABELS));
        invalid(0, "estimate", () -> EffectSizes.ratioFromCi(new double[] {-0.8, 0.9, 1.2}, new double[] {0.6, 0.7, 1.0},
                new double[] {1.1, 1.2, 1.5}, 95, LABELS));
    }

    @Test
    void ragged() {
        InvalidStudyDataException e = invalid(-1, "vi",
                () -> EffectSizes.generic(new double[] {1, 2, 3}, new double[] {0.1, 0.1}, LABELS));
        assertTrue(e.getMessage().contains("2 values"), e.getMessage());
    }

    @Test
    void unknownOrUnsupportedCombinations() {
        assertThrows(UnsupportedCombinationException.class, () -> Measure.parse("XYZ"));
        assertThrows(UnsupportedCombinationException.class, () -> Method.parse("BAYES"));
        assertThrows(UnsupportedCombinationException.class, () -> TestType.parse("wald"));
        assertThrows(UnsupportedCombinationException.class, () -> MantelHaenszel.fit(Measure.SMD, new double[] {1},
                new double[] {1}, new double[] {1}, new double[] {1}, null, 95));
        assertThrows(UnsupportedCombinationException.class, () -> EffectSizes.twoByTwo(Measure.SMD, new double[] {1},
                new double[] {1}, new double[] {1}, new double[] {1}, null, null));
        assertThrows(UnsupportedCombinationException.class, () -> EffectSizes.proportions(Measure.OR, new double[] {1},
                new double[] {2}, null, null));
        assertThrows(UnsupportedCombinationException.class, () -> Method.FE.estimator(IterationControl.TIGHT));
        assertEquals(Method.FE, Method.parse("ee"));
        assertEquals(Measure.PFT, Measure.parse("pft"));
    }

    @Test
    void identicalEffectsUnderKnappHartung() {
        invalid(-1, "yi", () -> MetaAnalysis.fit(new double[] {0.5, 0.5, 0.5}, new double[] {0.1, 0.2, 0.3},
                ModelOptions.of(Method.DL).withTest(TestType.KNHA)));
        RmaResult adhoc = MetaAnalysis.fit(new double[] {0.5, 0.5, 0.5}, new double[] {0.1, 0.2, 0.3},
                ModelOptions.of(Method.DL).withTest(TestType.ADHOC));
        assertEquals(1, adhoc.knhaScale());
    }

    @Test
    void nonConvergenceIsReported() {
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> MetaAnalysis.fit(
                Fixtures.bcgEffects(Measure.RR), ModelOptions.of(Method.REML).withControl(new IterationControl(1e-15, 2, false))));
        assertEquals(2, e.iterations());
        assertTrue(e.getMessage().contains("REML"), e.getMessage());
        assertTrue(MetaAnalysis.fit(Fixtures.bcgEffects(Measure.RR), ModelOptions.of(Method.REML)).iterations() > 2);
    }

    /** Random data sets (including tau² = 0 boundaries and extreme variance ratios): every output is finite. */
    @ParameterizedTest
    @EnumSource(Method.class)
    void resultsAreAlwaysFinite(Method method) {
        Random rnd = new Random(42);
        for (int rep = 0; rep < 200; rep++) {
            int k = 2 + rnd.nextInt(30);
            double[] y = new double[k];
            double[] v = new double[k];
            for (int i = 0; i < k; i++) {
                v[i] = Math.pow(10, -4 + 6 * rnd.nextDouble());
                y[i] = (rep % 3 == 0 ? 0.01 : 1) * rnd.nextGaussian();
            }
            for (TestType t : TestType.values()) {
                RmaResult r = MetaAnalysis.fit(y, v, ModelOptions.of(method).withTest(t));
                double[] all = {r.estimate(), r.se(), r.statistic(), r.pval(), r.ciLower(), r.ciUpper(), r.tau2(), r.i2(),
                        r.h2(), r.q(), r.qPval(), r.vt()};
                for (double x : all) {
                    assertTrue(Double.isFinite(x), method + "/" + t + " rep " + rep + ": " + r);
                }
                if (!method.isFixed()) {
                    var ci = r.confint();
                    assertTrue(Double.isFinite(ci.tau2().upper()) && ci.tau2().lower() <= ci.tau2().upper(), "confint " + ci);
                    assertTrue(Double.isFinite(r.predict(PiType.RILEY).piLower().getAsDouble()));
                }
            }
        }
    }
}
