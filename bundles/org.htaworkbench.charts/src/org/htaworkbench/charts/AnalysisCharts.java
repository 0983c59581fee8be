package org.htaworkbench.charts;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.MetaAnalysisRunner;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.analysis.StudyCovariates;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.RmaResult;

/**
 * Every chart of one analysis result, computed UI-free: the forest plot (with subgroup sections when the definition
 * splits by a covariate), funnel plot (with trim-and-fill from three studies), leave-one-out and cumulative plots
 * (ordered by publication year when every study has one) and the bubble plot of a single-moderator meta-regression.
 * A chart that cannot be drawn for this result is absent, and {@link #unavailable(Chart)} says why in words an
 * analyst can act on.
 * <p>
 * Charts are computed on first request and then kept: a view that shows only the forest plot must not pay for
 * leave-one-out and cumulative refits (k refits each; at k = 1,000 they made a forest redraw 25 times slower, see
 * benchmarks/org.htaworkbench.charts.ui.benchmarks/RESULTS.md). Thread-safe; request charts off the UI thread.
 */
public final class AnalysisCharts {

    /** The charts of an analysis. */
    public enum Chart {
        FOREST, FUNNEL, LEAVE_ONE_OUT, CUMULATIVE, BUBBLE
    }

    /** Trim-and-fill estimates the number of missing studies from the ranks of at least three. */
    public static final int MIN_STUDIES_FOR_TRIM_AND_FILL = 3;

    private final Map<Chart, Supplier<ChartSpec>> suppliers = new EnumMap<>(Chart.class);
    private final Map<Chart, ChartSpec> specs = new EnumMap<>(Chart.class);
    private final Map<Chart, String> reasons = new LinkedHashMap<>();

    private AnalysisCharts() {
    }

    /**
     * @param options forest options (title, favours labels, decimals); the other charts take the title from it
     */
    public static AnalysisCharts of(AnalysisResult result, ForestOptions options) {
        AnalysisCharts charts = new AnalysisCharts();
        MetaReport report = result.report();
        RmaResult model = report.model().orElse(null);
        if (model == null) {
            String why = report.method() + " pools without study weights from a variance model, so there is no "
                    + "inverse-variance fit to plot; choose an estimator such as REML or FE (the Summary shows the "
                    + report.method() + " result).";
            for (Chart c : Chart.values()) {
                charts.reasons.put(c, why);
            }
            return charts;
        }
        String title = options.title();
        EffectSizeData data = model.data();
        String subgroupBy = report.settings().subgroupBy();
        if (subgroupBy != null) {
            String[] groups = subset(result.input().covariate(subgroupBy), data.sourceIndex());
            charts.suppliers.put(Chart.FOREST, () -> ForestPlots.ofSubgroups(data, groups, model.options(),
                    options.withTitle(title + " (subgroups by " + covariateName(subgroupBy) + ")")));
        } else {
            charts.suppliers.put(Chart.FOREST, () -> ForestPlots.of(model, options));
        }
        charts.suppliers.put(Chart.FUNNEL, () -> model.k() >= MIN_STUDIES_FOR_TRIM_AND_FILL
                ? FunnelPlots.withTrimFill(model, "Funnel plot: " + title)
                : FunnelPlots.of(model, "Funnel plot: " + title + " (too few studies for trim-and-fill)"));
        if (model.k() < 2) {
            charts.reasons.put(Chart.LEAVE_ONE_OUT, "Leave-one-out needs at least two studies.");
            charts.reasons.put(Chart.CUMULATIVE, "A cumulative meta-analysis needs at least two studies.");
        } else {
            charts.suppliers.put(Chart.LEAVE_ONE_OUT, () -> SensitivityPlots.leaveOneOut(model,
                    options.withTitle("Leave-one-out: " + title)));
            charts.suppliers.put(Chart.CUMULATIVE, () -> {
                boolean byYear = result.input().covariate(StudyCovariates.YEAR) != null
                        && allNumbers(subset(result.input().covariate(StudyCovariates.YEAR), data.sourceIndex()));
                int[] order = MetaAnalysisRunner.cumulativeOrder(result.input(), byYear ? StudyCovariates.YEAR : null,
                        data.sourceIndex());
                return SensitivityPlots.cumulative(model, order, options.withTitle("Cumulative meta-analysis"
                        + (byYear ? " by publication year: " : " in analysis order: ") + title));
            });
        }
        Optional<MetaRegressionResult> regression = report.metaRegression();
        String moderator = report.settings().moderators().isEmpty() ? null : report.settings().moderators().get(0);
        if (moderator == null) {
            charts.reasons.put(Chart.BUBBLE, "Choose a moderator (e.g. publication year) to fit a meta-regression "
                    + "and draw its bubble plot.");
        } else if (regression.isEmpty() || regression.get().coefficients().size() != 2) {
            charts.reasons.put(Chart.BUBBLE, "The bubble plot needs a meta-regression on one numeric moderator; '"
                    + moderator + "' did not give one.");
        } else {
            charts.suppliers.put(Chart.BUBBLE, () -> BubblePlots.of(regression.get(), data,
                    numbers(subset(result.input().covariate(moderator), data.sourceIndex())), covariateName(moderator),
                    "Meta-regression on " + covariateName(moderator) + ": " + title));
        }
        return charts;
    }

