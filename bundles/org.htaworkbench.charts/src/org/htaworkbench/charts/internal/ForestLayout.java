package org.htaworkbench.charts.internal;

import java.util.List;

import org.htaworkbench.charts.AxisSpec;
import org.htaworkbench.charts.ForestPlotSpec;
import org.htaworkbench.charts.ForestRow;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.Scene.Anchor;
import org.htaworkbench.charts.Scene.Style;
import org.htaworkbench.charts.TextMetrics;

/** RevMan-style forest plot layout: text columns on the left, the plot on the right, axis and favours below. */
public final class ForestLayout {
    private ForestLayout() {
    }

    public static Scene layout(ForestPlotSpec s, double w, double h, TextMetrics tm) {
        Scene.Builder b = new Scene.Builder(w, h);
        b.rect(0, 0, w, h, Style.fill(Palette.WHITE));
        double margin = 14;
        double top = margin;
        if (s.title() != null && !s.title().isEmpty()) {
            b.text(w / 2, top + 14, s.title(), 15, true, Anchor.MIDDLE, Palette.TEXT);
            top += 28;
        }
        int n = s.rows().size();
        double bottom = 6 + 18 + 20 + 16 * s.footnotes().size() + margin;
        double rowsTop = top + 24;
        double rowH = Math.max(11, Math.min(26, (h - rowsTop - bottom) / Math.max(1, n)));
        double f = Math.min(12, rowH * 0.72);
        double fs = f - 1;

        // column widths
        double labelW = tm.width(s.labelHeader(), f, true);
        for (ForestRow r : s.rows()) {
            if (r.kind() != ForestRow.Kind.TEXT) {
                labelW = Math.max(labelW, tm.width(r.label(), f, r.kind() != ForestRow.Kind.STUDY
                        && r.kind() != ForestRow.Kind.POINT));
            }
        }
        int nc = s.columnHeaders().size();
        double[] colW = new double[nc];
        for (int c = 0; c < nc; c++) {
            colW[c] = tm.width(s.columnHeaders().get(c), f, true);
            for (ForestRow r : s.rows()) {
                if (c < r.cells().size()) {
                    colW[c] = Math.max(colW[c], tm.width(r.cells().get(c), f, r.kind() == ForestRow.Kind.DIAMOND));
                }
            }
        }
        double x = margin + labelW + 18;
        double[] colRight = new double[nc];
        for (int c = 0; c < nc; c++) {
            x += colW[c];
            colRight[c] = x;
            x += 18;
        }
        double plotX0 = x + 6;
        double plotX1 = Math.max(plotX0 + 80, w - margin - 8);
        AxisSpec axis = s.axis();

        // headers
        double hb = rowsTop - 8;
        b.text(margin, hb, s.labelHeader(), f, true, Anchor.START, Palette.TEXT);
        for (int c = 0; c < nc; c++) {
            b.text(colRight[c], hb, s.columnHeaders().get(c), f, true, Anchor.END, Palette.TEXT);
        }
        b.text((plotX0 + plotX1) / 2, hb, axis.title(), f, true, Anchor.MIDDLE, Palette.TEXT);
        b.line(margin, rowsTop - 3, plotX1, rowsTop - 3, Style.stroke(Palette.AXIS, 1));

        double axisY = rowsTop + n * rowH + 4;
        // reference lines behind the marks
        if (!Double.isNaN(s.nullValue()) && axis.contains(s.nullValue())) {
            double nx = px(axis, s.nullValue(), plotX0, plotX1);
            b.line(nx, rowsTop, nx, axisY, Style.stroke(Palette.NULL_LINE, 1));
        }
        if (!Double.isNaN(s.referenceValue()) && axis.contains(s.referenceValue())) {
            double rx = px(axis, s.referenceValue(), plotX0, plotX1);
            b.line(rx, rowsTop, rx, axisY, Style.dashed(Palette.NULL_LINE, 1));
        }

        double maxSide = Math.min(rowH * 0.85, 16);
        // once per layout: asked per study row it scanned all rows each time, O(k²) (the layout of k = 10,000 rows
        // took 0.34 s, 24 ms without; charts.ui benchmark, RESULTS.md)
        double studyIndent = hasHeaders(s) ? 8 : 0;
        for (int i = 0; i < n; i++) {
            ForestRow r = s.rows().get(i);
            double yc = rowsTop + (i + 0.5) * rowH;
            double base = yc + f * 0.35;
            boolean bold = r.kind() == ForestRow.Kind.DIAMOND || r.kind() == ForestRow.Kind.HEADER;
            switch (r.kind()) {
                case TEXT -> b.italic(margin, yc + fs * 0.35, r.label(), fs, Anchor.START, Palette.MUTED);
                case SPACER -> {
                }
                default -> {
                    if (r.kind() == ForestRow.Kind.PREDICTION) {
                        b.italic(margin, base, r.label(), f, Anchor.START, Palette.TEXT);
                    } else {
                        b.text(margin + (r.kind() == ForestRow.Kind.STUDY ? studyIndent : 0), base, r.label(), f,
                                bold, Anchor.START, Palette.TEXT);
                    }
                    for (int c = 0; c < r.cells().size(); c++) {
                        b.text(colRight[c], base, r.cells().get(c), f, bold, Anchor.END, Palette.TEXT);
                    }
                }
            }
            if (!r.hasInterval()) {
                continue;
            }
            double xl = px(axis, axis.clamp(r.lower()), plotX0, plotX1);
            double xu = px(axis, axis.clamp(r.upper()), plotX0, plotX1);
            double xe = px(axis, axis.clamp(r.estimate()), plotX0, plotX1);
            switch (r.kind()) {
                case STUDY, POINT -> {
                    b.line(xl, yc, xu, yc, Style.stroke(Palette.STUDY, 1.2));
                    if (r.arrowLower()) {
                        b.polygon(Style.fill(Palette.STUDY), xl, yc, xl + 7, yc - 3.5, xl + 7, yc + 3.5);
                    }
                    if (r.arrowUpper()) {
                        b.polygon(Style.fill(Palette.STUDY), xu, yc, xu - 7, yc - 3.5, xu - 7, yc + 3.5);
                    }
                    if (axis.contains(r.estimate())) {
                        double side = Math.max(4, maxSide * r.boxScale());
                        if (r.kind() == ForestRow.Kind.POINT) {
                            b.circle(xe, yc, Math.max(3, side / 2), Style.fill(Palette.STUDY));
                        } else {
                            b.rect(xe - side / 2, yc - side / 2, side, side, Style.fill(Palette.STUDY));
                        }
                    }
                }
                case DIAMOND -> {
                    double hh = rowH * 0.36;
                    int fill = "common".equals(r.tag()) ? Palette.DIAMOND_COMMON : Palette.DIAMOND_RANDOM;
                    b.polygon(Style.fillAndStroke(fill, Palette.DIAMOND_RANDOM, 1), xl, yc, xe, yc - hh, xu, yc, xe,
                            yc + hh);
                }
                case PREDICTION -> {
                    b.rect(xl, yc - 2, Math.max(1, xu - xl), 4, Style.fill(Palette.PREDICTION));
                    b.line(xl, yc - 5, xl, yc + 5, Style.stroke(Palette.PREDICTION, 1.5));
                    b.line(xu, yc - 5, xu, yc + 5, Style.stroke(Palette.PREDICTION, 1.5));
                }
                default -> {
                }
            }
        }

        // axis
        b.line(plotX0, axisY, plotX1, axisY, Style.stroke(Palette.AXIS, 1));
        for (AxisSpec.Tick t : axis.ticks()) {
            double tx = px(axis, t.value(), plotX0, plotX1);
            b.line(tx, axisY, tx, axisY + 5, Style.stroke(Palette.AXIS, 1));
            b.text(tx, axisY + 17, t.label(), fs, false, Anchor.MIDDLE, Palette.TEXT);
        }
        double fy = axisY + 35;
        double center = !Double.isNaN(s.nullValue()) && axis.contains(s.nullValue())
                ? px(axis, s.nullValue(), plotX0, plotX1) : (plotX0 + plotX1) / 2;
        if (s.favoursLeft() != null && !s.favoursLeft().isEmpty()) {
            b.text(center - 8, fy, "\u2190 " + s.favoursLeft(), fs, false, Anchor.END, Palette.TEXT);
        }
        if (s.favoursRight() != null && !s.favoursRight().isEmpty()) {
            b.text(center + 8, fy, s.favoursRight() + " \u2192", fs, false, Anchor.START, Palette.TEXT);
        }
        List<String> notes = s.footnotes();
        for (int j = 0; j < notes.size(); j++) {
            b.italic(margin, fy + 20 + 15 * j, notes.get(j), fs - 1, Anchor.START, Palette.MUTED);
        }
        return b.build();
    }

    private static boolean hasHeaders(ForestPlotSpec s) {
        return s.rows().stream().anyMatch(r -> r.kind() == ForestRow.Kind.HEADER);
    }

    public static double px(AxisSpec a, double v, double x0, double x1) {
        return x0 + a.fraction(v) * (x1 - x0);
    }
}
