package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.stats.EggerResult;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.PublicationBias;
import org.htaworkbench.stats.RankTestResult;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.TrimFillResult;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

/** regtest (Egger, mixed-effects and classic lm), ranktest (Begg) and trimfill (L0) on dat.bcg log RR: bcg.json regtest.*, ranktest, trimfill.*. */
class Bcg1994PublicationBiasTest {

    private static void assertEgger(JsonObject b, EggerResult r, double tol, String what) {
        close(b, b.has("zval") ? "zval" : "tval", r.statistic(), tol, what);
        close(b, "pval", r.pval(), tol * 10, what);
        close(b, "limit_estimate", r.limitEstimate(), tol, what);
        close(b, "limit_ci.lb", r.limitCiLower(), tol, what);
        close(b, "limit_ci.ub", r.limitCiUpper(), tol, what);
        if (Fixtures.isNull(b, "dfs")) {
            assertTrue(r.df().isEmpty());
        } else {
            assertEquals(Fixtures.num(b, "dfs"), r.df().getAsInt());
        }
        Bcg1994MetaRegressionTest.assertCoefficients(b.getAsJsonObject("fit_coefficients"), r.fit().coefficients(), tol,
                what + ".fit");
    }

    @Test
    void eggerMixedEffectsRegressionMetaforDefaultPath() {
        EggerResult r = PublicationBias.egger(Fixtures.bcgEffects(Measure.RR),
                ModelOptions.of(Method.REML).withControl(IterationControl.METAFOR_DEFAULT));
        assertEgger(Fixtures.path(Fixtures.bcg(), "regtest", "REML_rma"), r, Fixtures.CLOSED, "regtest.REML_rma");
    }

    @Test
    void eggerMixedEffectsRegressionExactWithinLooseTolerance() {
        EggerResult r = PublicationBias.egger(Fixtures.bcgEffects(Measure.RR), ModelOptions.of(Method.REML));
        close(Fixtures.path(Fixtures.bcg(), "regtest", "REML_rma"), "zval", r.statistic(), Fixtures.LOOSE, "regtest exact vs default REML_rma");
    }

    @Test
    void eggerCommonEffect() {
        EggerResult r = PublicationBias.egger(Fixtures.bcgEffects(Measure.RR), ModelOptions.of(Method.FE));
        assertEgger(Fixtures.path(Fixtures.bcg(), "regtest", "FE_rma"), r, Fixtures.CLOSED, "regtest.FE_rma");
    }

    @Test
    void classicEgger() {
        EggerResult r = PublicationBias.eggerClassic(Fixtures.bcgEffects(Measure.RR), 95);
        assertEgger(Fixtures.path(Fixtures.bcg(), "regtest", "classic_egger_lm"), r, Fixtures.CLOSED, "regtest.classic_egger_lm");
    }

    @ParameterizedTest
    @CsvSource({"REML_tight,REML,1e-8", "FE,FE,1e-9"})
    void peese(String block, Method method, double tol) {
        EggerResult r = PublicationBias.peese(Fixtures.bcgEffects(Measure.RR), ModelOptions.of(method));
        JsonObject b = Fixtures.path(Fixtures.extra(), "peese", block);
        close(b, "zval", r.statistic(), tol, "peese." + block);
        close(b, "pval", r.pval(), tol * 10, "peese." + block);
        close(b, "limit_estimate", r.limitEstimate(), tol, "peese." + block);
        close(b, "limit_ci.lb", r.limitCiLower(), tol, "peese." + block);
        close(b, "limit_ci.ub", r.limitCiUpper(), tol, "peese." + block);
        Fixtures.close(arr(b, "se")[1], r.fit().coefficients().get(1).se(), tol, "peese." + block + ".se");
    }

    @Test
    void beggRankCorrelation() {
        RankTestResult r = PublicationBias.rankTest(Fixtures.bcgEffects(Measure.RR));
        JsonObject b = Fixtures.bcg().getAsJsonObject("ranktest");
        close(b, "tau", r.tau(), Fixtures.CLOSED, "ranktest");
        close(b, "pval", r.pval(), Fixtures.CLOSED, "ranktest");
        assertTrue(r.exact());
    }

    @Test
    void exactKendallDistribution() {
        // n = 4: 24 permutations, inversion counts 0..6 with frequencies 1,3,5,6,5,3,1
        int[] freq = {1, 3, 5, 6, 5, 3, 1};
        int cum = 0;
        for (int q = 0; q <= 6; q++) {
            cum += freq[q];
            Fixtures.close(cum / 24.0, PublicationBias.kendallCdf(q, 4), 1e-15, "pkendall(" + q + ", 4)");
        }
    }

    @ParameterizedTest
    @CsvSource({"REML_tight,REML,1e-8,TIGHT", "REML,REML,1e-9,METAFOR_DEFAULT", "FE,FE,1e-9,TIGHT"})
    void trimAndFill(String block, Method method, double tol, String ctl) {
        TrimFillResult t = PublicationBias.trimFill(Fixtures.bcgEffects(Measure.RR),
                ModelOptions.of(method).withControl(Bcg1994MetaRegressionTest.control(ctl)));
        JsonObject b = Fixtures.path(Fixtures.bcg(), "trimfill", block);
        String w = "trimfill." + block;
        assertEquals(Fixtures.num(b, "k0"), t.k0(), w + ".k0");
        assertEquals(b.get("side").getAsString(), t.side(), w + ".side");
        close(b, "se.k0", t.seK0(), tol, w);
        RmaResult r = t.model();
        assertEquals(Fixtures.num(b, "k"), r.k(), w + ".k");
        close(b, "estimate", r.estimate(), tol, w);
        close(b, "se", r.se(), tol, w);
        close(b, "zval", r.statistic(), tol, w);
        close(b, "ci.lb", r.ciLower(), tol, w);
        close(b, "ci.ub", r.ciUpper(), tol, w);
        close(b, "tau2", r.tau2(), tol, w);
        close(b, "I2", r.i2(), tol, w);
        close(b, "QE", r.q(), tol, w);
        close(b.getAsJsonObject("transf"), "estimate", r.transformed().estimate(), tol, w + ".transf");
        Fixtures.closeAll(arr(b, "filled_yi"), t.filledYi(), tol, w + ".filled_yi");
        Fixtures.closeAll(arr(b, "filled_vi"), t.filledVi(), tol, w + ".filled_vi");
    }

    @Test
    void symmetricDataNeedNoFilling() {
        double[] y = {-0.2, 0.2, -0.1, 0.1, 0, -0.3, 0.3};
        double[] v = {0.04, 0.04, 0.02, 0.02, 0.01, 0.08, 0.08};
        TrimFillResult t = PublicationBias.trimFill(EffectSizes.generic(y, v, null), ModelOptions.of(Method.FE));
        assertEquals(0, t.k0());
        assertEquals(7, t.model().k());
    }
}
