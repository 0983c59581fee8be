package org.htaworkbench.stats.tests;

import java.util.List;
import java.util.Map;

import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** k = 2,000 simulated studies (data/largek.csv, seed in generate_fixtures.R): REML (tight), DL, PM (tight) vs metafor. */
class LargeKSimulatedTest {

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"REML", "DL", "PM"})
    void reproducesMetafor(Method method) {
        Map<String, List<String>> t = Fixtures.csv("/data/largek.csv");
        RmaResult r = MetaAnalysis.fit(EffectSizes.generic(Fixtures.col(t, "yi"), Fixtures.col(t, "vi"), null),
                ModelOptions.of(method));
        ModelAssert.assertExtraBlock(Fixtures.path(Fixtures.extra(), "largek", method.name()), r,
                method == Method.DL ? Fixtures.CLOSED : Fixtures.TIGHT, "largek." + method);
    }
}
