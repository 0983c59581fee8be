package org.htaworkbench.guidelines;

import java.util.List;
import java.util.Map;

/**
 * The divergence analysis of one question.
 *
 * @param compared ids of positions that take part
 * @param excluded positions shown but not compared, with the reason
 * @param divergences one per aspect in which compared positions differ
 * @param agreements aspects in which all positions stating a value agree (at least two), with the shared value
 * @param notes e.g. which positions state no strength
 */
public record QuestionAnalysis(Question question, List<String> compared, Map<String, String> excluded,
        List<Divergence> divergences, Map<Aspect, String> agreements, List<String> notes) {

    public QuestionAnalysis {
        compared = List.copyOf(compared);
        excluded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(excluded));
        divergences = List.copyOf(divergences);
        agreements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(agreements));
        notes = List.copyOf(notes);
    }

    public boolean isDivergent(String positionId) {
        return divergences.stream().anyMatch(d -> d.positionIds().contains(positionId));
    }
}
