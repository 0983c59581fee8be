package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.stats.Coefficient;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaRegression;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.Prediction;
import org.htaworkbench.stats.TestType;
import org.htaworkbench.stats.UnsupportedCombinationException;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

/**
 * {@code rma(yi, vi, mods = ~ ablat)} on dat.bcg (log RR): bcg.json metareg.{FE,DL,REML_tight,REML,REML_knha},
 * and the common-tau² subgroup model {@code mods = ~ factor(alloc)}: subgroup.common_tau2_mixed_effects.*.
 */
class Bcg1994MetaRegressionTest {

    static IterationControl control(String c) {
        return c.equals("TIGHT") ? IterationControl.TIGHT : IterationControl.METAFOR_DEFAULT;
    }

    static void assertCoefficients(JsonObject c, List<Coefficient> coefs, double tol, String what) {
        double[] b = arr(c, "b"), se = arr(c, "se");
        assertEquals(b.length, coefs.size(), what + " number of coefficients");
        for (int j = 0; j < b.length; j++) {
            Coefficient k = coefs.get(j);
            Fixtures.close(b[j], k.estimate(), tol, what + ".b[" + j + "]");
            Fixtures.close(se[j], k.se(), tol, what + ".se[" + j + "]");
            if (c.has("zval")) {
                Fixtures.close(arr(c, "zval")[j], k.statistic(), tol, what + ".zval[" + j + "]");
                Fixtures.close(arr(c, "pval")[j], k.pval(), tol * 10, what + ".pval[" + j + "]");
                Fixtures.close(arr(c, "ci.lb")[j], k.ciLower(), tol, what + ".ci.lb[" + j + "]");
                Fixtures.close(arr(c, "ci.ub")[j], k.ciUpper(), tol, what + ".ci.ub[" + j + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"FE,FE,Z,1e-9,TIGHT", "DL,DL,Z,1e-9,TIGHT", "REML_tight,REML,Z,1e-8,TIGHT",
            "REML,REML,Z,1e-9,METAFOR_DEFAULT", "REML_knha,REML,KNHA,1e-9,METAFOR_DEFAULT"})
    void ablatModerator(String block, Method method, TestType test, double tol, String ctl) {
        Fixtures.Bcg d = Fixtures.bcgData();
        double[][] x = new double[d.ablat().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {d.ablat()[i]};
        }
        MetaRegressionResult r = MetaRegression.fit(Fixtures.bcgEffects(Measure.RR), x, new String[] {"ablat"}, true,
                ModelOptions.of(method).withTest(test).withControl(control(ctl)));
        JsonObject b = Fixtures.path(Fixtures.bcg(), "metareg", block);
        String w = "metareg." + block;
        assertCoefficients(b.getAsJsonObject("coefficients"), r.coefficients(), tol, w);
        double[] vc = arr(b, "vcov");
        double[][] v = r.vcov();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                Fixtures.close(vc[i + 2 * j], v[i][j], tol, w + ".vcov");
            }
        }
        close(b, "QM", r.qm(), tol, w);
        close(b, "QMp", r.qmPval(), tol * 10, w);
        assertEquals(arr(b, "QMdf")[0], r.qmDf1());
        assertEquals(test == TestType.Z, r.qmDf2().isEmpty());
        close(b, "tau2", r.tau2(), tol, w);
        close(b, "se.tau2", r.seTau2(), tol, w);
        close(b, "I2", r.i2(), tol, w);
        close(b, "H2", r.h2(), tol, w);
        close(b, "R2", r.r2(), tol, w);
        close(b, "QE", r.qe(), Fixtures.CLOSED, w);
        close(b, "QEp", r.qePval(), Fixtures.CLOSED * 10, w);
        if (b.has("fit.stats")) {
            ModelAssert.assertFit(b.getAsJsonObject("fit.stats").getAsJsonObject("ML"), r.fitMl().orElseThrow(), tol, w + ".ML");
            ModelAssert.assertFit(b.getAsJsonObject("fit.stats").getAsJsonObject("REML"), r.fitReml().orElseThrow(), tol, w + ".REML");
        }
        if (b.has("predict")) {
            JsonObject p = b.getAsJsonObject("predict");
            double[] at = arr(p, "ablat");
            for (int i = 0; i < at.length; i++) {
                Prediction pr = r.predict(new double[] {at[i]});
                Fixtures.close(arr(p, "pred")[i], pr.pred(), tol, w + ".pred");
                Fixtures.close(arr(p, "se")[i], pr.se(), tol, w + ".pred.se");
                Fixtures.close(arr(p, "ci.lb")[i], pr.ciLower(), tol, w + ".pred.ci.lb");
                if (Double.isNaN(arr(p, "pi.lb")[i])) {
                    assertTrue(pr.piLower().isEmpty(), w + ": FE has no prediction interval");
                } else {
                    Fixtures.close(arr(p, "pi.lb")[i], pr.piLower().getAsDouble(), tol, w + ".pred.pi.lb");
                    Fixtures.close(arr(p, "pi.ub")[i], pr.piUpper().getAsDouble(), tol, w + ".pred.pi.ub");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"REML_tight,REML,1e-8,TIGHT", "REML,REML,1e-9,METAFOR_DEFAULT", "DL,DL,1e-9,TIGHT"})
    void subgroupsCommonTau2(String block, Method method, double tol, String ctl) {
        EffectSizeData es = Fixtures.bcgEffects(Measure.RR);
        MetaRegression.Dummies dm = MetaRegression.dummies(Fixtures.bcgData().alloc(), "factor(alloc)");
        assertEquals(List.of("alternate", "random", "systematic"), dm.levels());
        ModelOptions o = ModelOptions.of(method).withControl(control(ctl));
        MetaRegressionResult r = MetaRegression.fit(es, dm.columns(), dm.names(), true, o);
        JsonObject b = Fixtures.path(Fixtures.bcg(), "subgroup", "common_tau2_mixed_effects", block);
        String w = "common_tau2." + block;
        assertCoefficients(b.getAsJsonObject("coefficients"), r.coefficients(), tol, w);
        assertEquals(List.of("intrcpt", "factor(alloc)random", "factor(alloc)systematic"),
                r.coefficients().stream().map(Coefficient::name).toList());
        close(b, "QM", r.qm(), tol, w);
        close(b, "QMp", r.qmPval(), tol * 10, w);
        close(b, "tau2", r.tau2(), tol, w);
        close(b, "R2", r.r2(), tol, w);
        close(b, "QE", r.qe(), Fixtures.CLOSED, w);
        // group estimates: the same model without intercept, one column per level
        double[][] full = new double[es.k()][3];
        String[] alloc = Fixtures.bcgData().alloc();
        for (int i = 0; i < es.k(); i++) {
            full[i][dm.levels().indexOf(alloc[i])] = 1;
        }
        MetaRegressionResult g = MetaRegression.fit(es, full, dm.levels().toArray(String[]::new), false, o);
        assertCoefficients(b.getAsJsonObject("group_estimates"), g.coefficients(), tol, w + ".group_estimates");
        Fixtures.close(b, "tau2", g.tau2(), tol, w + ".group_estimates.tau2");
    }

    @Test
    void unsupportedMethodAndCollinearity() {
        EffectSizeData es = Fixtures.bcgEffects(Measure.RR);
        double[][] x = new double[es.k()][1];
        assertThrows(UnsupportedCombinationException.class,
                () -> MetaRegression.fit(es, x, new String[] {"x"}, true, ModelOptions.of(Method.SJ)));
        var e = assertThrows(org.htaworkbench.stats.InvalidStudyDataException.class,
                () -> MetaRegression.fit(es, x, new String[] {"x"}, true, ModelOptions.of(Method.REML)));
        assertTrue(e.getMessage().contains("collinear"), e.getMessage());
    }
}
