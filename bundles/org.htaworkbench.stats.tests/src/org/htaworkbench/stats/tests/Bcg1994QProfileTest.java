package org.htaworkbench.stats.tests;

import org.htaworkbench.stats.HeterogeneityConfint;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.UnsupportedCombinationException;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Q-profile CIs for tau², tau, I², H² ({@code confint(res)}) on dat.bcg: bcg.json rma.*.{DL,REML}.confint_tight
 * (uniroot tol 1e-12) to 1e-8; confint_default only to metafor's uniroot tolerance.
 */
class Bcg1994QProfileTest {

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void dlConfintTight(Measure m) {
        HeterogeneityConfint ci = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.DL)).confint();
        ModelAssert.assertConfint(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "DL", "confint_tight"), ci,
                Fixtures.TIGHT, "DL.confint_tight");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void remlConfintTight(Measure m) {
        // the block belongs to the default REML fit, so the estimates are those of metafor's default path
        HeterogeneityConfint ci = MetaAnalysis.fit(Fixtures.bcgEffects(m),
                ModelOptions.of(Method.REML).withControl(IterationControl.METAFOR_DEFAULT)).confint();
        ModelAssert.assertConfint(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML", "confint_tight"), ci,
                Fixtures.TIGHT, "REML.confint_tight");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR"})
    void remlConfintDefaultWithinUnirootTolerance(Measure m) {
        HeterogeneityConfint ci = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.REML)).confint();
        var b = Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML", "confint_default", "tau2");
        Fixtures.closeAbs(Fixtures.num(b, "ci.lb"), ci.tau2().lower(), 2.5e-4, "confint_default tau2.ci.lb");
        Fixtures.closeAbs(Fixtures.num(b, "ci.ub"), ci.tau2().upper(), 2.5e-4, "confint_default tau2.ci.ub");
    }

    @Test
    void commonEffectModelHasNoTau2Interval() {
        var r = MetaAnalysis.fit(Fixtures.bcgEffects(Measure.RR), ModelOptions.of(Method.FE));
        Assertions.assertThrows(UnsupportedCombinationException.class, r::confint);
    }
}
