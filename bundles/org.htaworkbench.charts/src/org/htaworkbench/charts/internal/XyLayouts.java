package org.htaworkbench.charts.internal;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.charts.AxisSpec;
import org.htaworkbench.charts.BubblePlotSpec;
import org.htaworkbench.charts.FunnelPlotSpec;
import org.htaworkbench.charts.KaplanMeierSpec;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.Scene.Anchor;
import org.htaworkbench.charts.Scene.Style;
import org.htaworkbench.charts.TextMetrics;

/** Layouts of the x/y charts (funnel, bubble, Kaplan-Meier) on a common frame. */
public final class XyLayouts {
    private XyLayouts() {
    }

    /** Plot frame: maps data to pixels and draws axes, grid, titles. */
    static final class Frame {
        final double x0, x1, y0, y1; // y0 top, y1 bottom
        final AxisSpec xa, ya;

        Frame(Scene.Builder b, String title, AxisSpec xa, AxisSpec ya, double w, double h, int footLines,
                TextMetrics tm) {
            this.xa = xa;
            this.ya = ya;
            b.rect(0, 0, w, h, Style.fill(Palette.WHITE));
            double top = 16;
            if (title != null && !title.isEmpty()) {
                b.text(w / 2, top + 14, title, 15, true, Anchor.MIDDLE, Palette.TEXT);
                top += 30;
            }
            double yLabelW = 0;
            for (AxisSpec.Tick t : ya.ticks()) {
                yLabelW = Math.max(yLabelW, tm.width(t.label(), 11, false));
            }
            x0 = 16 + 18 + yLabelW + 10;
            x1 = w - 20;
            y0 = top + 6;
            y1 = h - 48 - 15 * footLines;
            for (AxisSpec.Tick t : ya.ticks()) {
                double y = py(t.value());
                b.line(x0, y, x1, y, Style.stroke(Palette.GRID, 1));
                b.line(x0 - 5, y, x0, y, Style.stroke(Palette.AXIS, 1));
                b.text(x0 - 8, y + 4, t.label(), 11, false, Anchor.END, Palette.TEXT);
            }
            for (AxisSpec.Tick t : xa.ticks()) {
                double x = px(t.value());
                b.line(x, y0, x, y1, Style.stroke(Palette.GRID, 1));
                b.line(x, y1, x, y1 + 5, Style.stroke(Palette.AXIS, 1));
                b.text(x, y1 + 18, t.label(), 11, false, Anchor.MIDDLE, Palette.TEXT);
            }
            b.line(x0, y1, x1, y1, Style.stroke(Palette.AXIS, 1));
            b.line(x0, y0, x0, y1, Style.stroke(Palette.AXIS, 1));
            b.text((x0 + x1) / 2, y1 + 36, xa.title(), 12, true, Anchor.MIDDLE, Palette.TEXT);
            b.add(new Scene.Text(22, (y0 + y1) / 2, ya.title(), 12, true, false, Anchor.MIDDLE, Palette.TEXT, -90));
        }

        double px(double v) {
            return x0 + xa.fraction(v) * (x1 - x0);
        }

        double py(double v) {
            return y1 - ya.fraction(v) * (y1 - y0);
        }

        void footnotes(Scene.Builder b, List<String> notes) {
            for (int i = 0; i < notes.size(); i++) {
                b.italic(16, y1 + 56 + 15 * i, notes.get(i), 10.5, Anchor.START, Palette.MUTED);
            }
        }
    }

    enum Key { DOT, OPEN, LINE, DASH, FILL }

