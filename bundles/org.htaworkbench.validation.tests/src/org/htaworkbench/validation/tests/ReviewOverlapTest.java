package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.ReviewOverlap;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.Test;

class ReviewOverlapTest {

    @Test
    void ccaOfASmallKnownMatrix() {
        // reviews R1 = {A, B}, R2 = {B, C}, R3 = {A, B, C}
        // N = 2 + 2 + 3 = 7 ticks, r = 3 primary studies, c = 3 reviews
        // CCA = (N - r) / (r·c - r) = (7 - 3) / (9 - 3) = 4/6 = 0.6667 (very high overlap)
        EvidenceBase base = Bases.F.createEvidenceBase();
        Study a = Bases.study(base, "a", "Alpha", 2020, StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        Study b = Bases.study(base, "b", "Beta", 2021, StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        Study c = Bases.study(base, "c", "Gamma", 2022, StudyDesign.COHORT);
        Study r1 = Bases.study(base, "r1", "Review1", 2023, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS);
        Study r2 = Bases.study(base, "r2", "Review2", 2023, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS);
        Study r3 = Bases.study(base, "r3", "Review3", 2024, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS);
        r1.getIncludedStudies().addAll(List.of(a, b));
        r2.getIncludedStudies().addAll(List.of(b, c));
        r3.getIncludedStudies().addAll(List.of(a, b, c));
        ReviewOverlap o = ConsistencyChecker.reviewOverlap(base);
        assertEquals(List.of(r1, r2, r3), o.reviews());
        assertEquals(List.of(a, b, c), o.primaryStudies());
        assertArrayEquals(new boolean[] {true, false, true}, o.included()[0]);
        assertArrayEquals(new boolean[] {true, true, true}, o.included()[1]);
        assertArrayEquals(new boolean[] {false, true, true}, o.included()[2]);
        assertEquals(7, o.inclusions());
        assertEquals(3, o.rows());
        assertEquals(3, o.columns());
        assertEquals(4.0 / 6.0, o.cca(), 1e-12);
        assertEquals("very high", o.interpretation());
        assertEquals(3, o.reviewCount(1));
    }

    @Test
    void ccaOfTheSeedLikeOverlapIsReportedAsInfo() {
        // Thiele and Sassani include Møller; Bogerd includes Padberg: N = 3, r = 2, c = 3 -> (3-2)/(6-2) = 25%
        EvidenceBase base = Bases.F.createEvidenceBase();
        Study moller = Bases.study(base, "moller", "Møller J", 2024, StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        Study padberg = Bases.study(base, "padberg", "Padberg J-S", 2024, StudyDesign.REGISTRY);
        Bases.study(base, "thiele", "Thiele H", 2024, StudyDesign.IPD_META_ANALYSIS).getIncludedStudies().add(moller);
        Bases.study(base, "sassani", "Sassani K", 2025, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS).getIncludedStudies().add(moller);
        Bases.study(base, "bogerd", "Bogerd M", 2025, StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS).getIncludedStudies().add(padberg);
        ReviewOverlap o = ReviewOverlap.of(base);
        assertEquals(0.25, o.cca(), 1e-12);
        List<Finding> f = Bases.of(ConsistencyChecker.check(base), CheckId.REVIEW_OVERLAP);
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO));
        assertTrue(f.get(0).message().contains("CCA = (3 − 2)/(2·3 − 2) = 25.0% (very high overlap)"), f.get(0).message());
        assertTrue(f.get(0).message().contains("Møller 2024"), f.get(0).message());
        // Møller and Padberg are key evidence and inside key reviews: counted twice
        assertEquals(3, f.size(), f.toString());
        assertTrue(f.get(1).message().startsWith("Møller 2024: is key evidence and also included in Thiele 2024, Sassani 2025"),
                f.get(1).message());
    }

    @Test
    void ccaIsUndefinedForOneReview() {
        EvidenceBase base = Bases.F.createEvidenceBase();
        Study a = Bases.study(base, "a", "Alpha", 2020, StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        a.setRole(StudyRole.REVIEW_MEMBER_ONLY);
        Bases.study(base, "r", "Review", 2023, StudyDesign.SYSTEMATIC_REVIEW).getIncludedStudies().add(a);
        assertTrue(Double.isNaN(ReviewOverlap.of(base).cca()));
        assertEquals("undefined", ReviewOverlap.of(base).interpretation());
    }
}
