package org.htaworkbench.ui.internal.editors.analysis;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.charts.AnalysisCharts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.ui.internal.ScrollingChart;
import org.htaworkbench.ui.internal.editors.analysis.AnalysisComputation.Computed;

/**
 * The analysis editor's result side: a Summary tab (the text summary) and one tab per chart. Only the chart of the
 * selected tab is laid out with each result; another tab's chart is computed in the background when it is first
 * selected for that result. UI thread only, but for {@link #selectedChart()}.
 */
final class AnalysisResultTabs {

    /** Result tabs in display order; the Summary tab comes first. */
    private static final Map<AnalysisCharts.Chart, String> CHART_TABS = new EnumMap<>(Map.of(
            AnalysisCharts.Chart.FOREST, "Forest plot", AnalysisCharts.Chart.FUNNEL, "Funnel plot",
            AnalysisCharts.Chart.LEAVE_ONE_OUT, "Leave-one-out", AnalysisCharts.Chart.CUMULATIVE, "Cumulative",
            AnalysisCharts.Chart.BUBBLE, "Bubble plot"));

    private final CTabFolder tabs;
    private final Text summaryText;
    private final Map<AnalysisCharts.Chart, ChartTab> chartTabs = new EnumMap<>(AnalysisCharts.Chart.class);
    /** The outcome shown (the latest run): a chart computed for an older one is not shown. */
    private final Supplier<Computed> latest;
    /** The chart of the selected tab (null for Summary); read by the computation's thread. */
    private volatile AnalysisCharts.Chart selectedChart = AnalysisCharts.Chart.FOREST;

    AnalysisResultTabs(Composite parent, Supplier<Computed> latest) {
        this.latest = latest;
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        CTabItem summaryItem = new CTabItem(tabs, SWT.NONE);
        summaryItem.setText("Summary");
        summaryText = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        summaryText.setFont(JFaceResources.getTextFont());
        summaryItem.setControl(summaryText);
        for (AnalysisCharts.Chart chart : AnalysisCharts.Chart.values()) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(CHART_TABS.get(chart));
            ChartTab tab = new ChartTab(tabs);
            item.setControl(tab.stack);
            chartTabs.put(chart, tab);
        }
        tabs.setSelection(1);
        tabs.addListener(SWT.Selection, e -> tabSelected());
    }

    AnalysisCharts.Chart selectedChart() {
        return selectedChart;
    }

    /** Shows a run's outcome: its summary and the charts already laid out, or why the analysis cannot run. */
    void show(Computed c) {
        if (c.problem() != null) {
            summaryText.setText("The analysis cannot be run:\n\n" + c.problem());
            chartTabs.values().forEach(tab -> tab.showProblem(c.problem()));
            return;
        }
        summaryText.setText(c.summary());
        chartTabs.forEach((chart, tab) -> {
            if (c.charts().isReady(chart)) {
                tab.show(c.charts(), chart);
            }
        });
    }

    /** A chart tab not yet drawn for the current result is computed in the background, then shown. */
    private void tabSelected() {
        selectedChart = chartTabs.entrySet().stream().filter(e -> e.getValue().stack == tabs.getSelection().getControl())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Computed c = latest.get();
        AnalysisCharts.Chart chart = selectedChart;
        if (chart == null || c == null || c.charts() == null || chartTabs.get(chart).shownFrom == c.charts()) {
            return;
        }
        ChartTab tab = chartTabs.get(chart);
        tab.message.setText("Computing...");
        Job job = Job.create("Computing " + CHART_TABS.get(chart).toLowerCase(Locale.ROOT), monitor -> {
            c.charts().spec(chart);
            if (!tabs.isDisposed()) {
                tabs.getDisplay().asyncExec(() -> {
                    if (!tabs.isDisposed() && latest.get() == c) {
                        tab.show(c.charts(), chart);
                    }
                });
            }
        });
        job.schedule();
    }

    /** Selects the tab of the chart as a click would (the chart is computed if it was not yet). */
    void select(AnalysisCharts.Chart chart) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getControl() == chartTabs.get(chart).stack) {
                tabs.setSelection(item);
                tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
        }
    }

    /** The chart of the selected tab as drawn, for export; null when it shows a message or the Summary is selected. */
    Chart shownChart() {
        ChartTab tab = selectedChartTab();
        return tab == null || tab.spec == null || tab.chart == null || tab.layout.topControl != tab.chart.control() ? null
                : tab.chart.chart();
    }

    /** The selected tab's title, for file names. */
    String selectedTitle() {
        CTabItem item = tabs.getSelection();
        return item == null ? "chart" : item.getText();
    }

    /** The chart shown for {@code chart}, or null when that tab shows a message. */
    ChartSpec shownSpec(AnalysisCharts.Chart chart) {
        ChartTab tab = chartTabs.get(chart);
        return tab == null || tab.chart == null || tab.layout.topControl != tab.chart.control() ? null : tab.spec;
    }

    Chart chart(AnalysisCharts.Chart chart) {
        ChartTab tab = chartTabs.get(chart);
        return tab.chart == null ? null : tab.chart.chart();
    }

    CTabFolder folder() {
        return tabs;
    }

    String summary() {
        return summaryText.getText();
    }

    private ChartTab selectedChartTab() {
        CTabItem item = tabs.getSelection();
        if (item == null) {
            return null;
        }
        for (ChartTab tab : chartTabs.values()) {
            if (tab.stack == item.getControl()) {
                return tab;
            }
        }
        return null;
    }

    /** One chart tab: the chart, or a message saying why it cannot be drawn. */
    private static final class ChartTab {
        final Composite stack;
        final StackLayout layout = new StackLayout();
        final Label message;
        ScrollingChart chart;
        ChartSpec spec;
        /** The charts object the tab shows a chart of: a tab showing an older result is redrawn when selected. */
        AnalysisCharts shownFrom;

        ChartTab(Composite parent) {
            stack = new Composite(parent, SWT.NONE);
            stack.setLayout(layout);
            message = new Label(stack, SWT.WRAP);
            layout.topControl = message;
        }

        void showProblem(String problem) {
            shownFrom = null;
            show(null, problem);
        }

        void show(AnalysisCharts charts, AnalysisCharts.Chart which) {
            shownFrom = charts;
            show(charts.spec(which).orElse(null), charts.unavailable(which));
        }

        private void show(ChartSpec newSpec, String problem) {
            spec = newSpec;
            if (newSpec == null) {
                message.setText(problem == null ? "" : problem);
                layout.topControl = message;
            } else {
                if (chart == null) {
                    chart = new ScrollingChart(stack);
                }
                chart.show(newSpec);
                layout.topControl = chart.control();
            }
            stack.layout();
        }
    }
}
