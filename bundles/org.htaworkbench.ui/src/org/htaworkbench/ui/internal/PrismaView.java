package org.htaworkbench.ui.internal;

import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.PrismaDiagrams;
import org.htaworkbench.model.EvidenceBase;

/** PRISMA 2020 flow diagram from the evidence base's search and selection records; unknown counts say "not reported". */
public class PrismaView extends SpecChartView {

    public static final String ID = "org.htaworkbench.ui.views.prisma";

    @Override
    protected ChartSpec compute(EvidenceBase base) {
        return base.getEvidenceProcess() == null ? null
                : PrismaDiagrams.of(base.getEvidenceProcess(), "PRISMA 2020 flow of studies");
    }

    @Override
    protected String emptyMessage() {
        return "The evidence base has no search or selection records.";
    }

    @Override
    protected String exportName() {
        return "prisma-flow";
    }
}
