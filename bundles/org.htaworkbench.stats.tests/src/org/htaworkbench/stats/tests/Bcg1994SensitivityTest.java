package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.SubgroupResult;
import org.htaworkbench.stats.SummaryRow;
import org.htaworkbench.stats.tau2.IterationControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

/**
 * {@code leave1out}, {@code cumul(order=year)} and subgroups by allocation (separate tau²) on dat.bcg (log RR):
 * bcg.json leave1out(_tight), cumul.{FE,REML,REML_tight}, subgroup.separate_tau2.*.
 */
class Bcg1994SensitivityTest {

    private static double[] col(List<SummaryRow> rows, ToDoubleFunction<SummaryRow> f) {
        return rows.stream().mapToDouble(f).toArray();
    }

    private static void assertRows(JsonObject b, List<SummaryRow> rows, double tol, String what) {
        closeAll(arr(b, "estimate"), col(rows, SummaryRow::estimate), tol, what + ".estimate");
        closeAll(arr(b, "se"), col(rows, SummaryRow::se), tol, what + ".se");
        closeAll(arr(b, "zval"), col(rows, SummaryRow::statistic), tol, what + ".zval");
        closeAll(arr(b, "ci.lb"), col(rows, SummaryRow::ciLower), tol, what + ".ci.lb");
        closeAll(arr(b, "ci.ub"), col(rows, SummaryRow::ciUpper), tol, what + ".ci.ub");
        closeAll(arr(b, "Q"), col(rows, SummaryRow::q), Fixtures.CLOSED, what + ".Q");
        closeAll(arr(b, "I2"), col(rows, SummaryRow::i2), tol, what + ".I2");
        closeAll(arr(b, "H2"), col(rows, SummaryRow::h2), tol, what + ".H2");
        if (!Fixtures.isNull(b, "tau2")) {
            closeAll(arr(b, "tau2"), col(rows, SummaryRow::tau2), tol, what + ".tau2");
        }
        closeAll(arr(b.getAsJsonObject("transf"), "estimate"), col(rows, SummaryRow::transformedEstimate), tol,
                what + ".transf.estimate");
    }

    @Test
    void leaveOneOutTight() {
        List<SummaryRow> rows = Sensitivity.leaveOneOut(Fixtures.bcgEffects(Measure.RR), ModelOptions.of(Method.REML));
        JsonObject b = Fixtures.bcg().getAsJsonObject("leave1out_tight");
        assertArrayEquals(b.getAsJsonArray("omitted").asList().stream().map(e -> e.getAsString()).toArray(),
                rows.stream().map(SummaryRow::label).toArray());
        assertRows(b, rows, Fixtures.TIGHT, "leave1out_tight");
    }

    @Test
    void leaveOneOutMetaforDefaultPath() {
        List<SummaryRow> rows = Sensitivity.leaveOneOut(Fixtures.bcgEffects(Measure.RR),
                ModelOptions.of(Method.REML).withControl(IterationControl.METAFOR_DEFAULT));
        assertRows(Fixtures.bcg().getAsJsonObject("leave1out"), rows, Fixtures.CLOSED, "leave1out");
    }

    @ParameterizedTest
    @CsvSource({"FE,FE,1e-9,TIGHT", "REML_tight,REML,1e-8,TIGHT", "REML,REML,1e-9,METAFOR_DEFAULT"})
    void cumulativeByYear(String block, Method method, double tol, String control) {
        EffectSizeData es = Fixtures.bcgEffects(Measure.RR);
        int[] order = Sensitivity.orderBy(Fixtures.bcgData().year());
        JsonObject b = Fixtures.path(Fixtures.bcg(), "cumul", block);
        int[] trial = java.util.Arrays.stream(arr(b, "order_trial")).mapToInt(d -> (int) d - 1).toArray();
        assertArrayEquals(trial, order, "stable year order (1973 ties keep dataset order)");
        List<SummaryRow> rows = Sensitivity.cumulative(es,
                ModelOptions.of(method).withControl(control.equals("TIGHT") ? IterationControl.TIGHT : IterationControl.METAFOR_DEFAULT),
                order);
        assertRows(b, rows, tol, "cumul." + block);
    }

    @ParameterizedTest
    @CsvSource({"FE,FE,1e-9,TIGHT", "DL,DL,1e-9,TIGHT", "REML_tight,REML,1e-8,TIGHT", "REML,REML,1e-9,METAFOR_DEFAULT"})
    void subgroupsSeparateTau2(String block, Method method, double tol, String control) {
        Fixtures.Bcg d = Fixtures.bcgData();
        SubgroupResult s = Sensitivity.subgroups(Fixtures.bcgEffects(Measure.RR), d.alloc(),
                ModelOptions.of(method).withControl(control.equals("TIGHT") ? IterationControl.TIGHT : IterationControl.METAFOR_DEFAULT));
        JsonObject b = Fixtures.path(Fixtures.bcg(), "subgroup", "separate_tau2", block);
        assertEquals(List.of("alternate", "random", "systematic"), List.copyOf(s.groups().keySet()));
        for (var e : s.groups().entrySet()) {
            RmaResult r = e.getValue();
            ModelAssert.assertBcgBlock(Fixtures.path(b, "groups", e.getKey()), r, tol, block + "." + e.getKey());
        }
        Fixtures.close(b, "Q_between", s.qBetween(), tol, block);
        Fixtures.close(b, "p_between", s.pBetween(), tol * 10, block);
        assertEquals(Fixtures.num(b, "df_between"), s.dfBetween());
    }
}
