package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.htaworkbench.guidelines.Aspect;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.KeyStudy;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's evidence base (org.htaworkbench.evidence.impella) with the contributed question data. */
class ImpellaComparisonTest {

    private static GuidelineComparison comparison;

    @BeforeAll
    static void load() throws Exception {
        assertTrue(Files.exists(TestSupport.impellaFile()), "seed evidence base missing: " + TestSupport.impellaFile());
        comparison = new GuidelineComparator(TestSupport.builtInSchemes()).compare(EvidenceResources.load(TestSupport.impellaFile()),
                "impella", TestSupport.builtIn().questionsFor("impella-cardiogenic-shock"));
    }

    @Test
    void everyPositionOfTheQuestionDataResolvesAndNothingIsLeftUnassigned() {
        assertEquals(List.of(), comparison.problems());
        assertTrue(comparison.questions().stream().noneMatch(q -> q.id().equals("unassigned")),
                "all 5 existing-assessment positions and 3 related guidance entries are assigned");
        assertEquals(PositionStatus.NOT_YET_PUBLISHED, comparison.position("nice-ipg10404").orElseThrow().status());
    }

    @Test
    void accAhaEscAndMsacAgreeOnDirectionAndDifferInCertainty() {
        QuestionAnalysis a = comparison.analysis("stemi-cs-microaxial-pump").orElseThrow();
        assertEquals("for", a.agreements().get(Aspect.DIRECTION));
        assertEquals(1, a.divergences().size());
        Divergence d = a.divergences().get(0);
        assertEquals(Aspect.CERTAINTY, d.aspect());
        assertEquals("certainty: ACC/AHA 2025 moderate; ESC 2021 low; MSAC April 2024 low", d.summary());
    }

    @Test
    void whatEachBodyCouldHaveSeen() {
        EvidenceTimeline t = comparison.timeline();
        assertEquals(10, t.keyStudies().size());
        Map<String, EvidenceTimeline.PositionEvidence> byLabel = new java.util.HashMap<>();
        t.positions().forEach(p -> byLabel.putIfAbsent(p.label(), p));
        assertEquals(0, byLabel.get("ESC 2021").before().size());
        assertEquals(List.of("ardito2023", "panuccio2022"), ids(byLabel.get("MSAC April 2024").before()).stream().sorted().toList());
        assertTrue(ids(byLabel.get("MSAC April 2024").sameYear()).contains("moller2024"));
        assertTrue(ids(byLabel.get("ACC/AHA 2025").before()).containsAll(List.of("moller2024", "thiele2024")));
        assertEquals(3, byLabel.get("ACC/AHA 2025").sameYear().size(), "Sassani, Bogerd and Stub 2025");
        KeyStudy moller = t.keyStudies().stream().filter(s -> s.id().equals("moller2024")).findFirst().orElseThrow();
        assertEquals("Møller 2024 (DanGer Shock; randomised controlled trial)", moller.describe());
    }

    @Test
    void routineIabpOrEcmoDivergesInDirection() {
        QuestionAnalysis a = comparison.analysis("ami-cs-routine-iabp-ecmo").orElseThrow();
        assertEquals("direction: ACC/AHA 2025 against; NICE IPG482 2014 for; ESC 2021 for", a.divergences().get(0).summary());
    }

    private static List<String> ids(List<KeyStudy> s) {
        return s.stream().map(KeyStudy::id).toList();
    }
}
