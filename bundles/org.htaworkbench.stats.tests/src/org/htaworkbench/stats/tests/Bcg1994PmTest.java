package org.htaworkbench.stats.tests;

import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** metafor {@code rma(yi, vi, method="PM")} on dat.bcg: against {@code PM_tight} (uniroot tol 1e-14) to 1e-8;
 * metafor's default PM (uniroot tol 1.2e-4 on tau2) only loosely. */
class Bcg1994PmTest {

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void reproducesMetafor(Measure m) {
        RmaResult r = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.PM).withControl(IterationControl.TIGHT));
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "PM_tight"), r, Fixtures.TIGHT, "rma." + m + ".PM_tight");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR"})
    void isWithinUnirootToleranceOfMetaforDefault(Measure m) {
        RmaResult r = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.PM));
        var b = Fixtures.path(Fixtures.bcg(), "rma", m.name(), "PM");
        Fixtures.closeAbs(Fixtures.num(b, "tau2"), r.tau2(), 1.3e-4, "PM default tau2");
        Fixtures.close(b, "estimate", r.estimate(), 1e-3, "PM default");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void pmAndEbSolveTheSameEquation(Measure m) {
        RmaResult pm = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.PM));
        RmaResult eb = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.EB));
        Fixtures.close(pm.tau2(), eb.tau2(), 1e-10, "PM vs EB tau2");
        org.junit.jupiter.api.Assertions.assertTrue(pm.iterations() > 0, "PM reports its evaluations");
    }
}
