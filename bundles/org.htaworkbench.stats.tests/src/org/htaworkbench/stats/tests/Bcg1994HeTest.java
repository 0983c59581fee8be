package org.htaworkbench.stats.tests;

import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** metafor {@code rma(yi, vi, method="HE")} on dat.bcg: bcg.json rma.*.HE, closed form to 1e-9. */
class Bcg1994HeTest {

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void reproducesMetafor(Measure m) {
        RmaResult r = MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(Method.HE).withControl(IterationControl.TIGHT));
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "HE"), r, Fixtures.CLOSED, "rma." + m + ".HE");
    }
}
