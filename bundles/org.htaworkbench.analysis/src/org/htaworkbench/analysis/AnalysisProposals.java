package org.htaworkbench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.htaworkbench.analysis.internal.GenericEstimateAnalysis;
import org.htaworkbench.analysis.internal.PairwiseCountsAnalysis;
import org.htaworkbench.analysis.internal.ProportionAnalysis;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;

/**
 * Proposes what to analyse for an outcome category. In an overview like NICE's each study reports its own outcome
 * (Møller's "moderate or severe bleeding", Thiele's "bleeding at 30 days"), so an analysis across studies selects
 * results of one category rather than of one outcome. The proposal is what an analyst would tick first: per study
 * the intervention and comparator arm counts (events and total both reported) of the same outcome, population and
 * time point (pairwise), else one
 * reported comparison of the arms with its CI (generic; not a predictor or subgroup estimate), else the intervention arm's proportion. Restatements of a table
 * result are never proposed, so no study counts twice.
 */
public final class AnalysisProposals {

    private AnalysisProposals() {
    }

    /** Results of the category that the type can analyse, without restatements, in study order. */
    public static List<Result> candidates(EvidenceBase base, OutcomeCategory category, AnalysisType type) {
        List<Result> out = new ArrayList<>();
        for (Study s : base.getStudies()) {
            for (Result r : s.getResults()) {
                if (r.getRestates() == null && r.getOutcome() != null && r.getOutcome().getCategory() == category
                        && type.accepts(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The default selection of {@code candidates} for the type (empty when it finds nothing to analyse). */
    public static List<Result> propose(List<Result> candidates, String typeId) {
        Map<Study, List<Result>> byStudy = new LinkedHashMap<>();
        for (Result r : candidates) {
            byStudy.computeIfAbsent(r.getStudy(), s -> new ArrayList<>()).add(r);
        }
        List<Result> selected = new ArrayList<>();
        Boolean ratios = null;
        for (List<Result> results : byStudy.values()) {
            switch (typeId) {
                case PairwiseCountsAnalysis.ID -> selected.addAll(firstTwoArmPair(results));
                case GenericEstimateAnalysis.ID -> {
                    for (Result r : results) {
                        EffectEstimateResult e = (EffectEstimateResult) r;
                        boolean ratio = isRatio(e.getMeasure());
                        // a comparison of the arms for the whole study: not a predictor, not a subgroup
                        boolean comparison = e.getExperimentalArm() != null && e.getFactor() == null
                                && (e.getSubgroup() == null || e.getSubgroup().isBlank());
                        if (comparison && consistentInterval(e, ratio) && (ratios == null || ratios == ratio)) {
                            ratios = ratio;
                            selected.add(r);
                            break;
                        }
                    }
                }
                case ProportionAnalysis.ID -> results.stream()
                        .filter(r -> kind(r) == ArmKind.INTERVENTION && hasCounts(r)).findFirst().ifPresent(selected::add);
                default -> selected.addAll(results);
            }
        }
        return selected;
    }

    /**
     * A new definition for the category (not yet added to the evidence base): the first built-in type, in the
     * order pairwise, generic, proportion, whose proposal has at least one study; named after the category.
     * Model settings are the metafor defaults; callers apply the analyst's preferences.
     *
     * @throws AnalysisException when no result of the category can be analysed
     */
    public static AnalysisDefinition newDefinition(EvidenceBase base, OutcomeCategory category) {
        for (String typeId : List.of(PairwiseCountsAnalysis.ID, GenericEstimateAnalysis.ID, ProportionAnalysis.ID)) {
            AnalysisTypeDescriptor type = AnalysisRegistry.find(typeId).orElse(null);
            if (type == null) {
                continue;
            }
            List<Result> proposal = propose(candidates(base, category, type.type()), typeId);
            if (!proposal.isEmpty()) {
                AnalysisDefinition d = EvidenceFactory.eINSTANCE.createAnalysisDefinition();
                d.setId(freeId(base, "analysis-" + category.getId().replaceFirst("^cat-", "")));
                d.setName(category.getName());
                d.setAnalysisType(typeId);
                d.getResults().addAll(proposal);
                return d;
            }
        }
        throw new AnalysisException("no result of the outcome category '" + category.getName()
                + "' has arm counts or a ratio with a confidence interval to analyse");
    }

    /** The category an existing definition analyses: its outcome's, else its first selected result's. */
    public static OutcomeCategory categoryOf(AnalysisDefinition definition) {
        if (definition.getOutcome() != null) {
            return definition.getOutcome().getCategory();
        }
        for (Result r : definition.getResults()) {
            if (r.getOutcome() != null && r.getOutcome().getCategory() != null) {
                return r.getOutcome().getCategory();
            }
        }
        return null;
    }

    private static List<Result> firstTwoArmPair(List<Result> results) {
        Map<String, List<Result>> byTable = new LinkedHashMap<>();
        for (Result r : results) {
            if (!hasCounts(r)) {
                continue; // e.g. a percentage printed without its counts
            }
            String key = Objects.toString(r.getOutcome().getId()) + '|' + r.getAnalysisPopulation() + '|'
                    + r.getSubgroup() + '|' + r.getTimePoint();
            byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        for (List<Result> table : byTable.values()) {
            List<Result> experimental = table.stream().filter(r -> kind(r) == ArmKind.INTERVENTION).toList();
            List<Result> comparator = table.stream().filter(r -> kind(r) == ArmKind.COMPARATOR).toList();
            if (experimental.size() == 1 && comparator.size() == 1) {
                return List.of(experimental.get(0), comparator.get(0));
            }
        }
        return List.of();
    }

    /**
     * Estimate inside its interval (and positive for a ratio): a misprinted interval, like Bogerd 2025's "RR 0.84,
     * 95% CI 78 to 86", is left for the analyst to correct rather than proposed into a failing analysis.
     */
    private static boolean consistentInterval(EffectEstimateResult e, boolean ratio) {
        if (e.getEstimate() == null || e.getEstimate().getValue() == null || e.getInterval() == null
                || e.getInterval().getLower() == null || e.getInterval().getLower().getValue() == null
                || e.getInterval().getUpper() == null || e.getInterval().getUpper().getValue() == null) {
            return false;
        }
        double est = e.getEstimate().getValue();
        double lb = e.getInterval().getLower().getValue();
        double ub = e.getInterval().getUpper().getValue();
        return lb < est && est < ub && (!ratio || lb > 0);
    }

    private static boolean hasCounts(Result r) {
        return r instanceof ArmCountResult a && a.getEvents() != null && a.getEvents().getValue() != null
                && a.getTotal() != null && a.getTotal().getValue() != null && a.getTotal().getValue() > 0;
    }

    private static ArmKind kind(Result r) {
        return r instanceof ArmCountResult a && a.getArm() != null ? a.getArm().getKind() : null;
    }

    private static boolean isRatio(EffectMeasure m) {
        return m == EffectMeasure.RR || m == EffectMeasure.OR || m == EffectMeasure.HR;
    }

    private static String freeId(EvidenceBase base, String wanted) {
        String id = wanted;
        for (int n = 2; idTaken(base, id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static boolean idTaken(EvidenceBase base, String id) {
        return base.getAnalyses().stream().anyMatch(a -> id.equals(a.getId()))
                || (base.eResource() != null && base.eResource().getEObject(id) != null);
    }
}
