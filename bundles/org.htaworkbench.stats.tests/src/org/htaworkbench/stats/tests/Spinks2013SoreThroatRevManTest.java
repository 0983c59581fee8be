package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.htaworkbench.stats.InvalidStudyDataException;
import org.htaworkbench.stats.MantelHaenszelRandomEffects;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.UnsupportedCombinationException;
import org.junit.jupiter.api.Test;

/**
 * RevMan 5's "M-H, Random" risk ratios, reproduced from the totals RevMan 5.2 stored in a published Cochrane review:
 * Spinks A, Glasziou PP, Del Mar CB. Antibiotics for sore throat. Cochrane Database Syst Rev 2013;(11):CD000023
 * (doi:10.1002/14651858.CD000023.pub4), analyses 1.1 (symptom of sore throat on day 3, 15 studies) and 4.1 (acute
 * rheumatic fever within 2 months, 16 studies of which 9 have no events: the zero-cell rules). The expected values
 * are the attributes RevMan wrote into the review's .rm5 file (EFFECT_SIZE, CI_START, CI_END, TAU2, CHI2, I2, Z,
 * WEIGHT), to all the digits it wrote.
 */
class Spinks2013SoreThroatRevManTest {

    private static final double TIGHT = 1e-10;

    @Test
    void analysis11SoreThroatOnDay3() {
        double[] e1 = {119, 21, 40, 36, 18, 89, 42, 6, 135, 18, 2, 60, 129, 215, 79};
        double[] n1 = {277, 42, 135, 117, 82, 157, 111, 52, 215, 41, 34, 89, 256, 358, 100};
        double[] e2 = {129, 26, 37, 57, 59, 48, 106, 7, 122, 27, 5, 74, 165, 131, 38};
        double[] n2 = {198, 40, 65, 117, 91, 50, 118, 43, 187, 41, 23, 90, 272, 164, 56};
        MantelHaenszelRandomEffects.Result r = MantelHaenszelRandomEffects.fitFromTotals(Measure.RR, e1, n1, e2, n2,
                null, 95);
        assertRevMan(r, 0.6837765472337998, 0.5895886991303211, 0.7930110723571225, 0.059731301081404224,
                85.8934971113238, 14, 83.70074514272594, 5.026986218157962);
        assertArrayEquals(new double[] {8.505468357593305, 5.894583244750027, 6.427023171132471, 6.500631164239401,
                5.24327068399012, 8.738779534934451, 7.574240328909656, 1.7498273479134738, 8.751417477047823,
                5.522210718482226, 0.8324900178682465, 8.462864733167745, 8.668568186505786, 9.058007811332624,
                8.070617222132654}, r.weightsPercent(), 1e-9);
    }

    @Test
    void analysis41RheumaticFeverWithZeroCells() {
        double[] e1 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 0, 2, 2, 26};
        double[] n1 = {369, 238, 62, 186, 87, 121, 59, 358, 454, 257, 798, 978, 605, 277, 157, 650};
        double[] e2 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 17, 35, 2, 5, 1, 12};
        double[] n2 = {386, 268, 59, 97, 94, 118, 58, 164, 216, 109, 804, 996, 608, 198, 50, 220};
        MantelHaenszelRandomEffects.Result r = MantelHaenszelRandomEffects.fitFromTotals(Measure.RR, e1, n1, e2, n2,
                null, 95);
        assertEquals(7, r.k(), "the 9 studies without events have no estimate");
        assertRevMan(r, 0.26852367541999833, 0.12006602298627175, 0.6005442877816402, 0.5084481786426333,
                12.195290766294914, 6, 50.80068105811242, 3.2016412175438824);
        assertArrayEquals(new double[] {5.824571736435628, 15.838972372023042, 22.945710146641176, 5.805174894988521,
                14.056603881001166, 8.508712648539454, 27.02025432037102}, r.weightsPercent(), 1e-9);
    }

    @Test
    void refusesPetoAndTablesWithoutAnyEstimate() {
        double[] one = {1}, zero = {0}, ten = {10};
        assertThrows(UnsupportedCombinationException.class,
                () -> MantelHaenszelRandomEffects.fitFromTotals(Measure.PETO, one, ten, one, ten, null, 95));
        assertThrows(InvalidStudyDataException.class,
                () -> MantelHaenszelRandomEffects.fitFromTotals(Measure.RR, zero, ten, zero, ten, null, 95));
    }

    private static void assertRevMan(MantelHaenszelRandomEffects.Result r, double rr, double lower, double upper,
            double tau2, double chi2, int df, double i2, double z) {
        var t = r.transformed();
        assertEquals(rr, t.estimate(), TIGHT, "EFFECT_SIZE");
        assertEquals(lower, t.ciLower(), 1e-8, "CI_START");
        assertEquals(upper, t.ciUpper(), 1e-8, "CI_END");
        assertEquals(tau2, r.tau2(), TIGHT, "TAU2");
        assertEquals(chi2, r.mantelHaenszel().q(), 1e-9, "CHI2");
        assertEquals(df, r.mantelHaenszel().qDf(), "DF");
        assertEquals(i2, r.mantelHaenszel().i2(), 1e-9, "I2");
        assertEquals(z, Math.abs(r.statistic()), 1e-9, "Z");
    }
}
