package org.htaworkbench.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.htaworkbench.model.AnalysisPopulation;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.validation.internal.Printed.Range;

/**
 * Finds the two arm-level results (events/total or a printed percentage) that an effect estimate compares: same
 * study, same outcome, compatible subgroup / population / time point, the estimate's experimental and comparator arms
 * (or, when the estimate names none, the only two arms with results for that outcome: intervention first).
 */
public final class ArmRisks {

    private ArmRisks() {
    }

    /** The risk of one arm: exact counts, or only a printed percentage (a range of risks). */
    public record Risk(ArmCountResult source, double events, double total, Range risk, boolean counts) {

        /** "10/179" or "40.8%". */
        public String text() {
            if (counts) {
                return Printed.text(source.getEvents()) + "/" + Printed.text(source.getTotal());
            }
            return Printed.text(source.getPercent()) + "%";
        }
    }

    /** The two arms of a comparison. */
    public record Pair(Risk experimental, Risk comparator) {

        public boolean counts() {
            return experimental.counts && comparator.counts;
        }

        public String text() {
            return experimental.text() + " vs " + comparator.text();
        }
    }

    /** The risk of an arm-level result, or null if it has neither counts nor a percentage. */
    public static Risk risk(ArmCountResult a) {
        if (Printed.exact(a.getEvents()) && Printed.exact(a.getTotal()) && a.getTotal().getValue() > 0
                && a.getEvents().getValue() >= 0 && a.getEvents().getValue() <= a.getTotal().getValue()) {
            double e = a.getEvents().getValue();
            double t = a.getTotal().getValue();
            return new Risk(a, e, t, new Range(e / t, e / t), true);
        }
        if (Printed.exact(a.getPercent())) {
            Range r = Printed.range(a.getPercent());
            double f = isFraction(a.getPercent()) ? 1 : 0.01;
            Range p = r.times(f);
            return new Risk(a, Double.NaN, Double.NaN, new Range(Math.max(0, p.lo()), Math.min(1, p.hi())), false);
        }
        return null;
    }

    /** A "percent" printed as a fraction (no % unit, value at most 1, with decimals). */
    static boolean isFraction(org.htaworkbench.model.ReportedValue pct) {
        return !"%".equals(pct.getUnit()) && pct.getValue() <= 1 && Printed.decimals(pct) >= 2;
    }

    /** The comparison behind an effect estimate, or null when it cannot be identified unambiguously. */
    public static Pair find(Result effect, Arm experimental, Arm comparator) {
        Study s = effect.getStudy();
        if (s == null || effect.getOutcome() == null) {
            return null;
        }
        Map<Arm, Risk> best = new LinkedHashMap<>();
        for (Result r : s.getResults()) {
            if (!(r instanceof ArmCountResult a) || a.getArm() == null || a.getOutcome() != effect.getOutcome()
                    || !compatible(effect, a)) {
                continue;
            }
            Risk risk = risk(a);
            if (risk == null) {
                continue;
            }
            Risk old = best.get(a.getArm());
            if (old == null || better(risk, old)) {
                best.put(a.getArm(), risk);
            }
        }
        Arm exp = experimental;
        Arm comp = comparator;
        if (exp == null || comp == null) {
            List<Arm> arms = new ArrayList<>(best.keySet());
            if (exp != null) {
                arms.remove(exp);
            }
            if (comp != null) {
                arms.remove(comp);
            }
            if (exp == null && comp == null) {
                if (arms.size() != 2) {
                    return null;
                }
                if (arms.get(1).getKind() == ArmKind.INTERVENTION && arms.get(0).getKind() == ArmKind.COMPARATOR) {
                    arms = List.of(arms.get(1), arms.get(0));
                }
                exp = arms.get(0);
                comp = arms.get(1);
            } else if (arms.size() == 1) {
                if (exp == null) {
                    exp = arms.get(0);
                } else {
                    comp = arms.get(0);
                }
            } else {
                return null;
            }
        }
        Risk e = best.get(exp);
        Risk c = best.get(comp);
        return e == null || c == null ? null : new Pair(e, c);
    }

    private static boolean better(Risk candidate, Risk old) {
        if (candidate.counts != old.counts) {
            return candidate.counts;
        }
        return candidate.source.getRestates() == null && old.source.getRestates() != null;
    }

    private static boolean compatible(Result effect, Result arm) {
        if (!Objects.equals(blankToNull(effect.getSubgroup()), blankToNull(arm.getSubgroup()))) {
            return false;
        }
        AnalysisPopulation p1 = effect.getAnalysisPopulation();
        AnalysisPopulation p2 = arm.getAnalysisPopulation();
        if (p1 != null && p2 != null && p1 != AnalysisPopulation.NOT_STATED && p2 != AnalysisPopulation.NOT_STATED
                && p1 != p2) {
            return false;
        }
        String t1 = blankToNull(effect.getTimePoint());
        String t2 = blankToNull(arm.getTimePoint());
        return t1 == null || t2 == null || t1.equalsIgnoreCase(t2);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Reviews and meta-analyses: their estimates are pooled, not crude 2x2 estimates. */
    public static boolean isReview(Study s) {
        if (s == null || s.getDesign() == null) {
            return false;
        }
        return switch (s.getDesign()) {
            case IPD_META_ANALYSIS, SYSTEMATIC_REVIEW_META_ANALYSIS, SYSTEMATIC_REVIEW, NETWORK_META_ANALYSIS -> true;
            default -> false;
        };
    }

    static boolean isReviewDesign(StudyDesign d) {
        return d == StudyDesign.IPD_META_ANALYSIS || d == StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS
                || d == StudyDesign.SYSTEMATIC_REVIEW || d == StudyDesign.NETWORK_META_ANALYSIS;
    }
}
