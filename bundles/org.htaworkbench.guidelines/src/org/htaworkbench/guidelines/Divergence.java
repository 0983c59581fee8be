package org.htaworkbench.guidelines;

import java.util.List;

/**
 * Compared positions on one question whose normalised values differ in one aspect.
 *
 * @param stances each involved position and its value (positions that state no value for the aspect are not involved)
 */
public record Divergence(String questionId, Aspect aspect, List<Stance> stances, List<Explanation> explanations) {

    /** One position's value. */
    public record Stance(String positionId, String label, String value, String published) {
    }

    public Divergence {
        stances = List.copyOf(stances);
        explanations = List.copyOf(explanations);
    }

    public List<String> positionIds() {
        return stances.stream().map(Stance::positionId).toList();
    }

    /** e.g. {@code certainty: ACC/AHA 2025 moderate; ESC 2021 low; MSAC April 2024 low}. */
    public String summary() {
        StringBuilder b = new StringBuilder(aspect.label()).append(": ");
        for (int i = 0; i < stances.size(); i++) {
            b.append(i > 0 ? "; " : "").append(stances.get(i).label()).append(" ").append(stances.get(i).value());
        }
        return b.toString();
    }
}
