package org.htaworkbench.guidelines;

import java.util.List;

/**
 * Why positions may differ, grounded in data: the evidence timeline, the published level-of-evidence wording, recorded
 * citations and notes, and differences in the question each position answers.
 *
 * @param text one sentence for display
 * @param details supporting lines (one per position, field or study group)
 * @param positionIds the compared positions concerned
 * @param studyIds key studies concerned
 */
public record Explanation(Kind kind, String text, List<String> details, List<String> positionIds, List<String> studyIds) {

    public Explanation {
        details = List.copyOf(details);
        positionIds = List.copyOf(positionIds);
        studyIds = List.copyOf(studyIds);
    }

    public enum Kind {
        /** Key studies published before some positions' dates but not others'. */
        EVIDENCE_TIMELINE("evidence timeline"),
        /** What the published level of evidence says the position rests on. */
        EVIDENCE_BASIS("published evidence basis"),
        /** Studies each position cites, where known, and notes grounded in the published wording. */
        CITED_EVIDENCE("cited evidence"),
        /** A grade encoded from wording rather than printed. */
        GRADE_BASIS("grade basis"),
        POPULATION("population scope"),
        INTERVENTION("intervention scope"),
        COMPARATOR("comparator"),
        CONTEXT("context / purpose"),
        /** The positions answer a broader, narrower or overlapping question. */
        QUESTION_RELATION("question relation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
