package org.htaworkbench.charts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.charts.PrismaSpec;
import org.htaworkbench.charts.Scene;
import org.htaworkbench.charts.Scene.Anchor;
import org.htaworkbench.charts.Scene.Style;
import org.htaworkbench.charts.TextMetrics;

/** PRISMA 2020 flow diagram layout: phase bands on the left, main flow, exclusion boxes on the right. */
public final class PrismaLayout {
    private PrismaLayout() {
    }

    record Line(String text, boolean bold, boolean italic) {
    }

    public static Scene layout(PrismaSpec s, double w, double h, TextMetrics tm) {
        Scene.Builder b = new Scene.Builder(w, h);
        b.rect(0, 0, w, h, Style.fill(Palette.WHITE));
        double m = 16, f = 12, lineH = 16, pad = 8;
        double top = m;
        if (s.title() != null && !s.title().isEmpty()) {
            b.text(w / 2, top + 14, s.title(), 15, true, Anchor.MIDDLE, Palette.TEXT);
            top += 30;
        }
        double bandW = 30, gap = 40;
        double colW = (w - 2 * m - bandW - 12 - gap) / 2;
        double[] colX = {m + bandW + 12, m + bandW + 12 + colW + gap};
        // header bar
        b.rect(colX[0], top, colX[1] + colW - colX[0], 26, Style.fillAndStroke(Palette.HEADER, 0x7A6A2A, 1));
        b.text((colX[0] + colX[1] + colW) / 2, top + 17, "Identification of studies via databases and registers", f,
                true, Anchor.MIDDLE, Palette.TEXT);
        top += 26 + 14;

        int rows = s.rowCount();
        Map<String, List<Line>> text = new HashMap<>();
        double[] rowH = new double[rows];
        for (PrismaSpec.Box bx : s.boxes()) {
            List<Line> lines = new ArrayList<>();
            if (bx.heading() != null && !bx.heading().isEmpty()) {
                for (String l : wrap(bx.heading(), colW - 2 * pad, f, true, tm)) {
                    lines.add(new Line(l, true, false));
                }
            }
            for (PrismaSpec.Entry e : bx.entries()) {
                for (String l : wrap(e.text(), colW - 2 * pad, f, false, tm)) {
                    lines.add(new Line(l, false, e.count() == null));
                }
            }
            text.put(bx.id(), lines);
            rowH[bx.row()] = Math.max(rowH[bx.row()], lines.size() * lineH + 2 * pad);
        }
        double total = 0;
        for (double r : rowH) {
            total += r;
        }
        double vgap = rows > 1 ? Math.max(18, Math.min(60, (h - top - m - total) / (rows - 1))) : 0;
        double[] rowY = new double[rows];
        double y = top;
        for (int r = 0; r < rows; r++) {
            rowY[r] = y;
            y += rowH[r] + vgap;
        }
        for (PrismaSpec.Phase p : s.phases()) {
            double y0 = rowY[p.firstRow()], y1 = rowY[p.lastRow()] + rowH[p.lastRow()];
            b.rect(m, y0, bandW, y1 - y0, Style.fillAndStroke(Palette.PHASE, 0x5B7A99, 1));
            b.add(new Scene.Text(m + bandW / 2 + 4, (y0 + y1) / 2, p.label(), f, true, false, Anchor.MIDDLE,
                    Palette.TEXT, -90));
        }
        Map<String, double[]> rects = new HashMap<>();
        for (PrismaSpec.Box bx : s.boxes()) {
            List<Line> lines = text.get(bx.id());
            double bh = lines.size() * lineH + 2 * pad;
            double bxX = colX[bx.column()];
            double bxY = rowY[bx.row()] + (rowH[bx.row()] - bh) / 2;
            rects.put(bx.id(), new double[] {bxX, bxY, colW, bh});
            b.rect(bxX, bxY, colW, bh, new Style(0x333333, 1, Palette.WHITE, 1, bx.dashed()));
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                b.add(new Scene.Text(bxX + pad, bxY + pad + lineH * i + 12, l.text(), f, l.bold(), l.italic(),
                        Anchor.START, l.italic() ? 0x7A2E2E : Palette.TEXT, 0));
            }
        }
        for (PrismaSpec.Arrow a : s.arrows()) {
            double[] r0 = rects.get(a.from()), r1 = rects.get(a.to());
            if (r0 == null || r1 == null) {
                continue;
            }
            if (r1[0] > r0[0] + 1) { // to the right
                double yy = r0[1] + r0[3] / 2;
                double yt = Math.max(r1[1] + 6, Math.min(r1[1] + r1[3] - 6, yy));
                arrow(b, r0[0] + r0[2], yy, r1[0], yt);
            } else {
                double xx = r0[0] + r0[2] / 2;
                arrow(b, xx, r0[1] + r0[3], xx, r1[1]);
            }
        }
        return b.build();
    }

    private static void arrow(Scene.Builder b, double x0, double y0, double x1, double y1) {
        double ang = Math.atan2(y1 - y0, x1 - x0);
        double hx = x1 - 9 * Math.cos(ang), hy = y1 - 9 * Math.sin(ang);
        b.line(x0, y0, hx, hy, Style.stroke(0x333333, 1.3));
        double px = -Math.sin(ang) * 4.5, py = Math.cos(ang) * 4.5;
        b.polygon(Style.fill(0x333333), x1, y1, hx + px, hy + py, hx - px, hy - py);
    }

    /** Greedy word wrap; keeps leading indentation. */
    static List<String> wrap(String t, double maxW, double size, boolean bold, TextMetrics tm) {
        List<String> out = new ArrayList<>();
        String indent = t.startsWith("  ") ? "  " : "";
        String[] words = t.trim().split(" ");
        StringBuilder cur = new StringBuilder(indent);
        for (String wd : words) {
            String cand = cur.toString().trim().isEmpty() ? indent + wd : cur + " " + wd;
            if (tm.width(cand, size, bold) > maxW && !cur.toString().trim().isEmpty()) {
                out.add(cur.toString());
                cur = new StringBuilder(indent + "  " + wd);
            } else {
                cur = new StringBuilder(cand);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
