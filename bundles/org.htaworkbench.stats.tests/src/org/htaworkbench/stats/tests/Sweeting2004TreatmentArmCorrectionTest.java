package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.junit.jupiter.api.Test;

/**
 * The treatment-arm continuity correction of Sweeting, Sutton and Lambert (Stat Med 2004;23:1351-75). metafor has no
 * such option, so the expected values are worked by hand from the definition (shares proportional to the reciprocal of
 * the opposite arm's size, summing to 1 per study).
 */
class Sweeting2004TreatmentArmCorrectionTest {

    @Test
    void unequalArmsShareTheCorrectionByArmSize() {
        // 0/10 vs 3/40: n1 = 10, n2 = 40; group 1 cells get 1·10/50 = 0.2, group 2 cells 1·40/50 = 0.8
        // corrected table 0.2, 10.2 | 3.8, 37.8: log OR = ln(0.2·37.8 / (10.2·3.8)) = ln(7.56 / 38.76)
        EffectSizeData or = EffectSizes.twoByTwo(Measure.OR, new double[] { 0 }, new double[] { 10 }, new double[] { 3 },
                new double[] { 37 }, new String[] { "unequal" }, ContinuityCorrection.treatmentArm());
        assertEquals(Math.log(7.56 / 38.76), or.yi()[0], 1e-12);
        assertEquals(1 / 0.2 + 1 / 10.2 + 1 / 3.8 + 1 / 37.8, or.vi()[0], 1e-12);
        // RR on the same table: ln((0.2/10.4) / (3.8/41.6))
        EffectSizeData rr = EffectSizes.twoByTwo(Measure.RR, new double[] { 0 }, new double[] { 10 }, new double[] { 3 },
                new double[] { 37 }, new String[] { "unequal" }, ContinuityCorrection.treatmentArm());
        assertEquals(Math.log((0.2 / 10.4) / (3.8 / 41.6)), rr.yi()[0], 1e-12);
    }

    @Test
    void equalArmsGetMetaforsDefaultHalf() {
        double[] ai = { 0, 4 }, bi = { 20, 16 }, ci = { 2, 6 }, di = { 18, 14 };
        String[] labels = { "zero cell", "no zero cell" };
        EffectSizeData sweeting = EffectSizes.twoByTwo(Measure.OR, ai, bi, ci, di, labels, ContinuityCorrection.treatmentArm());
        EffectSizeData metafor = EffectSizes.twoByTwo(Measure.OR, ai, bi, ci, di, labels, ContinuityCorrection.METAFOR_DEFAULT);
        assertArrayEquals(metafor.yi(), sweeting.yi(), 1e-15);
        assertArrayEquals(metafor.vi(), sweeting.vi(), 1e-15);
    }

    @Test
    void studiesWithoutAZeroCellAreNotCorrected() {
        EffectSizeData or = EffectSizes.twoByTwo(Measure.OR, new double[] { 4 }, new double[] { 6 }, new double[] { 10 },
                new double[] { 30 }, new String[] { "s" }, ContinuityCorrection.treatmentArm());
        assertEquals(Math.log(4.0 * 30 / (6.0 * 10)), or.yi()[0], 1e-12);
    }
}
