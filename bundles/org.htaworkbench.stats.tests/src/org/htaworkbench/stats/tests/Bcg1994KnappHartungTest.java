package org.htaworkbench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.TestType;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * metafor {@code rma(..., test="knha")} and {@code test="adhoc"} on dat.bcg: bcg.json rma.*.DL_knha,
 * DL_adhoc (closed form, 1e-9), REML_knha_tight (1e-8), REML_knha / REML_adhoc (metafor's default
 * convergence path, 1e-9).
 */
class Bcg1994KnappHartungTest {

    private static RmaResult fit(Measure m, Method method, TestType t, IterationControl c) {
        return MetaAnalysis.fit(Fixtures.bcgEffects(m), ModelOptions.of(method).withTest(t).withControl(c));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void dlKnha(Measure m) {
        RmaResult r = fit(m, Method.DL, TestType.KNHA, IterationControl.TIGHT);
        assertEquals(12, r.df().getAsInt());
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "DL_knha"), r, Fixtures.CLOSED, "DL_knha");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void dlAdhoc(Measure m) {
        RmaResult r = fit(m, Method.DL, TestType.ADHOC, IterationControl.TIGHT);
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "DL_adhoc"), r, Fixtures.CLOSED, "DL_adhoc");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void remlKnhaTight(Measure m) {
        RmaResult r = fit(m, Method.REML, TestType.KNHA, IterationControl.TIGHT);
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML_knha_tight"), r, Fixtures.TIGHT,
                "REML_knha_tight");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD"})
    void remlKnhaAndAdhocMetaforDefaultPath(Measure m) {
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML_knha"),
                fit(m, Method.REML, TestType.KNHA, IterationControl.METAFOR_DEFAULT), Fixtures.CLOSED, "REML_knha");
        ModelAssert.assertBcgBlock(Fixtures.path(Fixtures.bcg(), "rma", m.name(), "REML_adhoc"),
                fit(m, Method.REML, TestType.ADHOC, IterationControl.METAFOR_DEFAULT), Fixtures.CLOSED, "REML_adhoc");
    }
}