    static void legend(Scene.Builder b, Frame fr, List<String> texts, List<Key> keys, List<Integer> colors,
            TextMetrics tm, boolean left) {
        double tw = 0;
        for (String t : texts) {
            tw = Math.max(tw, tm.width(t, 11, false));
        }
        double bw = tw + 40, bh = 8 + 17 * texts.size();
        double bx = left ? fr.x0 + 10 : fr.x1 - bw - 10;
        double by = fr.y0 + 10;
        b.rect(bx, by, bw, bh, new Style(0xBBBBBB, 1, Palette.WHITE, 0.92, false));
        for (int i = 0; i < texts.size(); i++) {
            double y = by + 13 + 17 * i;
            int c = colors.get(i);
            switch (keys.get(i)) {
                case DOT -> b.circle(bx + 16, y, 4, Style.fill(c));
                case OPEN -> b.circle(bx + 16, y, 4, Style.fillAndStroke(Palette.WHITE, c, 1.5));
                case LINE -> b.line(bx + 6, y, bx + 26, y, Style.stroke(c, 2));
                case DASH -> b.line(bx + 6, y, bx + 26, y, Style.dashed(c, 1.5));
                case FILL -> b.rect(bx + 6, y - 5, 20, 10, new Style(0x999999, 0.8, c, 1, true));
            }
            b.text(bx + 32, y + 4, texts.get(i), 11, false, Anchor.START, Palette.TEXT);
        }
    }

    public static Scene funnel(FunnelPlotSpec s, double w, double h, TextMetrics tm) {
        Scene.Builder b = new Scene.Builder(w, h);
        Frame fr = new Frame(b, s.title(), s.xAxis(), s.yAxis(), w, h, 0, tm);
        double top = fr.py(0), bot = fr.py(s.seMax());
        double ax = fr.px(s.regionLeft()[0]);
        b.polygon(new Style(Scene.NONE, 0, Palette.REGION, 1, false), ax, top, fr.px(s.regionLeft()[1]), bot,
                fr.px(s.regionRight()[1]), bot);
        b.line(ax, top, fr.px(s.regionLeft()[1]), bot, Style.dashed(Palette.NULL_LINE, 1));
        b.line(ax, top, fr.px(s.regionRight()[1]), bot, Style.dashed(Palette.NULL_LINE, 1));
        b.line(fr.px(s.estimate()), top, fr.px(s.estimate()), bot, Style.stroke(Palette.AXIS, 1.2));
        if (!Double.isNaN(s.adjustedEstimate())) {
            double xa = fr.px(s.adjustedEstimate());
            b.line(xa, top, xa, bot, Style.dashed(Palette.IMPUTED, 1.2));
        }
        for (FunnelPlotSpec.Point p : s.imputed()) {
            b.circle(fr.px(p.x()), fr.py(p.se()), 4.5, Style.fillAndStroke(Palette.WHITE, Palette.IMPUTED, 1.5));
        }
        for (FunnelPlotSpec.Point p : s.points()) {
            b.circle(fr.px(p.x()), fr.py(p.se()), 4.5, Style.fillAndStroke(Palette.STUDY, Palette.WHITE, 0.8));
        }
        List<Key> keys = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (String t : s.legend()) {
            if (t.startsWith("Studies")) {
                keys.add(Key.DOT);
                cols.add(Palette.STUDY);
            } else if (t.startsWith("Imputed")) {
                keys.add(Key.OPEN);
                cols.add(Palette.IMPUTED);
            } else if (t.startsWith("Pooled")) {
                keys.add(Key.LINE);
                cols.add(Palette.AXIS);
            } else if (t.startsWith("Adjusted")) {
                keys.add(Key.DASH);
                cols.add(Palette.IMPUTED);
            } else {
                keys.add(Key.FILL);
                cols.add(Palette.REGION);
            }
        }
        legend(b, fr, s.legend(), keys, cols, tm, false);
        return b.build();
    }

