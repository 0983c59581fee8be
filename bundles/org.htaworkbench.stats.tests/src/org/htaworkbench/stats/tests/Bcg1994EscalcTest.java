package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.htaworkbench.stats.BackTransform;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/** metafor {@code escalc()} on dat.bcg (Colditz et al. 1994) for RR, OR, RD and PETO: bcg.json effect_sizes.*. */
class Bcg1994EscalcTest {

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD", "PETO"})
    void reproducesEscalc(Measure m) {
        JsonObject e = Fixtures.path(Fixtures.bcg(), "effect_sizes", m.name());
        EffectSizeData es = Fixtures.bcgEffects(m);
        String what = "effect_sizes." + m;
        closeAll(arr(e, "yi"), es.yi(), Fixtures.CLOSED, what + ".yi");
        closeAll(arr(e, "vi"), es.vi(), Fixtures.CLOSED, what + ".vi");
        closeAll(arr(e, "sei"), es.sei(), Fixtures.CLOSED, what + ".sei");
        double[] y = es.yi();
        double[] s = es.sei();
        double z = 1.959963984540054;
        double[] zi = new double[y.length], lb = new double[y.length], ub = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            zi[i] = y[i] / s[i];
            lb[i] = y[i] - z * s[i];
            ub[i] = y[i] + z * s[i];
        }
        closeAll(arr(e, "zi"), zi, Fixtures.CLOSED, what + ".zi");
        closeAll(arr(e, "ci.lb"), lb, Fixtures.CLOSED, what + ".ci.lb");
        closeAll(arr(e, "ci.ub"), ub, Fixtures.CLOSED, what + ".ci.ub");
        assertArrayEquals(Fixtures.bcg().getAsJsonArray("slab").asList().stream().map(j -> j.getAsString())
                .toArray(String[]::new), es.labels(), "labels");
        if (e.has("transf")) {
            JsonObject t = e.getAsJsonObject("transf");
            double[] ex = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                ex[i] = BackTransform.exp(y[i]);
            }
            closeAll(arr(t, "yi"), ex, Fixtures.CLOSED, what + ".transf.yi");
        }
    }
}
