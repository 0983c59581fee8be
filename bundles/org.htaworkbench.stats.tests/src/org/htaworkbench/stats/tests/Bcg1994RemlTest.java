package org.htaworkbench.stats.tests;

import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** metafor {@code rma(yi, vi, method="REML")} on dat.bcg. The engine solves to machine precision and matches
 * {@code REML_tight} (threshold 1e-12) to 1e-8; with metafor's own control (threshold 1e-5) it reproduces the
 * loosely converged default block to 1e-9 (same Fisher-scoring path), and the exact fit is within the README's
 * loose tolerance of it. */
class Bcg1994RemlTest {

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void reproducesMetafor(Measure m) {
        RmaResult r = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.REML).withControl(IterationControl.TIGHT));
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML_tight"), r, Fixtures.TIGHT, "rma." + m + ".REML_tight");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void reproducesMetaforDefaultConvergencePath(Measure m) {
        RmaResult r = MetaAnalysis.fit(Fixtures.bcgEffects(m),
                ModelOptions.of(Method.REML).withControl(IterationControl.METAFOR_DEFAULT));
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML"), r, Fixtures.CLOSED, "rma." + m + ".REML");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void exactFitIsWithinLooseToleranceOfMetaforDefault(Measure m) {
        RmaResult r = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.REML));
        var b = Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML");
        Fixtures.close(b, "estimate", r.estimate(), Fixtures.LOOSE, "REML default");
        Fixtures.closeAbs(Fixtures.num(b, "tau2"), r.tau2(), 1e-5, "REML default tau2");
        Fixtures.closeAbs(Fixtures.num(b, "I2"), r.i2(), 0.2, "REML default I2");
    }
}
