package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * The study-level Tablesaw table of the dat.bcg REML fit (log RR) carries metafor's numbers: escalc yi/vi/CI
 * (bcg.json effect_sizes.RR), weights (rma.RR.REML_tight.weights_pct) and leave-one-out estimates
 * (leave1out_tight).
 */
class Bcg1994StudyTablesTest {

    @Test
    void studyTableEqualsMetaforsEscalcWeightsAndLeaveOneOut() {
        EffectSizeData data = Fixtures.bcgEffects(Measure.RR);
        RmaResult fit = MetaAnalysis.fit(data, ModelOptions.of(Method.REML));
        Table table = StudyTables.studies(fit);
        assertEquals(13, table.rowCount());
        assertEquals("Aronson", table.stringColumn("study").get(0).split(" ")[0]);
        var escalc = Fixtures.bcg().getAsJsonObject("effect_sizes").getAsJsonObject("RR");
        closeAll(arr(escalc, "yi"), table.doubleColumn("yi").asDoubleArray(), Fixtures.CLOSED, "yi");
        closeAll(arr(escalc, "vi"), table.doubleColumn("vi").asDoubleArray(), Fixtures.CLOSED, "vi");
        closeAll(arr(escalc, "ci.lb"), table.doubleColumn("ci_lb").asDoubleArray(), Fixtures.CLOSED, "ci.lb");
        var reml = Fixtures.bcg().getAsJsonObject("rma").getAsJsonObject("RR").getAsJsonObject("REML_tight");
        closeAll(arr(reml, "weights_pct"), table.doubleColumn("weight_pct").asDoubleArray(), Fixtures.TIGHT, "weights");
        closeAll(arr(Fixtures.bcg().getAsJsonObject("leave1out_tight"), "estimate"),
                table.doubleColumn("estimate_without").asDoubleArray(), Fixtures.TIGHT, "leave1out estimate");
        double[] residual = table.doubleColumn("residual").asDoubleArray();
        for (int i = 0; i < residual.length; i++) {
            assertEquals(data.yi()[i] - fit.estimate(), residual[i], 1e-15, "residual " + i);
        }
    }

    @Test
    void leaveOneOutRowsBecomeATable() {
        EffectSizeData data = Fixtures.bcgEffects(Measure.RR);
        Table table = StudyTables.summaryRows("leave1out", Sensitivity.leaveOneOut(data, ModelOptions.of(Method.REML)));
        assertEquals(13, table.rowCount());
        closeAll(arr(Fixtures.bcg().getAsJsonObject("leave1out_tight"), "tau2"), table.doubleColumn("tau2").asDoubleArray(),
                Fixtures.TIGHT, "leave1out tau2");
    }
}
