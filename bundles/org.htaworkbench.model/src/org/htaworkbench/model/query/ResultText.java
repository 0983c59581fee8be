package org.htaworkbench.model.query;

import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.GroupComparisonResult;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.PooledProportionResult;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.SummaryStatisticResult;

/**
 * A one-line rendering of a reported result in the seed's own style ("82/179 (45.8%)", "HR 0.74 (95% CI 0.55 to
 * 0.99), p=0.04"), built from the printed texts so that nothing is re-rounded. Falls back to the result's verbatim
 * text for narrative findings.
 */
public final class ResultText {

    private ResultText() {
    }

    public static String of(Result result) {
        String text = switch (result) {
            case ArmCountResult r -> arm(r.getArm()) + counts(r);
            case EffectEstimateResult r -> effect(r);
            case PooledProportionResult r -> arm(r.getArm()) + "pooled " + printed(r.getProportion()) + "%" + ci(r.getInterval())
                    + (r.getStudyCount() == null ? "" : ", " + printed(r.getStudyCount()) + " studies")
                    + (r.getISquared() == null ? "" : ", I²=" + printed(r.getISquared()) + "%");
            case KaplanMeierEstimate r -> arm(r.getArm()) + (r.getTimePointText() == null ? "" : r.getTimePointText() + ": ")
                    + printed(r.getEstimate()) + "%" + ci(r.getInterval());
            case SummaryStatisticResult r -> arm(r.getArm()) + (r.getStatistic() == null ? "" : r.getStatistic().getLiteral() + " ")
                    + printed(r.getValue()) + (r.getUnit() == null ? "" : " " + r.getUnit())
                    + (r.getSpread() == null ? "" : " (" + intervalText(r.getSpread()) + ")");
            case GroupComparisonResult r -> (r.getTestDescription() == null ? "" : r.getTestDescription() + ": ")
                    + (r.getPValue() == null ? "" : pText(r.getPValue()));
            default -> "";
        };
        if (text.isBlank() && result.getText() != null) {
            return result.getText();
        }
        return text;
    }

    private static String counts(ArmCountResult r) {
        StringBuilder b = new StringBuilder();
        if (r.getEvents() != null && r.getTotal() != null) {
            b.append(printed(r.getEvents())).append('/').append(printed(r.getTotal()));
        }
        if (r.getPercent() != null) {
            b.append(b.isEmpty() ? "" : " (").append(printed(r.getPercent())).append('%').append(b.isEmpty() ? "" : ")");
        }
        if (r.getInterval() != null) {
            b.append(ci(r.getInterval()));
        }
        return b.toString();
    }

    private static String effect(EffectEstimateResult r) {
        String measure = r.getMeasureText() != null ? r.getMeasureText()
                : r.getMeasure() == null ? "" : r.getMeasure().getLiteral();
        return (r.getFactor() == null ? "" : r.getFactor() + ": ") + measure + " " + printed(r.getEstimate()) + ci(r.getInterval())
                + (r.getPValue() == null ? "" : ", " + pText(r.getPValue()))
                + (r.getStudyCount() == null ? "" : ", " + printed(r.getStudyCount()) + " studies")
                + (r.getISquared() == null ? "" : ", I²=" + printed(r.getISquared()) + "%");
    }

    private static String arm(Arm arm) {
        return arm == null || arm.getLabel() == null ? "" : arm.getLabel() + ": ";
    }

    private static String ci(Interval interval) {
        return interval == null ? "" : " (" + intervalText(interval) + ")";
    }

    private static String intervalText(Interval interval) {
        if (interval.getText() != null && !interval.getText().isBlank()) {
            return interval.getText();
        }
        return printed(interval.getLower()) + " to " + printed(interval.getUpper());
    }

    /** "p=0.04", "p<0.001", or the printed words as they are ("p value not reported"). */
    private static String pText(ReportedValue p) {
        String printed = printed(p).strip();
        if (!printed.matches("[<>=≤≥]?\\s*[0-9.].*")) {
            return printed;
        }
        return "p" + (printed.matches("[<>=≤≥].*") ? printed : "=" + printed);
    }

    /** The value as printed in the source, or the number when no text was kept. */
    public static String printed(ReportedValue value) {
        if (value == null) {
            return "";
        }
        if (value.getText() != null && !value.getText().isBlank()) {
            return value.getText();
        }
        return value.getValue() == null ? "" : String.valueOf(value.getValue());
    }
}
