package org.htaworkbench.guidelines.ui.internal;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.PartialDate;

/**
 * Guideline / HTA decision dates and key study publications on one time axis (SWTChart). Key studies are stacked above
 * the axis line, positions below it; every point is labelled, and a dashed vertical line at each position's date shows
 * which studies lie to its left (published before). Labels are drawn by a paint listener rather than series labels
 * (SWTChart series labels are DecimalFormat patterns that always print the value).
 */
final class TimelineChart {

    static final String GUIDELINE_SERIES = "Guidelines and HTA decisions";
    static final String STUDY_SERIES = "Key studies";

    private final Chart chart;
    private final List<Point2> labels = new ArrayList<>();

    /** A labelled point; a study dated by year only also spans its year (start, end) so its order against a position dated
     * within that year is visibly open. */
    private record Point2(double x, double y, String text, boolean study, double start, double end) {
    }

    TimelineChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        // Compression thins series to the pixels of the plot area; a chart created before layout keeps only the first point.
        chart.enableCompress(false);
        chart.getTitle().setText("Evidence timeline");
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Publication date (a study known by year only is drawn across its year)");
        x.getTick().setFormat(new java.text.SimpleDateFormat("yyyy"));
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText("\u25BC positions   \u25B2 key studies");
        y.getTick().setVisible(false);
        y.enableCategory(false);
        for (boolean behind : new boolean[] { true, false }) {
            chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
                @Override
                public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                    if (behind) {
                        paintGuides(e.gc);
                    } else {
                        paintLabels(e.gc);
                    }
                }

                @Override
                public boolean drawBehindSeries() {
                    return behind;
                }
            });
        }
    }

    Chart getChart() {
        return chart;
    }

    void show(EvidenceTimeline timeline) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        labels.clear();
        List<EvidenceTimeline.Event> studies = timeline.events().stream()
                .filter(e -> e.kind() == EvidenceTimeline.Kind.KEY_STUDY).toList();
        List<EvidenceTimeline.Event> positions = timeline.events().stream()
                .filter(e -> e.kind() == EvidenceTimeline.Kind.POSITION).toList();
        Display d = chart.getDisplay();
        Map<String, String> design = new HashMap<>();
        for (org.htaworkbench.guidelines.KeyStudy k : timeline.keyStudies()) {
            design.put(k.id(), k.designRank() == 0 ? " \u2014 RCT" + (k.trialName() == null || k.trialName().isBlank() ? "" : " " + k.trialName())
                    : k.designRank() == 1 ? " \u2014 IPD meta-analysis of RCTs" : "");
        }
        int maxStudy = add(STUDY_SERIES, studies, 1, new Color(d, 31, 78, 121), PlotSymbolType.CIRCLE, true, design);
        int maxPos = add(GUIDELINE_SERIES, positions, -1, new Color(d, 138, 59, 0), PlotSymbolType.DIAMOND, false, Map.of());
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(-maxPos - 0.8, maxStudy + 0.8));
        Range xr = chart.getAxisSet().getXAxis(0).getRange();
        double pad = 365.25 * 86400000.0 * 0.6;
        chart.getAxisSet().getXAxis(0).setRange(new Range(xr.lower - pad, xr.upper + pad));
        chart.redraw();
    }

    /** One level per event (in date order) at increasing distance from the axis (+1 above, -1 below): labels never collide. */
    private int add(String name, List<EvidenceTimeline.Event> events, int direction, Color color, PlotSymbolType symbol,
            boolean study, Map<String, String> suffix) {
        Date[] xs = new Date[events.size()];
        double[] ys = new double[events.size()];
        int max = 0;
        for (int i = 0; i < events.size(); i++) {
            EvidenceTimeline.Event e = events.get(i);
            xs[i] = toDate(e.date());
            int level = i + 1;
            max = Math.max(max, level);
            ys[i] = direction * level;
            double start = xs[i].getTime();
            double end = start;
            if (!e.date().hasMonth()) {
                start = toDate(new PartialDate(e.date().year(), 1)).getTime() - 14 * 86400000.0;
                end = toDate(new PartialDate(e.date().year(), 12)).getTime() + 16 * 86400000.0;
            }
            labels.add(new Point2(xs[i].getTime(), ys[i], e.label() + suffix.getOrDefault(e.id(), ""), study, start, end));
        }
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
        s.setXDateSeries(xs);
        s.setYSeries(ys);
        s.setLineStyle(LineStyle.NONE);
        s.setSymbolType(symbol);
        s.setSymbolSize(6);
        s.setSymbolColor(color);
        return max;
    }

    static Date toDate(PartialDate date) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(date.year(), date.hasMonth() ? date.month() - 1 : 6, date.hasMonth() ? 15 : 1);
        return c.getTime();
    }

    /** Behind the series: the axis line, a dashed line at each position's date, a bar over each year-only study's year. */
    private void paintGuides(GC gc) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        Point size = chart.getPlotArea().getSize();
        Display d = chart.getDisplay();
        int zero = y.getPixelCoordinate(0);
        gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawLine(0, zero, size.x, zero);
        for (Point2 p : labels) {
            if (!p.study()) {
                int px = x.getPixelCoordinate(p.x());
                gc.setLineStyle(SWT.LINE_DASH);
                gc.setForeground(new Color(d, 138, 59, 0));
                gc.drawLine(px, 0, px, size.y);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(3);
        gc.setForeground(new Color(d, 170, 196, 222));
        for (Point2 p : labels) {
            if (p.study() && p.end() > p.start()) {
                int py = y.getPixelCoordinate(p.y());
                gc.drawLine(x.getPixelCoordinate(p.start()), py, x.getPixelCoordinate(p.end()), py);
            }
        }
        gc.setLineWidth(1);
    }

    private void paintLabels(GC gc) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        Point size = chart.getPlotArea().getSize();
        Display d = chart.getDisplay();
        for (Point2 p : labels) {
            int px = x.getPixelCoordinate(p.x());
            int py = y.getPixelCoordinate(p.y());
            Point ext = gc.textExtent(p.text());
            int right = Math.max(px, x.getPixelCoordinate(p.end())) + 6;
            int left = Math.min(px, x.getPixelCoordinate(p.start())) - 6;
            int tx = right + ext.x > size.x ? left - ext.x : right;
            gc.setForeground(p.study() ? new Color(d, 20, 50, 80) : new Color(d, 110, 45, 0));
            gc.drawText(p.text(), tx, py - ext.y / 2, true);
        }
    }
}
