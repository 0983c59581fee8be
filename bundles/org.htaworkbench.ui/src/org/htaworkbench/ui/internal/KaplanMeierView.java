package org.htaworkbench.ui.internal;

import org.htaworkbench.charts.ChartSpec;
import org.htaworkbench.charts.KaplanMeierPlots;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.EvidenceSummary;

/** Kaplan-Meier survival estimates reported by a key study (Padberg 2024 in the default evidence base). */
public class KaplanMeierView extends SpecChartView {

    public static final String ID = "org.htaworkbench.ui.views.kaplanMeier";

    @Override
    protected ChartSpec compute(EvidenceBase base) {
        for (Study study : base.getStudies()) {
            if (study.getResults().stream().anyMatch(KaplanMeierEstimate.class::isInstance)) {
                return KaplanMeierPlots.of(study, "Kaplan-Meier survival estimates: " + EvidenceSummary.label(study));
            }
        }
        return null;
    }

    @Override
    protected String emptyMessage() {
        return "No study in the evidence base reports Kaplan-Meier estimates.";
    }

    @Override
    protected String exportName() {
        return "kaplan-meier";
    }
}
