package org.htaworkbench.charts;

import org.htaworkbench.charts.internal.ForestLayout;
import org.htaworkbench.charts.internal.PrismaLayout;
import org.htaworkbench.charts.internal.XyLayouts;

/** Lays out any chart spec for a size: the single drawing path shared by SWT, PNG and SVG output. */
public final class ChartLayouts {
    private ChartLayouts() {
    }

    public static Scene layout(ChartSpec spec, double width, double height, TextMetrics metrics) {
        TextMetrics m = metrics == null ? TextMetrics.APPROXIMATE : metrics;
        return switch (spec) {
            case ForestPlotSpec f -> ForestLayout.layout(f, width, height, m);
            case FunnelPlotSpec f -> XyLayouts.funnel(f, width, height, m);
            case BubblePlotSpec b -> XyLayouts.bubble(b, width, height, m);
            case KaplanMeierSpec k -> XyLayouts.kaplanMeier(k, width, height, m);
            case PrismaSpec p -> PrismaLayout.layout(p, width, height, m);
        };
    }

    /** Layout at the spec's preferred size. */
    public static Scene layout(ChartSpec spec, TextMetrics metrics) {
        return layout(spec, spec.preferredWidth(), spec.preferredHeight(), metrics);
    }
}