    /**
     * The charts of a definition's result as the workbench shows them: {@link #defaultOptions} from the results the
     * definition selects, with the given decimals.
     */
    public static AnalysisCharts of(AnalysisDefinition definition, AnalysisResult result, int decimals) {
        List<Result> selected = Analyses.select(definition, result.type().type());
        return of(result, defaultOptions(definition, selected, decimals));
    }

    /**
     * Forest options for a definition, RevMan's convention: the experimental side on the left. The sides are named
     * after the selected arms when every study names them alike ("Favours standard care"), else generically.
     */
    public static ForestOptions defaultOptions(AnalysisDefinition definition, List<Result> selected, int decimals) {
        ForestOptions options = ForestOptions.defaults().withTitle(definition.getName() == null ? definition.getId()
                : definition.getName()).withDecimals(decimals);
        Set<String> experimental = new LinkedHashSet<>();
        Set<String> comparator = new LinkedHashSet<>();
        for (Result r : selected) {
            if (r instanceof ArmCountResult count && count.getArm() != null) {
                Arm arm = count.getArm();
                if (arm.getKind() == ArmKind.INTERVENTION) {
                    experimental.add(armName(arm));
                } else if (arm.getKind() == ArmKind.COMPARATOR) {
                    comparator.add(armName(arm));
                }
            }
        }
        if (experimental.isEmpty() && comparator.isEmpty()) {
            return options;
        }
        return options.withFavours("Favours " + (experimental.size() == 1 ? experimental.iterator().next() : "intervention"),
                "Favours " + (comparator.size() == 1 ? comparator.iterator().next() : "control"));
    }

    /** "Microaxial flow pump group" reads "microaxial flow pump" after "Favours"; acronyms ("MCS group") keep their case. */
    private static String armName(Arm arm) {
        String label = arm.getLabel() == null ? "" : arm.getLabel().trim();
        if (label.toLowerCase(Locale.ROOT).endsWith(" group")) {
            label = label.substring(0, label.length() - " group".length());
        }
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label.isEmpty() ? "intervention" : label;
    }

    /**
     * The chart, computed now if it was not yet, or empty when it cannot be drawn for this result (see
     * {@link #unavailable}).
     */
    public synchronized Optional<ChartSpec> spec(Chart chart) {
        ChartSpec spec = specs.get(chart);
        if (spec == null && suppliers.containsKey(chart)) {
            spec = suppliers.get(chart).get();
            specs.put(chart, spec);
        }
        return Optional.ofNullable(spec);
    }

    /** Whether {@link #spec} returns at once (the chart was computed already, or it cannot be drawn). */
    public synchronized boolean isReady(Chart chart) {
        return specs.containsKey(chart) || !suppliers.containsKey(chart);
    }

    /** Why the chart cannot be drawn for this result, or null when it can. */
    public String unavailable(Chart chart) {
        return suppliers.containsKey(chart) ? null : reasons.get(chart);
    }

    /** How a covariate is named in chart titles. */
    public static String covariateName(String covariate) {
        return switch (covariate) {
            case StudyCovariates.YEAR -> "publication year";
            case StudyCovariates.DESIGN -> "study design";
            default -> covariate;
        };
    }

    private static String[] subset(String[] values, int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static boolean allNumbers(String[] values) {
        return numbers(values) != null;
    }

    private static double[] numbers(String[] values) {
        double[] x = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                x[i] = Double.parseDouble(values[i].trim());
            } catch (NumberFormatException | NullPointerException e) {
                return null;
            }
        }
        return x;
    }
}
