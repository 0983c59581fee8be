package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;

/** Table 5b: other relevant studies. */
class OtherStudiesTable5bTest {

    static Study find(String author, int year) {
        return Seed.byRole(StudyRole.OTHER_RELEVANT).stream().filter(s -> s.getFirstAuthor().equals(author) && s.getYear() == year).findFirst().orElseThrow();
    }

    @Test
    void rowCountDocumentsSeedInconsistency() {
        // The seed's text says 138 other relevant studies including 20 case reports (so 118 in table 5b),
        // but table 5b itself has 119 rows. Stored as printed; the stated count is kept in the selection flow.
        List<Study> b = Seed.byRole(StudyRole.OTHER_RELEVANT);
        assertEquals(119, b.size());
        assertEquals("Abdallah N", b.get(0).getFirstAuthor());
        assertEquals("Zweck E", b.get(118).getFirstAuthor());
        for (Study s : b) {
            assertNotNull(s.getReasonNotIncluded(), s.getLabel()); assertFalse(s.getReasonNotIncluded().isBlank(), s.getLabel());
            assertNotNull(s.getKeyFindingsText(), s.getLabel()); assertNotNull(s.getParticipantsText(), s.getLabel());
            assertNotEquals(StudyDesign.NOT_REPORTED, s.getDesign(), s.getLabel());
        }
    }

    @Test
    void rowsSplitAcrossPagesAreJoined() {
        Study n = find("Nakamura M", 2023);
        Seed.printed("924", n.getN());
        assertTrue(n.getCitation().getText().startsWith("Nakamura M, Imamura T, Ueno H et al. (2023) Sex-Related Differences"));
        Study w = find("Wernly B", 2021);
        Seed.printed("149", w.getN());
    }

    @Test
    void sampleRows() {
        Study a = find("Abdallah N", 2025);
        Seed.printed("2,622,939", a.getN());
        assertEquals(StudyDesign.REGISTRY, a.getDesign());
        assertTrue(a.getReasonNotIncluded().contains("(Movahed 2024)"));
        Study k = find("Klein A", 2025);
        assertEquals(StudyDesign.RANDOMISED_CONTROLLED_TRIAL, k.getDesign());
        assertEquals("Secondary analysis of trial that is included in the key evidence.", k.getReasonNotIncluded());
        assertEquals(StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS, find("Abusnina W", 2022).getDesign());
        assertEquals(StudyDesign.NETWORK_META_ANALYSIS, find("Benenati S", 2022).getDesign());
        assertEquals(StudyDesign.ADVERSE_EVENT_DATABASE, find("Khalid N", 2019).getDesign());
    }

    @Test
    void reviewMembershipFromReasonColumn() {
        Study bogerd2023 = find("Bogerd M", 2023);
        assertTrue(Seed.study("bogerd2025").getIncludedStudies().contains(bogerd2023));
        Study karami = find("Karami M", 2021);
        assertTrue(Seed.study("ardito2023").getIncludedStudies().contains(karami));
        assertTrue(Seed.study("bogerd2025").getIncludedStudies().contains(karami));
        Study karatolios = find("Karatolios K", 2021);
        assertTrue(Seed.study("panuccio2022").getIncludedStudies().contains(karatolios));
        assertTrue(Seed.study("stub2025").getIncludedStudies().contains(karatolios));
        assertFalse(Seed.study("movahed2024").getIncludedStudies().contains(find("Abdallah N", 2025)));
    }
}
