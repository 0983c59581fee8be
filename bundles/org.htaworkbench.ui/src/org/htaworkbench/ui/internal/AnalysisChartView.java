package org.htaworkbench.ui.internal;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.charts.AnalysisCharts;
import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.ui.internal.preferences.AnalysisPreferences;

/**
 * A view showing one chart of the {@link FocusedAnalysis}: it follows the analysis selected in the explorer or edited
 * last, every change of the evidence, and the decimals preference.
 */
public abstract class AnalysisChartView extends SpecChartView {

    private volatile AnalysisResult lastResult;
    private volatile String unavailable;

    private final Runnable focusListener = this::requestRecompute;
    private final IPropertyChangeListener preferenceListener = event -> {
        if (AnalysisPreferences.DECIMALS.equals(event.getProperty())) {
            requestRecompute();
        }
    };
    private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof AnalysisDefinition d) {
            FocusedAnalysis.focus(d);
        }
    };

    /** Which chart of the analysis this view shows. */
    protected abstract AnalysisCharts.Chart chart();

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        FocusedAnalysis.addListener(focusListener);
        AnalysisPreferences.store().addPropertyChangeListener(preferenceListener);
        getSite().getPage().addPostSelectionListener(selectionListener);
    }

    @Override
    protected ChartSpec compute(EvidenceBase base) {
        AnalysisDefinition definition = FocusedAnalysis.in(base);
        unavailable = null;
        if (definition == null) {
            return null;
        }
        AnalysisResult result = Analyses.run(definition);
        lastResult = result;
        AnalysisCharts charts = AnalysisCharts.of(definition, result, AnalysisPreferences.decimals());
        unavailable = charts.unavailable(chart());
        return charts.spec(chart()).orElse(null);
    }

    @Override
    protected String emptyMessage() {
        String why = unavailable;
        return why != null ? why : "The evidence base has no analysis yet: Analysis > New Analysis creates one.";
    }

    /** The analysis result behind the chart shown (tests compare it with the engine). */
    public AnalysisResult getLastResult() {
        return lastResult;
    }

    @Override
    public void dispose() {
        FocusedAnalysis.removeListener(focusListener);
        AnalysisPreferences.store().removePropertyChangeListener(preferenceListener);
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
