package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.stats.BackTransform;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.InvalidStudyDataException;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.NumberNeeded;
import org.htaworkbench.stats.RmaResult;
import org.junit.jupiter.api.Test;

/**
 * Back-transforms (metafor transf.exp / ilogit / iarcsin / ipft and their clamping), ratio estimates from
 * a CI (e.g. hazard ratios), and NNT with Altman's convention.
 */
class BackTransformAndNntTest {

    @Test
    void inverseTransformsRoundTrip() {
        for (double p : new double[] {0.01, 0.2, 0.5, 0.93}) {
            Fixtures.close(p, BackTransform.ilogit(Math.log(p / (1 - p))), 1e-14, "ilogit");
            Fixtures.close(p, BackTransform.iarcsin(Math.asin(Math.sqrt(p))), 1e-14, "iarcsin");
            // Miller's inversion is exact for the transform of a proportion at the same n
            Fixtures.close(p, BackTransform.ipft(BackTransform.pft(p, 40), 40), 1e-12, "ipft");
        }
        Fixtures.close(1e-300, BackTransform.ilogit(-690.7755278982137), 1e-12, "ilogit far tail");
    }

    @Test
    void transformsAreClampedToTheUnitInterval() {
        assertEquals(0, BackTransform.iarcsin(-0.1));
        assertEquals(1, BackTransform.iarcsin(2));
        assertEquals(0, BackTransform.ipft(0.01, 20));
        assertEquals(1, BackTransform.ipft(1.6, 20));
        assertEquals(0, BackTransform.ipft(BackTransform.pft(0, 20), 20), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BackTransform.ipft(0.5, 0));
    }

    @Test
    void hazardRatioFromConfidenceInterval() {
        // HR 0.75 (95% CI 0.60 to 0.94): yi = log 0.75, sei = (log 0.94 - log 0.60)/(2·1.959964)
        EffectSizeData es = EffectSizes.ratioFromCi(new double[] {0.75, 0.9}, new double[] {0.60, 0.7},
                new double[] {0.94, 1.157142857142857}, 95, new String[] {"T1", "T2"});
        assertEquals(Measure.GEN_LOG, es.measure());
        Fixtures.close(Math.log(0.75), es.yi()[0], 1e-15, "yi");
        Fixtures.close((Math.log(0.94) - Math.log(0.60)) / (2 * 1.959963984540054), es.sei()[0], 1e-14, "sei");
        RmaResult r = MetaAnalysis.fit(es, ModelOptions.of(Method.FE));
        Fixtures.close(Math.exp(r.estimate()), r.transformed().estimate(), 1e-15, "exp back-transform");
        // 90% intervals are narrower for the same limits -> larger SE
        EffectSizeData es90 = EffectSizes.ratioFromCi(new double[] {0.75}, new double[] {0.60}, new double[] {0.94}, 90, null);
        assertTrue(es90.sei()[0] > es.sei()[0]);
    }

    @Test
    void nntWhenTheCiExcludesZero() {
        NumberNeeded n = NumberNeeded.fromRiskDifference(-0.1, -0.15, -0.05);
        assertEquals(NumberNeeded.Direction.BENEFIT, n.direction());
        Fixtures.close(10, n.nnt().getAsDouble(), 1e-14, "nnt");
        Fixtures.close(1 / 0.15, n.ciLower().getAsDouble(), 1e-14, "lower");
        Fixtures.close(20, n.ciUpper().getAsDouble(), 1e-14, "upper");
        assertEquals("NNTB 10.0 (6.7 to 20.0)", n.display());
    }

    @Test
    void nntAltmanConventionWhenTheCiContainsZero() {
        NumberNeeded n = NumberNeeded.fromRiskDifference(-0.04, -0.12, 0.02);
        assertTrue(n.ciLower().isEmpty());
        Fixtures.close(1 / 0.12, n.nntbLimit().getAsDouble(), 1e-14, "NNTB limit");
        Fixtures.close(50, n.nnthLimit().getAsDouble(), 1e-14, "NNTH limit");
        assertEquals("NNTB 25.0 (NNTB 8.3 to ∞ to NNTH 50.0)", n.display());
        NumberNeeded zero = NumberNeeded.fromRiskDifference(0, -0.1, 0.1);
        assertTrue(zero.nnt().isEmpty());
        assertEquals(NumberNeeded.Direction.NONE, zero.direction());
        assertThrows(InvalidStudyDataException.class, () -> NumberNeeded.fromRiskDifference(0.2, 0.1, 0.15));
        assertThrows(InvalidStudyDataException.class, () -> NumberNeeded.fromRiskDifference(Double.NaN, 0.1, 0.15));
    }
}
