package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;

import java.util.List;
import java.util.Map;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.TestType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/** MD and SMD (Hedges' g, exact J) on metadat dat.normand1999: extra.json means.* (escalc, REML tight, DL, DL knha). */
class Normand1999MeansTest {

    static EffectSizeData es(Measure m) {
        Map<String, List<String>> t = Fixtures.csv("/data/means.csv");
        return EffectSizes.means(m, Fixtures.col(t, "m1i"), Fixtures.col(t, "sd1i"), Fixtures.col(t, "n1i"),
                Fixtures.col(t, "m2i"), Fixtures.col(t, "sd2i"), Fixtures.col(t, "n2i"),
                t.get("source").toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"MD", "SMD"})
    void escalcAndModels(Measure m) {
        JsonObject b = Fixtures.path(Fixtures.extra(), "means", m.name());
        EffectSizeData d = es(m);
        closeAll(arr(b, "yi"), d.yi(), Fixtures.CLOSED, m + ".yi");
        closeAll(arr(b, "vi"), d.vi(), Fixtures.CLOSED, m + ".vi");
        ModelAssert.assertExtraBlock(b.getAsJsonObject("REML"), MetaAnalysis.fit(d, ModelOptions.of(Method.REML)),
                Fixtures.TIGHT, m + ".REML");
        ModelAssert.assertExtraBlock(b.getAsJsonObject("DL"), MetaAnalysis.fit(d, ModelOptions.of(Method.DL)),
                Fixtures.CLOSED, m + ".DL");
        ModelAssert.assertExtraBlock(b.getAsJsonObject("DL_knha"),
                MetaAnalysis.fit(d, ModelOptions.of(Method.DL).withTest(TestType.KNHA)), Fixtures.CLOSED, m + ".DL_knha");
    }

    @Test
    void exactHedgesCorrection() {
        // J(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)); J(10) computed by hand with Γ(5) = 24, Γ(4.5) = 11.631728396567448
        Fixtures.close(24 / (Math.sqrt(5) * 11.631728396567448), EffectSizes.hedgesJ(10), 1e-14, "J(10)");
        // approximation 1 - 3/(4m - 1) is close for large m
        Fixtures.close(1 - 3.0 / (4 * 1000 - 1), EffectSizes.hedgesJ(1000), 1e-6, "J(1000)");
    }
}
