package org.htaworkbench.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.model.Arm;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.SurvivalMeasure;

/** Kaplan-Meier views from the model's {@link KaplanMeierEstimate} results. */
public final class KaplanMeierPlots {
    private KaplanMeierPlots() {
    }

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-?\\s*(day|week|month|year)",
            Pattern.CASE_INSENSITIVE);

    /** All Kaplan-Meier estimates of a study, one group per arm (in the study's arm order). */
    public static KaplanMeierSpec of(Study study, String title) {
        List<KaplanMeierEstimate> km = new ArrayList<>();
        for (Result r : study.getResults()) {
            if (r instanceof KaplanMeierEstimate k) {
                km.add(k);
            }
        }
        return of(km, title == null ? study.getLabel() + ": Kaplan-Meier estimates" : title);
    }

    /** Groups the estimates by arm (first appearance order); time points are parsed from the printed text. */
    public static KaplanMeierSpec of(List<KaplanMeierEstimate> estimates, String title) {
        Map<Arm, List<KaplanMeierSpec.Estimate>> byArm = new LinkedHashMap<>();
        boolean mortality = false;
        boolean percent = false;
        double maxT = 0;
        double maxV = 0;
        for (KaplanMeierEstimate k : estimates) {
            if (k.getEstimate() == null || !k.getEstimate().isReported() || k.getEstimate().getValue() == null) {
                continue;
            }
            double t = years(k.getTimePointText() != null ? k.getTimePointText() : k.getTimePoint());
            double v = k.getEstimate().getValue();
            double lo = Double.NaN, hi = Double.NaN;
            if (k.getInterval() != null) {
                lo = value(k.getInterval().getLower());
                hi = value(k.getInterval().getUpper());
            }
            mortality |= k.getMeasure() == SurvivalMeasure.MORTALITY;
            percent |= "%".equals(k.getEstimate().getUnit());
            maxT = Math.max(maxT, t);
            maxV = Math.max(maxV, Double.isNaN(hi) ? v : hi);
            String tt = k.getTimePointText() != null ? k.getTimePointText() : k.getTimePoint();
            byArm.computeIfAbsent(k.getArm(), a -> new ArrayList<>())
                    .add(new KaplanMeierSpec.Estimate(t, tt, v, lo, hi, k.getId()));
        }
        List<KaplanMeierSpec.Group> groups = new ArrayList<>();
        for (Map.Entry<Arm, List<KaplanMeierSpec.Estimate>> e : byArm.entrySet()) {
            List<KaplanMeierSpec.Estimate> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingDouble(KaplanMeierSpec.Estimate::time));
            String label = e.getKey() == null ? "(no arm)" : e.getKey().getLabel();
            groups.add(new KaplanMeierSpec.Group(label, list));
        }
        String what = mortality ? "Mortality" : "Survival";
        AxisSpec y = percent ? AxisSpec.linearFixed(what + " (%)", 0, maxV > 50 ? 100 : Math.ceil(maxV / 10) * 10, 10)
                : AxisSpec.linearFixed(what, 0, 1, 0.1);
        AxisSpec x = AxisSpec.linearFixed("Years", 0, Math.max(1, Math.ceil(maxT)), maxT > 12 ? 2 : 1);
        return new KaplanMeierSpec(title == null ? "" : title, x, y, groups, "years",
                List.of("Steps hold each reported estimate until the next reported time point; shaded: 95% CI as reported.",
                        "Values before the first reported time point are not reported."));
    }

    /** "1-year" = 1, "6-month" = 0.5, "30-day" = 30/365.25; unparseable text gives NaN. */
    public static double years(String text) {
        if (text == null) {
            return Double.NaN;
        }
        Matcher m = TIME.matcher(text);
        if (!m.find()) {
            return Double.NaN;
        }
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "day" -> n / 365.25;
            case "week" -> n * 7 / 365.25;
            case "month" -> n / 12;
            default -> n;
        };
    }

    private static double value(ReportedValue v) {
        return v == null || !v.isReported() || v.getValue() == null ? Double.NaN : v.getValue();
    }
}
