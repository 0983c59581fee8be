package org.htaworkbench.ui.internal;


import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.part.ViewPart;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.model.EvidenceBase;

/**
 * A view showing one chart computed from the open evidence base. The chart content (a UI-free
 * {@link ChartSpec}) is computed in a background job and recomputed, debounced, whenever the model changes;
 * the UI thread only paints. Export to PNG and SVG from the view's toolbar.
 */
public abstract class SpecChartView extends ViewPart {

    /** Coalesces the notifications of one command (they arrive within microseconds) without a visible delay. */
    private static final long DEBOUNCE_MS = 30;

    private Composite stack;
    private StackLayout stackLayout;
    private ScrollingChart chart;
    private Label message;
    private volatile ChartSpec spec;
    private volatile String problem;

    private final EvidenceBaseObserver observer = new EvidenceBaseObserver(() -> this.recompute.schedule(), () -> {
        this.recompute.cancel();
        this.recompute.schedule(DEBOUNCE_MS);
    });

    private final Job recompute = new Job("Computing chart") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            EvidenceBase base = observer.current();
            String problem = null;
            ChartSpec computed = null;
            try {
                computed = base == null ? null : compute(base);
                if (computed == null) {
                    problem = base == null ? "No evidence base is open." : emptyMessage();
                }
            } catch (RuntimeException | LinkageError e) {
                // shown in the view instead of a chart; a plugin's broken analysis must not kill the job silently
                problem = "The chart could not be computed: " + e;
            }
            spec = computed;
            SpecChartView.this.problem = problem;
            String shown = problem;
            if (stack != null && !stack.isDisposed()) {
                stack.getDisplay().asyncExec(() -> show(shown));
            }
            return Status.OK_STATUS;
        }
    };

    /** The chart for this evidence base, or null when it has nothing to show (see {@link #emptyMessage()}). Runs off the UI thread. */
    protected abstract ChartSpec compute(EvidenceBase base);

    /** What to say when {@link #compute} returns null. */
    protected abstract String emptyMessage();

    /** File name (without extension) proposed for exports. */
    protected abstract String exportName();

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        message = new Label(stack, SWT.WRAP);
        stackLayout.topControl = message;
        getViewSite().getActionBars().getToolBarManager().add(new ChartExportAction("PNG", "png", stack::getShell, this::shownChart, this::exportName));
        getViewSite().getActionBars().getToolBarManager().add(new ChartExportAction("SVG", "svg", stack::getShell, this::shownChart, this::exportName));
        observer.start();
        recompute.schedule();
    }

    private void show(String problem) {
        if (stack.isDisposed()) {
            return;
        }
        ChartSpec current = spec;
        if (current == null) {
            message.setText(problem == null ? "" : problem);
            stackLayout.topControl = message;
        } else {
            if (chart == null) {
                chart = new ScrollingChart(stack);
            }
            chart.show(current);
            stackLayout.topControl = chart.control();
        }
        stack.layout();
    }

    private Chart shownChart() {
        return spec == null || chart == null ? null : chart.chart();
    }

    /** Recomputes soon (debounced), e.g. after a preference or the focused analysis changed. */
    protected void requestRecompute() {
        recompute.cancel();
        recompute.schedule(DEBOUNCE_MS);
    }

    /** The chart content currently shown (null while computing or when there is nothing to show). */
    public ChartSpec getSpec() {
        return spec;
    }

    /** Why no chart is shown, or null. */
    public String getProblem() {
        return problem;
    }

    public Chart getChart() {
        return chart == null ? null : chart.chart();
    }

    /** The background job computing the chart (tests join it). */
    public Job getRecomputeJob() {
        return recompute;
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        recompute.cancel();
        observer.dispose();
        super.dispose();
    }
}
