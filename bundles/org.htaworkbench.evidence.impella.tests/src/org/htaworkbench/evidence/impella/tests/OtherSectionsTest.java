package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;

/** Assessment metadata and the narrative sections of the seed. */
class OtherSectionsTest {

    @Test
    void assessmentMetadata() {
        Assessment a = Seed.base().getAssessment();
        assertEquals(20, a.getAbbreviations().size());
        assertEquals("VA-ECMO", a.getAbbreviations().get(19).getAbbreviation());
        AssessmentTool scai = a.getAssessmentTools().get(0);
        assertEquals(List.of("A", "B", "C", "D", "E"), scai.getStages().stream().map(ToolStage::getCode).toList());
        assertEquals("extremis", scai.getStages().get(4).getLabel());
        assertSame(scai, a.getAssessmentTools().get(1).getDerivedFrom());
        assertTrue(a.getQuestion().getComparators().isEmpty(), "the seed states no comparator; none may be invented");
        assertEquals("People with cardiogenic shock.", a.getQuestion().getPopulation());
        assertTrue(a.getOverviewCounts().stream().anyMatch(c -> "over 950,000".equals(c.getCount().getText()) && c.getCount().getQualifier() == ValueQualifier.GREATER_THAN));
    }

    @Test
    void outcomeCategoriesAndSummaries() {
        List<OutcomeCategory> cats = Seed.base().getOutcomeCategories();
        OutcomeCategory m30 = cats.get(0);
        assertEquals("In-hospital or 30-day mortality", m30.getName());
        Seed.printed("9", m30.getReportedStudyCount());
        assertEquals(5, m30.getSummaryStatements().size());
        OutcomeCategory renal = cats.stream().filter(c -> c.getName().startsWith("Acute kidney")).findFirst().orElseThrow();
        Seed.printed("6", renal.getReportedStudyCount());
        int total = cats.stream().mapToInt(c -> c.getSummaryStatements().size()).sum();
        assertEquals(37, total);
        assertTrue(cats.get(1).getSummaryStatements().get(1).getStudies().contains(Seed.study("moller2024")));
        OutcomeCategory other = cats.stream().filter(c -> c.getName().equals("Other adverse events")).findFirst().orElseThrow();
        assertEquals(20, other.getSummaryStatements().get(0).getStudies().size());
    }

    @Test
    void ongoingTrialsAndGuidelines() {
        List<OngoingTrial> t = Seed.base().getOngoingTrials();
        assertEquals(List.of("NCT06644963", "NCT05366452", "NCT06964685", "NCT06690567", "NCT04682483"), t.stream().map(OngoingTrial::getRegistryId).toList());
        Seed.printed("5,000", t.get(4).getN());
        assertEquals("December 2026", t.get(1).getEstimatedCompletion());
        List<ExistingAssessment> e = Seed.base().getExistingAssessments();
        assertEquals(3, e.size());
        assertEquals("2a", e.get(0).getPositions().get(0).getRecommendationClass());
        assertEquals("C", e.get(0).getPositions().get(0).getLevelOfEvidence());
        assertEquals(3, e.get(2).getPositions().size());
        assertEquals("No benefit (moderate)", e.get(2).getPositions().get(2).getRecommendationClass());
        assertEquals(List.of("IPG482", "IPG633", "CG187"), Seed.base().getRelatedGuidance().stream().map(RelatedGuidance::getIdentifier).toList());
    }

    @Test
    void otherSections() {
        EvidenceBase b = Seed.base();
        assertEquals(8, b.getProfessionalSocieties().size());
        assertEquals(10, b.getExpertAdverseEvents().size());
        assertEquals("April 2024", b.getSafetyNotices().get(0).getDate());
        assertEquals(16, b.getValidityNotes().size());
        ValidityNote padberg = b.getValidityNotes().get(1);
        assertTrue(padberg.getStudies().containsAll(List.of(Seed.study("moller2024"), Seed.study("padberg2024"))));
        assertEquals(ValidityTheme.FUNDING, b.getValidityNotes().get(15).getTheme());
        assertEquals(List.of("Six", "3", "1"), b.getStakeholderEvidence().stream().map(s -> s.getSubmissions().getText()).toList());
        assertEquals(6.0, b.getStakeholderEvidence().get(0).getSubmissions().getValue());
    }
}
