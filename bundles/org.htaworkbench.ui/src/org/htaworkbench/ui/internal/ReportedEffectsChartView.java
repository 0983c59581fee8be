package org.htaworkbench.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;

/**
 * Forest-style chart of the mortality ratio estimates reported in the seed: one row per study,
 * estimate as a square, asymmetric 95% CI whiskers, log scale, dashed line of no effect at 1.
 */
public class ReportedEffectsChartView extends ViewPart {

    public static final String ID = "org.htaworkbench.ui.views.reportedEffects";
    public static final String ESTIMATE_SERIES = "estimates";
    public static final String NO_EFFECT_SERIES = "no effect";

    private Chart chart;

    @Override
    public void createPartControl(Composite parent) {
        ReportedEffects effects = ReportedEffects.loadBundled();
        chart = new Chart(parent, SWT.NONE);
        // Vertical orientation puts the category (study) axis on the left and the values along the bottom.
        chart.setOrientation(SWT.VERTICAL);
        // Compression thins series to the pixels of the plot area; a view created before it is laid
        // out would keep only the first point. Forest plots are small: draw every row.
        chart.enableCompress(false);
        chart.getTitle().setText("Mortality: ratio estimates reported in the key evidence (95% CI)");
        chart.getLegend().setVisible(false);

        IAxis studyAxis = chart.getAxisSet().getXAxis(0);
        studyAxis.getTitle().setText("");
        studyAxis.enableCategory(true);
        studyAxis.setCategorySeries(effects.labels());
        studyAxis.setReversed(true);

        IAxis valueAxis = chart.getAxisSet().getYAxis(0);
        valueAxis.getTitle().setText("Ratio (HR, OR or RR), log scale; < 1 favours the microaxial flow pump");

        Color navy = new Color(Display.getCurrent(), 31, 78, 121);
        ILineSeries<?> estimates = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, ESTIMATE_SERIES);
        estimates.setYSeries(effects.estimates());
        estimates.setLineStyle(LineStyle.NONE);
        estimates.setSymbolType(PlotSymbolType.SQUARE);
        estimates.setSymbolSize(5);
        estimates.setSymbolColor(navy);
        IErrorBar ci = estimates.getYErrorBar();
        ci.setVisible(true);
        ci.setType(IErrorBar.ErrorBarType.BOTH);
        ci.setPlusErrors(difference(effects.upper(), effects.estimates()));
        ci.setMinusErrors(difference(effects.estimates(), effects.lower()));
        ci.setColor(navy);
        ci.setLineWidth(2);
        estimates.getLabel().setVisible(true);
        estimates.getLabel().setFormats(labelFormats(effects));

        ILineSeries<?> noEffect = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, NO_EFFECT_SERIES);
        double[] ones = new double[effects.size()];
        java.util.Arrays.fill(ones, 1.0);
        noEffect.setYSeries(ones);
        noEffect.setSymbolType(PlotSymbolType.NONE);
        noEffect.setLineStyle(LineStyle.DASH);
        noEffect.setLineColor(Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY));

        chart.getAxisSet().adjustRange();
        valueAxis.setRange(new Range(0.35, 2.0));
        valueAxis.enableLogScale(true);
    }

    /**
     * SWTChart formats each point's label with a DecimalFormat pattern applied to the point's value: the
     * estimate is the pattern's number ("0.00") and the CI a quoted literal suffix, giving "0.74 (0.55 to 0.99)".
     */
    static String[] labelFormats(ReportedEffects effects) {
        String[] formats = new String[effects.size()];
        for (int i = 0; i < formats.length; i++) {
            formats[i] = String.format(java.util.Locale.ROOT, "0.00' (%.2f to %.2f)'", effects.lower()[i], effects.upper()[i]);
        }
        return formats;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    public Chart getChart() {
        return chart;
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
