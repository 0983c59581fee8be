package org.htaworkbench.guidelines;

import java.util.List;

/**
 * One cell entry of the comparison matrix: a body's position on a question, with its published wording beside the
 * normalised position, its date and source, and how its own scope relates to the question.
 *
 * @param id unique in the comparison (from the question data, or generated for unassigned positions)
 * @param sourceKey identifies the published statement (one statement can answer several questions)
 * @param bodyName the body as the evidence base names it
 * @param document the document title as the evidence base gives it
 * @param date publication date (year, or month and year); null if unknown
 * @param dateText the date as printed (e.g. {@code April 2024}) or the year
 * @param source where in the evidence base the position is (e.g. {@code Existing assessments}, {@code Related NICE guidance IPG482})
 * @param statusNote e.g. NICE's "guidance update is in progress", or why a position is not yet published
 * @param classGrade the recommendation grade as published (or encoded, see {@link PublishedGrade#basis()})
 * @param levelGrade the level / certainty of evidence as published
 * @param schemeId null when no scheme applies
 * @param scope the position's own population, intervention, comparator and context
 * @param evidenceNote a note from the question data grounded in the published wording (e.g. what evidence the level names)
 * @param cites ids of studies of the evidence base the position is known to cite (empty: none recorded)
 */
public record ComparedPosition(String id, String questionId, String sourceKey, String bodyKey, String bodyName,
        String document, PartialDate date, String dateText, String source, String url, String statement,
        PositionStatus status, String statusNote, Relation relation, PublishedGrade classGrade,
        PublishedGrade levelGrade, String schemeId, String schemeName, Normalisation normalisation, Scope scope,
        String evidenceNote, List<String> cites) {

    public ComparedPosition {
        cites = List.copyOf(cites);
    }

    public NormalisedPosition normalised() {
        return normalisation.position();
    }

    /**
     * The cell badge: the normalised badge for a published position, else the status ("not yet published", "wording not
     * in the evidence base", "not found in the evidence base"), so a cell never shows a grade nobody published.
     */
    public String badge() {
        return status == PositionStatus.PUBLISHED ? normalised().badge() : status.label();
    }

    /** Short label for tables and explanations: {@code ESC 2021}, {@code MSAC April 2024}, {@code NICE IPG482 2014}. */
    public String label() {
        return labelFor(bodyKey, source, dateText);
    }

    static String labelFor(String bodyKey, String source, String dateText) {
        String id = source != null && source.startsWith("Related NICE guidance ") ? " " + source.substring("Related NICE guidance ".length()) : "";
        return bodyKey + id + (dateText == null ? "" : " " + dateText);
    }

    /** The published grade texts joined for display, e.g. {@code class 2a; level C}. */
    public String published() {
        StringBuilder b = new StringBuilder();
        if (classGrade != null && !classGrade.isEmpty()) {
            b.append(classGrade.text());
        }
        if (levelGrade != null && !levelGrade.isEmpty()) {
            b.append(b.length() > 0 ? "; " : "").append(levelGrade.text());
        }
        return b.length() == 0 ? "(no grade printed)" : b.toString();
    }

    /** Whether the position takes part in the divergence analysis of its question. */
    public boolean isCompared() {
        return relation.isCompared() && status == PositionStatus.PUBLISHED && normalised().direction() != Direction.UNKNOWN;
    }
}
