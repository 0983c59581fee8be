package org.htaworkbench.ui.internal.editors.analysis;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.charts.AnalysisCharts;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.ui.internal.preferences.AnalysisPreferences;

/**
 * The analysis editor's background computation: runs the definition, lays out the chart of the tab on show (the
 * others on demand) and writes the summary, off the UI thread. The editor only schedules it and paints the result.
 */
public final class AnalysisComputation {

    /** What one run produced: the result, its charts and summary, or why it failed. */
    public record Computed(AnalysisResult result, AnalysisCharts charts, String summary, String problem) {
    }

    private final Supplier<AnalysisDefinition> definition;
    private final Supplier<AnalysisCharts.Chart> shownChart;
    private final Consumer<Computed> onComputed;
    private volatile Computed last;

    private final Job job = new Job("Computing analysis") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Computed c = compute(definition.get(), shownChart.get());
            last = c;
            onComputed.accept(c);
            return Status.OK_STATUS;
        }
    };

    /**
     * @param definition the definition to run (read when the job runs)
     * @param shownChart the chart shown now, computed with the result; null for none
     * @param onComputed called on the job's thread with each run's outcome
     */
    AnalysisComputation(Supplier<AnalysisDefinition> definition, Supplier<AnalysisCharts.Chart> shownChart,
            Consumer<Computed> onComputed) {
        this.definition = definition;
        this.shownChart = shownChart;
        this.onComputed = onComputed;
    }

    static Computed compute(AnalysisDefinition d, AnalysisCharts.Chart shown) {
        try {
            AnalysisResult result = Analyses.run(d);
            AnalysisCharts charts = AnalysisCharts.of(d, result, AnalysisPreferences.decimals());
            if (shown != null) {
                charts.spec(shown);
            }
            String summary = Analyses.summaryText(result.report(), result.name());
            if (!result.warnings().isEmpty()) {
                summary += "\nWarnings:\n  " + String.join("\n  ", result.warnings()) + "\n";
            }
            return new Computed(result, charts, summary, null);
        } catch (RuntimeException | LinkageError e) {
            // analysis errors (no results, zero totals, unsupported combinations) name the result; show them
            return new Computed(null, null, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    void schedule() {
        job.schedule();
    }

    void schedule(long delayMs) {
        job.schedule(delayMs);
    }

    void cancel() {
        job.cancel();
    }

    Job job() {
        return job;
    }

    /** The last run's outcome, null before the first. */
    Computed last() {
        return last;
    }
}
