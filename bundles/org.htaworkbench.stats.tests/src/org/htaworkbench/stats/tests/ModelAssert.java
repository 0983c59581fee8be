package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.close;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;
import static org.htaworkbench.stats.tests.Fixtures.isNull;
import static org.htaworkbench.stats.tests.Fixtures.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.stats.FitStatistics;
import org.htaworkbench.stats.HeterogeneityConfint;
import org.htaworkbench.stats.Interval;
import org.htaworkbench.stats.PiType;
import org.htaworkbench.stats.Prediction;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Transformed;

import com.google.gson.JsonObject;

/** Compares an {@link RmaResult} with a metafor model block of bcg.json / extra.json, field by field. */
final class ModelAssert {
    private ModelAssert() {
    }

    /** Every field of an {@code rma.<MEASURE>.<MODEL>} block of bcg.json. */
    static void assertBcgBlock(JsonObject b, RmaResult r, double tol, String what) {
        assertEquals(num(b, "k"), r.k(), what + ".k");
        close(b, "estimate", r.estimate(), tol, what);
        close(b, "se", r.se(), tol, what);
        close(b, "zval", r.statistic(), tol, what);
        close(b, "pval", r.pval(), tol * 10, what); // a p-value amplifies the relative error of z by ~z²
        close(b, "ci.lb", r.ciLower(), tol, what);
        close(b, "ci.ub", r.ciUpper(), tol, what);
        if (isNull(b, "df")) {
            assertTrue(r.df().isEmpty(), what + ".df should be NA");
        } else {
            assertEquals(num(b, "df"), r.df().getAsInt(), what + ".df");
        }
        close(b, "tau2", r.tau2(), tol, what);
        close(b, "tau", r.tau(), tol, what);
        close(b, "se.tau2", r.seTau2(), tol, what);
        close(b, "I2", r.i2(), tol, what);
        close(b, "H2", r.h2(), tol, what);
        close(b, "QE", r.q(), Fixtures.CLOSED, what);
        close(b, "QEp", r.qPval(), Fixtures.CLOSED, what);
        assertEquals(num(b, "QE.df"), r.qDf(), what + ".QE.df");
        close(b, "vt", r.vt(), Fixtures.CLOSED, what);
        JsonObject fs = b.getAsJsonObject("fit.stats");
        assertFit(fs.getAsJsonObject("ML"), r.fitStatisticsMl().orElseThrow(), tol, what + ".fit.stats.ML");
        assertFit(fs.getAsJsonObject("REML"), r.fitStatisticsReml().orElseThrow(), tol, what + ".fit.stats.REML");
        if (b.has("weights_pct")) { // absent in the subgroup blocks
            closeAll(arr(b, "weights_pct"), r.weightsPercent(), tol, what + ".weights_pct");
        }
        if (b.has("transf")) {
            JsonObject t = b.getAsJsonObject("transf");
            Transformed tr = r.transformed();
            close(t, "estimate", tr.estimate(), tol, what + ".transf");
            close(t, "ci.lb", tr.ciLower(), tol, what + ".transf");
            close(t, "ci.ub", tr.ciUpper(), tol, what + ".transf");
        }
        assertPredict(b.getAsJsonObject("predict"), r.predict(), r.transformed(), tol, what + ".predict");
        assertPredict(b.getAsJsonObject("predict_pi_t_kminus1"), r.predict(PiType.T), r.transformed(PiType.T), tol,
                what + ".predict_pi_t_kminus1");
        assertPredict(b.getAsJsonObject("predict_pi_t_kminus2"), r.predict(PiType.RILEY), r.transformed(PiType.RILEY),
                tol, what + ".predict_pi_t_kminus2");
    }

    static void assertFit(JsonObject e, FitStatistics f, double tol, String what) {
        close(e, "ll", f.logLik(), tol, what);
        close(e, "dev", f.deviance(), tol, what);
        close(e, "AIC", f.aic(), tol, what);
        close(e, "BIC", f.bic(), tol, what);
        close(e, "AICc", f.aicc(), tol, what);
    }

    static void assertPredict(JsonObject e, Prediction p, Transformed t, double tol, String what) {
        if (e == null) {
            return;
        }
        close(e, "pred", p.pred(), tol, what);
        close(e, "se", p.se(), tol, what);
        close(e, "ci.lb", p.ciLower(), tol, what);
        close(e, "ci.ub", p.ciUpper(), tol, what);
        close(e, "pi.lb", p.piLower(), tol, what);
        close(e, "pi.ub", p.piUpper(), tol, what);
        if (e.has("transf")) {
            JsonObject tt = e.getAsJsonObject("transf");
            close(tt, "pred", t.estimate(), tol, what + ".transf");
            close(tt, "pi.lb", t.piLower(), tol, what + ".transf");
            close(tt, "pi.ub", t.piUpper(), tol, what + ".transf");
        }
    }

    /** A {@code confint_*} block. */
    static void assertConfint(JsonObject c, HeterogeneityConfint ci, double tol, String what) {
        assertInterval(c.getAsJsonObject("tau2"), ci.tau2(), tol, what + ".tau2");
        assertInterval(c.getAsJsonObject("tau"), ci.tau(), tol, what + ".tau");
        assertInterval(c.getAsJsonObject("I2"), ci.i2(), tol, what + ".I2");
        assertInterval(c.getAsJsonObject("H2"), ci.h2(), tol, what + ".H2");
    }

    static void assertInterval(JsonObject e, Interval i, double tol, String what) {
        close(e, "estimate", i.estimate(), tol, what);
        close(e, "ci.lb", i.lower(), tol, what);
        close(e, "ci.ub", i.upper(), tol, what);
    }

    /** A model block of extra.json (generate_fixtures.R, function model()). */
    static void assertExtraBlock(JsonObject b, RmaResult r, double tol, String what) {
        assertEquals(num(b, "k"), r.k(), what + ".k");
        close(b, "estimate", r.estimate(), tol, what);
        close(b, "se", r.se(), tol, what);
        close(b, "zval", r.statistic(), tol, what);
        close(b, "pval", r.pval(), tol * 10, what);
        close(b, "ci.lb", r.ciLower(), tol, what);
        close(b, "ci.ub", r.ciUpper(), tol, what);
        close(b, "tau2", r.tau2(), tol, what);
        close(b, "se.tau2", r.seTau2(), tol, what);
        close(b, "I2", r.i2(), tol, what);
        close(b, "H2", r.h2(), tol, what);
        close(b, "QE", r.q(), Fixtures.CLOSED, what);
        close(b, "QEp", r.qPval(), Fixtures.CLOSED * 10, what);
        Prediction p = r.predict();
        close(b, "pi.lb", p.piLower(), tol, what);
        close(b, "pi.ub", p.piUpper(), tol, what);
        closeAll(arr(b, "weights_pct"), r.weightsPercent(), tol, what + ".weights_pct");
        if (b.has("transf")) {
            JsonObject t = b.getAsJsonObject("transf");
            Transformed tr = r.transformed();
            close(t, "estimate", tr.estimate(), tol, what + ".transf");
            close(t, "ci.lb", tr.ciLower(), tol, what + ".transf");
            close(t, "ci.ub", tr.ciUpper(), tol, what + ".transf");
            close(t, "pi.lb", tr.piLower(), tol, what + ".transf");
            close(t, "pi.ub", tr.piUpper(), tol, what + ".transf");
        }
    }
}
