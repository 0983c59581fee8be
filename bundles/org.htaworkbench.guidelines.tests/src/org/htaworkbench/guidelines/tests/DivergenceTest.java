package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.htaworkbench.guidelines.Aspect;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.Explanation;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.GuidelineDataException;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.guidelines.Relation;
import org.htaworkbench.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/** Divergence detection and explanations on the sample evidence base with the contributed Impella question data. */
class DivergenceTest {

    private static GuidelineComparison compare(EvidenceBase base) {
        return new GuidelineComparator(TestSupport.builtInSchemes()).compare(base, "sample",
                TestSupport.builtIn().questionsFor("impella-cardiogenic-shock"));
    }

    private static Divergence divergence(QuestionAnalysis a, Aspect aspect) {
        return a.divergences().stream().filter(d -> d.aspect() == aspect).findFirst()
                .orElseThrow(() -> new AssertionError("no " + aspect + " divergence in " + a.divergences()));
    }

    private static Map<String, String> values(Divergence d) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        d.stances().forEach(s -> m.put(s.positionId(), s.value()));
        return m;
    }

    private static Explanation explanation(Divergence d, Explanation.Kind kind) {
        return d.explanations().stream().filter(x -> x.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " explanation"));
    }

    @Test
    void pumpQuestionDivergesInCertaintyOnly() {
        GuidelineComparison c = compare(SampleEvidence.create());
        assertEquals(List.of(), c.problems());
        QuestionAnalysis a = c.analysis("stemi-cs-microaxial-pump").orElseThrow();
        assertEquals(List.of("acc-aha-2025-stemi-pump", "esc-2021-short-term-mcs-q1", "msac-2024-impella"), a.compared());
        assertEquals(1, a.divergences().size(), a.divergences().toString());
        Divergence d = divergence(a, Aspect.CERTAINTY);
        assertEquals(Map.of("acc-aha-2025-stemi-pump", "moderate", "esc-2021-short-term-mcs-q1", "low", "msac-2024-impella", "low"), values(d));
        assertEquals("for", a.agreements().get(Aspect.DIRECTION));
        assertEquals("moderate", a.agreements().get(Aspect.STRENGTH), "ESC IIa and ACC/AHA 2a; MSAC states none");
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("MSAC April 2024 states no strength")), a.notes().toString());
    }

    @Test
    void notYetPublishedAndAdjacentPositionsAreShownButNotCompared() {
        GuidelineComparison c = compare(SampleEvidence.create());
        ComparedPosition nice = c.cell("stemi-cs-microaxial-pump", "NICE").stream()
                .filter(p -> p.status() == PositionStatus.NOT_YET_PUBLISHED).findFirst().orElseThrow();
        assertEquals(org.htaworkbench.guidelines.Direction.UNKNOWN, nice.normalised().direction(), "no NICE recommendation is invented");
        assertEquals("not mapped", nice.normalised().badge());
        assertEquals("not yet published", nice.badge(), "the cell badge says why there is no position");
        assertTrue(nice.document().contains("IPG10404"));
        QuestionAnalysis a = c.analysis("stemi-cs-microaxial-pump").orElseThrow();
        assertEquals("not yet published", a.excluded().get("nice-ipg10404"));
        assertTrue(a.excluded().get("nice-ipg633").startsWith("adjacent"));
        assertEquals(Relation.ADJACENT, c.position("nice-ipg633").orElseThrow().relation());
        assertFalse(c.isDivergent(c.position("nice-ipg633").orElseThrow()));
        assertTrue(c.isDivergent(c.position("esc-2021-short-term-mcs-q1").orElseThrow()));
    }

    @Test
    void certaintyDivergenceIsExplainedByTheTimelineAndThePublishedEvidenceBasis() {
        Divergence d = divergence(compare(SampleEvidence.create()).analysis("stemi-cs-microaxial-pump").orElseThrow(), Aspect.CERTAINTY);
        Explanation t = explanation(d, Explanation.Kind.EVIDENCE_TIMELINE);
        assertTrue(t.text().contains("Møller 2024 (DanGer Shock; randomised controlled trial) was published after ESC 2021"), t.text());
        assertTrue(t.studyIds().contains("moller2024"));
        assertTrue(t.details().stream().anyMatch(l -> l.startsWith("Møller 2024 (DanGer Shock; randomised controlled trial), Thiele 2024")
                && l.contains("before ACC/AHA 2025") && l.contains("after ESC 2021 (ESC 2021 cannot rest on it)")
                && l.contains("same year as MSAC April 2024")), t.details().toString());
        Explanation basis = explanation(d, Explanation.Kind.EVIDENCE_BASIS);
        assertTrue(basis.details().stream().anyMatch(l -> l.startsWith("ACC/AHA 2025") && l.contains("B-R")), basis.details().toString());
        assertTrue(basis.details().stream().anyMatch(l -> l.startsWith("ESC 2021: level 'C'")), basis.details().toString());
        Explanation grade = explanation(d, Explanation.Kind.GRADE_BASIS);
        assertTrue(grade.details().get(0).startsWith("MSAC April 2024: class 'supports public funding' — Encoded"), grade.details().toString());
        Explanation population = explanation(d, Explanation.Kind.POPULATION);
        assertEquals(3, population.details().size());
        assertTrue(explanation(d, Explanation.Kind.QUESTION_RELATION).details().stream().anyMatch(l -> l.startsWith("ESC 2021 answers a broader")));
    }

    @Test
    void routineIabpOrEcmoQuestionDivergesInDirection() {
        QuestionAnalysis a = compare(SampleEvidence.create()).analysis("ami-cs-routine-iabp-ecmo").orElseThrow();
        Divergence d = divergence(a, Aspect.DIRECTION);
        assertEquals(Map.of("acc-aha-2025-routine-iabp-ecmo", "against", "nice-ipg482", "for", "esc-2021-short-term-mcs-q2", "for"), values(d));
        Divergence s = divergence(a, Aspect.STRENGTH);
        assertEquals(Map.of("nice-ipg482", "weak", "esc-2021-short-term-mcs-q2", "moderate"), values(s),
                "strength is compared within a direction only");
        Explanation t = explanation(d, Explanation.Kind.EVIDENCE_TIMELINE);
        assertTrue(t.text().contains("after NICE IPG482 2014 and ESC 2021"), t.text());
        Explanation intervention = explanation(d, Explanation.Kind.INTERVENTION);
        assertTrue(intervention.details().contains("ACC/AHA 2025: Routine IABP or VA-ECMO"), intervention.details().toString());
    }

    @Test
    void guidanceStatusAndWordingNotAvailableAreKept() {
        GuidelineComparison c = compare(SampleEvidence.create());
        assertEquals("guidance update is in progress", c.position("nice-ipg482").orElseThrow().statusNote());
        ComparedPosition cg187 = c.position("nice-cg187").orElseThrow();
        assertEquals(PositionStatus.WORDING_NOT_AVAILABLE, cg187.status());
        assertEquals("Recommendation 1.7", cg187.classGrade().text(), "the published text is kept even when not mapped");
        assertEquals("wording not in the evidence base",
                c.analysis("cs-short-term-mcs-bridge").orElseThrow().excluded().get("nice-cg187"));
    }

    @Test
    void identicalPositionsDoNotDiverge() throws GuidelineDataException {
        EvidenceBase base = SampleEvidence.create();
        // make the ACC/AHA pump statement's level C-LD (low), like ESC's C and MSAC's low certainty
        base.getExistingAssessments().get(2).getPositions().get(0).setLevelOfEvidence("C-LD");
        QuestionAnalysis a = compare(base).analysis("stemi-cs-microaxial-pump").orElseThrow();
        assertEquals(List.of(), a.divergences());
        assertEquals("low", a.agreements().get(Aspect.CERTAINTY));
    }

    @Test
    void directionDivergenceDetectedInAHandWrittenQuestionFile() throws GuidelineDataException {
        EvidenceBase base = SampleEvidence.create();
        base.getExistingAssessments().get(0).getPositions().get(0).setRecommendationClass("III");
        GuidelineComparison c = new GuidelineComparator(TestSupport.builtInSchemes()).compare(base, "sample", TestSupport.questions("""
                {"questions": [{"id": "q", "title": "Q"}],
                 "positions": [
                   {"id": "esc", "question": "q", "body": "ESC", "assessment": {"body": "European Society", "position": 0}},
                   {"id": "acc", "question": "q", "body": "ACC/AHA", "assessment": {"body": "American College", "position": 0}}]}
                """));
        QuestionAnalysis a = c.analysis("q").orElseThrow();
        Divergence d = divergence(a, Aspect.DIRECTION);
        assertEquals(Map.of("esc", "against", "acc", "for"), values(d));
        assertEquals("III", d.stances().get(0).published());
        assertFalse(a.agreements().containsKey(Aspect.DIRECTION));
        assertTrue(c.questions().stream().anyMatch(q -> q.id().equals("unassigned")), "MSAC and the other statements are listed unassigned");
        assertTrue(c.analysis("unassigned").orElseThrow().divergences().isEmpty(), "unassigned positions are never compared");
    }
}