    public static Scene bubble(BubblePlotSpec s, double w, double h, TextMetrics tm) {
        Scene.Builder b = new Scene.Builder(w, h);
        Frame fr = new Frame(b, s.title(), s.xAxis(), s.yAxis(), w, h, 1, tm);
        List<double[]> line = s.line();
        double[] band = new double[line.size() * 4];
        double[] mid = new double[line.size() * 2];
        for (int i = 0; i < line.size(); i++) {
            double[] p = line.get(i);
            band[2 * i] = fr.px(p[0]);
            band[2 * i + 1] = fr.py(p[3]);
            int j = line.size() * 2 - 1 - i;
            band[2 * j] = fr.px(p[0]);
            band[2 * j + 1] = fr.py(p[2]);
            mid[2 * i] = fr.px(p[0]);
            mid[2 * i + 1] = fr.py(p[1]);
        }
        b.polygon(new Style(Scene.NONE, 0, Palette.STUDY, 0.12, false), band);
        if (!Double.isNaN(s.nullValue()) && s.yAxis().contains(s.nullValue())) {
            double y = fr.py(s.nullValue());
            b.line(fr.x0, y, fr.x1, y, Style.dashed(Palette.NULL_LINE, 1));
        }
        double maxR = Math.min(22, (fr.x1 - fr.x0) / 25);
        // big bubbles first so small ones stay visible
        List<BubblePlotSpec.Bubble> sorted = new ArrayList<>(s.bubbles());
        sorted.sort((a, c) -> Double.compare(c.sizeScale(), a.sizeScale()));
        for (BubblePlotSpec.Bubble bu : sorted) {
            b.circle(fr.px(bu.x()), fr.py(bu.y()), Math.max(3, maxR * bu.sizeScale()),
                    new Style(Palette.STUDY, 1, Palette.STUDY, 0.35, false));
        }
        b.polyline(Style.stroke(Palette.AXIS, 2), mid);
        fr.footnotes(b, List.of(s.caption()));
        return b.build();
    }

    public static Scene kaplanMeier(KaplanMeierSpec s, double w, double h, TextMetrics tm) {
        Scene.Builder b = new Scene.Builder(w, h);
        Frame fr = new Frame(b, s.title(), s.xAxis(), s.yAxis(), w, h, s.footnotes().size(), tm);
        List<String> names = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int g = 0; g < s.groups().size(); g++) {
            KaplanMeierSpec.Group grp = s.groups().get(g);
            int c = Palette.SERIES[g % Palette.SERIES.length];
            double[] xs = grp.stepX();
            double[] lo = grp.stepY(1), hi = grp.stepY(2), est = grp.stepY(0);
            boolean hasCi = true;
            for (int i = 0; i < xs.length; i++) {
                hasCi &= !Double.isNaN(lo[i]) && !Double.isNaN(hi[i]);
            }
            if (hasCi && xs.length > 0) {
                double[] poly = new double[4 * xs.length];
                for (int i = 0; i < xs.length; i++) {
                    poly[2 * i] = fr.px(xs[i]);
                    poly[2 * i + 1] = fr.py(hi[i]);
                    int j = 2 * xs.length - 1 - i;
                    poly[2 * j] = fr.px(xs[i]);
                    poly[2 * j + 1] = fr.py(lo[i]);
                }
                b.polygon(new Style(Scene.NONE, 0, c, 0.14, false), poly);
            }
            double[] pl = new double[2 * xs.length];
            for (int i = 0; i < xs.length; i++) {
                pl[2 * i] = fr.px(xs[i]);
                pl[2 * i + 1] = fr.py(est[i]);
            }
            if (xs.length > 1) {
                b.polyline(Style.stroke(c, 2.2), pl);
            }
            for (KaplanMeierSpec.Estimate e : grp.estimates()) {
                double x = fr.px(e.time());
                if (!Double.isNaN(e.lower()) && !Double.isNaN(e.upper())) {
                    b.line(x, fr.py(e.lower()), x, fr.py(e.upper()), Style.stroke(c, 1));
                }
                b.circle(x, fr.py(e.estimate()), 3.5, Style.fillAndStroke(c, Palette.WHITE, 0.8));
            }
            names.add(grp.label());
            keys.add(Key.LINE);
            cols.add(c);
        }
        legend(b, fr, names, keys, cols, tm, false);
        fr.footnotes(b, s.footnotes());
        return b.build();
    }
}
