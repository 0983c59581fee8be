package org.htaworkbench.guidelines;

import java.util.List;
import java.util.Optional;

/**
 * Everything a view or report needs, computed once: questions (rows) x bodies (columns), each cell's positions with
 * published and normalised values, the divergence analysis per question, the evidence timeline, the schemes with their
 * mapping tables, and problems found while matching the question data to the evidence base.
 */
public record GuidelineComparison(String source, String evidenceBaseId, String evidenceBaseTitle, String questionSource,
        List<Body> bodies, List<Question> questions, List<ComparedPosition> positions, List<QuestionAnalysis> analyses,
        EvidenceTimeline timeline, SchemeSet schemes, List<String> problems) {

    public GuidelineComparison {
        bodies = List.copyOf(bodies);
        questions = List.copyOf(questions);
        positions = List.copyOf(positions);
        analyses = List.copyOf(analyses);
        problems = List.copyOf(problems);
    }

    public List<ComparedPosition> positions(String questionId) {
        return positions.stream().filter(p -> p.questionId().equals(questionId)).toList();
    }

    /** The matrix cell: positions of a body on a question (often one, possibly none). */
    public List<ComparedPosition> cell(String questionId, String bodyKey) {
        return positions.stream().filter(p -> p.questionId().equals(questionId) && p.bodyKey().equals(bodyKey)).toList();
    }

    public Optional<ComparedPosition> position(String id) {
        return positions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<QuestionAnalysis> analysis(String questionId) {
        return analyses.stream().filter(a -> a.question().id().equals(questionId)).findFirst();
    }

    public List<Divergence> divergences() {
        return analyses.stream().flatMap(a -> a.divergences().stream()).toList();
    }

    /** Whether a position is involved in a divergence (for highlighting). */
    public boolean isDivergent(ComparedPosition position) {
        return analysis(position.questionId()).map(a -> a.isDivergent(position.id())).orElse(false);
    }
}
