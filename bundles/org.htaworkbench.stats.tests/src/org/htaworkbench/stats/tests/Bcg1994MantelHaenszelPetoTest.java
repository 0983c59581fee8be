package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.close;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.htaworkbench.stats.MantelHaenszel;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.Peto;
import org.htaworkbench.stats.PooledResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/** metafor {@code rma.mh(measure=OR|RR|RD)} and {@code rma.peto()} on dat.bcg: bcg.json rma.mh.*, rma.peto.OR (closed form, 1e-9). */
class Bcg1994MantelHaenszelPetoTest {

    static void assertPooled(JsonObject b, PooledResult r, String what) {
        double tol = Fixtures.CLOSED;
        assertEquals(Fixtures.num(b, "k"), r.k(), what + ".k");
        assertEquals(Fixtures.num(b, "k.yi"), r.kYi(), what + ".k.yi");
        close(b, "estimate", r.estimate(), tol, what);
        close(b, "se", r.se(), tol, what);
        close(b, "zval", r.statistic(), tol, what);
        close(b, "pval", r.pval(), tol * 10, what);
        close(b, "ci.lb", r.ciLower(), tol, what);
        close(b, "ci.ub", r.ciUpper(), tol, what);
        close(b, "QE", r.q(), tol, what);
        close(b, "QEp", r.qPval(), tol * 10, what);
        close(b, "I2", r.i2(), tol, what);
        close(b, "H2", r.h2(), tol, what);
        Fixtures.closeAll(Fixtures.arr(b, "weights_pct"), r.weightsPercent(), tol, what + ".weights_pct");
        if (b.has("CMH")) {
            close(b, "CMH", r.cmh(), tol, what);
            close(b, "CMHp", r.cmhPval(), tol * 10, what);
        }
        if (b.has("TA")) {
            close(b, "TA", r.tarone(), tol, what);
            close(b, "TAp", r.taronePval(), tol * 10, what);
        }
        if (b.has("transf")) {
            JsonObject t = b.getAsJsonObject("transf");
            close(t, "estimate", r.transformed().estimate(), tol, what + ".transf");
            close(t, "ci.lb", r.transformed().ciLower(), tol, what + ".transf");
            close(t, "ci.ub", r.transformed().ciUpper(), tol, what + ".transf");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"OR", "RR", "RD"})
    void mantelHaenszel(Measure m) {
        Fixtures.Bcg d = Fixtures.bcgData();
        PooledResult r = MantelHaenszel.fit(m, d.ai(), d.bi(), d.ci(), d.di(), d.labels(), 95);
        assertPooled(Fixtures.path(Fixtures.bcg(), "rma.mh", m.name()), r, "rma.mh." + m);
    }

    @Test
    void peto() {
        Fixtures.Bcg d = Fixtures.bcgData();
        PooledResult r = Peto.fit(d.ai(), d.bi(), d.ci(), d.di(), d.labels(), 95);
        assertPooled(Fixtures.path(Fixtures.bcg(), "rma.peto", "OR"), r, "rma.peto.OR");
    }
}
