package org.htaworkbench.model.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.StudyRole;

/**
 * What an evidence base holds, at a glance: studies by role and design, people covered, and for each
 * outcome category which key studies report it, beside the count the source document states.
 * Computed from the model on demand; nothing is stored.
 */
public record EvidenceSummary(String title, Map<StudyRole, Integer> studiesByRole,
        Map<StudyDesign, Integer> keyStudiesByDesign, long peopleInKeyStudies, int keyStudiesWithoutN,
        List<OutcomeCoverage> outcomeCoverage) {

    /**
     * One outcome category: the key studies with at least one result in it, and the "reported in N
     * studies" count printed in the source (null when the source states none).
     */
    public record OutcomeCoverage(String category, String kind, List<String> keyStudies, Integer statedCount,
            String statedCountText) {

        /** True when the source states a count and it differs from the studies found in the model. */
        public boolean disagreesWithStatedCount() {
            return statedCount != null && statedCount != keyStudies.size();
        }
    }

    public static EvidenceSummary of(EvidenceBase base) {
        Map<StudyRole, Integer> byRole = new EnumMap<>(StudyRole.class);
        Map<StudyDesign, Integer> byDesign = new EnumMap<>(StudyDesign.class);
        long people = 0;
        int withoutN = 0;
        List<Study> keyStudies = new ArrayList<>();
        for (Study study : base.getStudies()) {
            byRole.merge(study.getRole(), 1, Integer::sum);
            if (study.getRole() == StudyRole.KEY_EVIDENCE) {
                keyStudies.add(study);
                byDesign.merge(study.getDesign(), 1, Integer::sum);
                if (study.getN() != null && study.getN().getValue() != null) {
                    people += Math.round(study.getN().getValue());
                } else {
                    withoutN++;
                }
            }
        }
        keyStudies.sort(Comparator.comparing(s -> s.getStudyNumber() == null ? Integer.MAX_VALUE : s.getStudyNumber()));
        List<OutcomeCoverage> coverage = new ArrayList<>();
        List<OutcomeCategory> categories = new ArrayList<>(base.getOutcomeCategories());
        categories.sort(Comparator.comparingInt(OutcomeCategory::getOrder));
        for (OutcomeCategory category : categories) {
            Set<String> reporting = new LinkedHashSet<>();
            for (Study study : keyStudies) {
                for (Result result : study.getResults()) {
                    if (result.getOutcome() != null && result.getOutcome().getCategory() == category) {
                        reporting.add(label(study));
                        break;
                    }
                }
            }
            Integer stated = category.getReportedStudyCount() == null || category.getReportedStudyCount().getValue() == null
                    ? null : (int) Math.round(category.getReportedStudyCount().getValue());
            coverage.add(new OutcomeCoverage(category.getName(), category.getKind().getLiteral(),
                    List.copyOf(reporting), stated, category.getReportedStudyCountText()));
        }
        return new EvidenceSummary(base.getTitle(), byRole, byDesign, people, withoutN, coverage);
    }

    /** "Møller 2024", or the study's label when the author/year are not known. */
    public static String label(Study study) {
        if (study.getLabel() != null && !study.getLabel().isBlank()) {
            return study.getLabel();
        }
        return study.getFirstAuthor() + (study.getYear() == null ? "" : " " + study.getYear());
    }
}
