package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.htaworkbench.charts.ForestOptions;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestPlots;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.ui.internal.ScrollingChart;
import org.junit.jupiter.api.Test;

/** A forest plot of many studies, or in a narrow view, scrolls instead of squeezing; a small one fills the view. */
class ScrollingChartTest {

    private static ForestPlotSpec forest(int k) {
        double[] ai = new double[k], n1i = new double[k], ci = new double[k], n2i = new double[k];
        for (int i = 0; i < k; i++) {
            ai[i] = 5 + i % 7;
            n1i[i] = 60 + i % 11;
            ci[i] = 8 + i % 5;
            n2i[i] = 61 + i % 13;
        }
        return ForestPlots.of(MetaAnalysis.fit(EffectSizes.twoByTwoFromTotals(Measure.RR, ai, n1i, ci, n2i, null, null),
                ModelOptions.of(Method.REML)), ForestOptions.defaults());
    }

    @Test
    void twoHundredStudiesScrollAndTwoStudiesFit() {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(900, 600);
            ScrollingChart chart = new ScrollingChart(shell);
            ForestPlotSpec many = forest(200);
            chart.show(many);
            shell.layout(true, true);
            ScrolledComposite scroller = (ScrolledComposite) chart.control();
            assertTrue(many.minimumHeight() > 3000, "200 rows need about 15 px each: " + many.minimumHeight());
            assertEquals(many.minimumHeight(), chart.chart().getSize().y, "the chart keeps readable rows");
            assertTrue(scroller.getVerticalBar().getVisible(), "and the view scrolls");

            chart.show(forest(2));
            shell.layout(true, true);
            assertEquals(scroller.getClientArea().height, chart.chart().getSize().y, "a small plot fills the view");
            assertFalse(scroller.getVerticalBar().getVisible());
            assertFalse(scroller.getHorizontalBar().getVisible(), "900 px is wide enough");

            shell.setSize(500, 600);
            shell.layout(true, true);
            assertEquals(forest(2).minimumWidth(), chart.chart().getSize().x, "too narrow: the text columns keep their width");
            assertTrue(scroller.getHorizontalBar().getVisible(), "and the view scrolls sideways");
        } finally {
            shell.dispose();
        }
    }
}
