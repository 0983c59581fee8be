package org.htaworkbench.stats.tests;

import java.util.List;

import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.StandardNormal;
import org.htaworkbench.stats.SummaryRow;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Study-level inputs and results as Tablesaw tables, for users who sort, filter, join or export them: one row per
 * study with its effect size, sampling variance, Wald CI, weight, residual and leave-one-out influence; and one row per
 * step of a leave-one-out or cumulative analysis. The numerics stay on primitive arrays; these tables are views built
 * from the results, never inputs to the fits. A test helper: the engine itself carries no Tablesaw dependency.
 */
public final class StudyTables {

    private StudyTables() {
    }

    /**
     * Columns {@code study, yi, vi, sei, ci_lb, ci_ub, weight_pct, residual, std_residual, estimate_without,
     * tau2_without}: residual = yi − estimate; std_residual = residual / sqrt(vi + tau²) (metafor's
     * {@code rstandard} marginal residual without the hat correction); {@code *_without} = the pooled estimate and
     * tau² with the study left out (metafor's {@code leave1out}), so their spread shows each study's influence.
     */
    public static Table studies(RmaResult result) {
        EffectSizeData data = result.data();
        int k = data.k();
        double z = StandardNormal.criticalValue(result.options().level());
        double[] yi = data.yi();
        double[] vi = data.vi();
        double[] sei = new double[k];
        double[] lower = new double[k];
        double[] upper = new double[k];
        double[] residual = new double[k];
        double[] standardised = new double[k];
        for (int i = 0; i < k; i++) {
            sei[i] = Math.sqrt(vi[i]);
            lower[i] = yi[i] - z * sei[i];
            upper[i] = yi[i] + z * sei[i];
            residual[i] = yi[i] - result.estimate();
            standardised[i] = residual[i] / Math.sqrt(vi[i] + result.tau2());
        }
        Table table = Table.create("studies",
                StringColumn.create("study", data.labels()),
                DoubleColumn.create("yi", yi),
                DoubleColumn.create("vi", vi),
                DoubleColumn.create("sei", sei),
                DoubleColumn.create("ci_lb", lower),
                DoubleColumn.create("ci_ub", upper),
                DoubleColumn.create("weight_pct", result.weightsPercent()),
                DoubleColumn.create("residual", residual),
                DoubleColumn.create("std_residual", standardised));
        if (k >= 3) {
            List<SummaryRow> without = Sensitivity.leaveOneOut(data, result.options());
            table.addColumns(DoubleColumn.create("estimate_without", without.stream().mapToDouble(SummaryRow::estimate).toArray()),
                    DoubleColumn.create("tau2_without", without.stream().mapToDouble(SummaryRow::tau2).toArray()));
        }
        return table;
    }

    /** One row per leave-one-out or cumulative step: {@code study, k, estimate, se, ci_lb, ci_ub, pval, tau2, I2, Q}. */
    public static Table summaryRows(String name, List<SummaryRow> rows) {
        return Table.create(name,
                StringColumn.create("study", rows.stream().map(SummaryRow::label).toArray(String[]::new)),
                IntColumn.create("k", rows.stream().mapToInt(SummaryRow::k).toArray()),
                DoubleColumn.create("estimate", rows.stream().mapToDouble(SummaryRow::estimate).toArray()),
                DoubleColumn.create("se", rows.stream().mapToDouble(SummaryRow::se).toArray()),
                DoubleColumn.create("ci_lb", rows.stream().mapToDouble(SummaryRow::ciLower).toArray()),
                DoubleColumn.create("ci_ub", rows.stream().mapToDouble(SummaryRow::ciUpper).toArray()),
                DoubleColumn.create("pval", rows.stream().mapToDouble(SummaryRow::pval).toArray()),
                DoubleColumn.create("tau2", rows.stream().mapToDouble(SummaryRow::tau2).toArray()),
                DoubleColumn.create("I2", rows.stream().mapToDouble(SummaryRow::i2).toArray()),
                DoubleColumn.create("Q", rows.stream().mapToDouble(SummaryRow::q).toArray()));
    }
}
