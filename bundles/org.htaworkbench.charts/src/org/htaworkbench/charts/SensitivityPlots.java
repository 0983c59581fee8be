package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.charts.internal.Fmt;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.Sensitivity;
import org.htaworkbench.stats.SummaryRow;

/**
 * Leave-one-out and cumulative meta-analysis plots: forest-style specs with one point estimate and CI per refit
 * (fixed-size markers, no weights) and the full model's diamond at the bottom.
 */
public final class SensitivityPlots {
    private SensitivityPlots() {
    }

    /** {@code leave1out(result)}: row i is the model without study i ("Omitting &lt;label&gt;"). */
    public static ForestPlotSpec leaveOneOut(RmaResult result, ForestOptions options) {
        ForestOptions o = options == null ? ForestOptions.defaults().withTitle("Leave-one-out analysis") : options;
        List<SummaryRow> refits = Sensitivity.leaveOneOut(result.data(), result.options());
        return spec(result, refits, "Omitting ", o);
    }

    /** {@code cumul(result, order)}: row i pools the first i+1 studies of {@code order} ("+ &lt;label&gt;"). */
    public static ForestPlotSpec cumulative(RmaResult result, int[] order, ForestOptions options) {
        ForestOptions o = options == null ? ForestOptions.defaults().withTitle("Cumulative meta-analysis") : options;
        List<SummaryRow> refits = Sensitivity.cumulative(result.data(), result.options(), order);
        return spec(result, refits, "+ ", o);
    }

    private static ForestPlotSpec spec(RmaResult result, List<SummaryRow> refits, String prefix, ForestOptions o) {
        String effect = ForestPlots.effectLabel(result, o);
        List<String> headers = List.of("k", effect + " [" + Fmt.trim(result.options().level()) + "% CI]", "tau²",
                "I²");
        List<ForestRow> rows = new ArrayList<>();
        for (int i = 0; i < refits.size(); i++) {
            SummaryRow s = refits.get(i);
            rows.add(new ForestRow(ForestRow.Kind.POINT, "refit:" + i, prefix + s.label(),
                    List.of(Integer.toString(s.k()), Fmt.ci(s.transformedEstimate(), s.transformedCiLower(),
                            s.transformedCiUpper(), o.decimals()), Fmt.fixed(s.tau2(), 4), Fmt.fixed(s.i2(), 1) + "%"),
                    s.transformedEstimate(), s.transformedCiLower(), s.transformedCiUpper(), Double.NaN, 0.45, false,
                    false, -1));
        }
        rows.add(ForestRow.spacer());
        ForestRow all = ForestPlots.diamond("all", "All studies (" + result.method() + ")", result, List.of(), o.decimals());
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(result.k()));
        cells.add(all.cells().get(0));
        cells.add(Fmt.fixed(result.tau2(), 4));
        cells.add(Fmt.fixed(result.i2(), 1) + "%");
        rows.add(new ForestRow(ForestRow.Kind.DIAMOND, "all", all.label(), cells, all.estimate(), all.lower(),
                all.upper(), Double.NaN, 1, false, false, -1));
        AxisSpec axis = ForestPlots.axisFor(rows, result.data(), o, null);
        return new ForestPlotSpec(o.title(), o.studyHeader(), headers, rows, axis,
                org.htaworkbench.charts.internal.Measures.nullValue(result.data().measure()), all.estimate(),
                o.favoursLeft(), o.favoursRight(), List.of(ForestPlots.footnote(result, !result.method().isFixed(),
                        result.method().isFixed()).replace("; squares sized by weight", "")
                        .replace(" in the random-effects model", "")));
    }
}
