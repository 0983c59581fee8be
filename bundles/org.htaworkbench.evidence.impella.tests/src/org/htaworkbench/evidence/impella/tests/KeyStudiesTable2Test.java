package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table 2 (study details) of the seed: the 10 key studies and their characteristics. */
class KeyStudiesTable2Test {

    @Test
    void tenKeyStudiesNumberedOneToTen() {
        List<Study> key = Seed.byRole(StudyRole.KEY_EVIDENCE);
        assertEquals(10, key.size());
        for (int i = 0; i < 10; i++) assertEquals(i + 1, key.get(i).getStudyNumber());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "moller2024|1|Møller J, 2024|RANDOMISED_CONTROLLED_TRIAL|355|Denmark;Germany;UK",
            "thiele2024|2|Thiele H, 2024|IPD_META_ANALYSIS|1,059|",
            "sassani2025|3|Sassani K, 2025|SYSTEMATIC_REVIEW_META_ANALYSIS|2,617|Denmark;Germany;Italy;the Netherlands;Norway;US;'Europe'",
            "ardito2023|4|Ardito V, 2023|SYSTEMATIC_REVIEW_META_ANALYSIS|44,951|US;Germany;Japan;France;South Korea",
            "bogerd2025|5|Bogerd M, 2025|SYSTEMATIC_REVIEW_META_ANALYSIS|108,736|Germany;The Netherlands;US",
            "stub2025|6|Stub D, 2025|SYSTEMATIC_REVIEW_META_ANALYSIS|9,871|Germany;US;'Europe'",
            "panuccio2022|7|Panuccio G, 2022|SYSTEMATIC_REVIEW_META_ANALYSIS|7,290|",
            "movahed2024|8|Movahed M, 2024|REGISTRY|844,020|US",
            "padberg2024|9|Padberg J-S, 2024|REGISTRY|39,864|Germany",
            "higuchi2024|10|Higuchi R, 2024|REGISTRY|5,718|Japan" })
    void designCountryAndN(String id, int no, String label, StudyDesign design, String n, String countries) {
        Study s = Seed.study(id);
        assertEquals(no, s.getStudyNumber());
        assertEquals(label, s.getLabel());
        assertEquals(design, s.getDesign());
        Seed.printed(n, s.getN());
        assertEquals(countries == null ? List.of() : List.of(countries.split(";")), s.getCountries());
        assertNotNull(s.getPopulationText()); assertNotNull(s.getDesignText()); assertNotNull(s.getInterventionText()); assertNotNull(s.getFollowUpText());
        assertNotNull(s.getCitation(), "reference list entry");
        assertEquals(no, s.getCitation().getReferenceNumber());
    }

    @Test
    void mollerArmsAndCharacteristics() {
        Study m = Seed.study("moller2024");
        Seed.printed("179", Seed.arm("moller2024-pump").getN());
        Seed.printed("176", Seed.arm("moller2024-standard").getN());
        assertEquals("DanGer Shock", m.getTrialOrRegistryName());
        assertEquals("January 2013 to July 2023", m.getStudyPeriod());
        assertEquals("180 days", m.getFollowUpText());
        assertTrue(Seed.arm("moller2024-pump").getDeviceModels().contains(DeviceModel.get("Impella CP")));
        assertTrue(m.getFunding().contains("Danish Heart Foundation and Abiomed"));
        Characteristic scai = m.getCharacteristics().stream().filter(c -> c.getName().equals("SCAI-CSWG stage at admission")).findFirst().orElseThrow();
        assertEquals(List.of("C", "D", "E"), scai.getValues().stream().map(CharacteristicValue::getGroupLabel).toList());
        assertEquals(List.of("56", "28", "16"), scai.getValues().stream().map(v -> v.getValue().getText()).toList());
        Characteristic lactate = m.getCharacteristics().stream().filter(c -> c.getName().equals("Median arterial lactate level")).findFirst().orElseThrow();
        Seed.printed("4.6", lactate.getValues().get(0).getValue());
        assertSame(Seed.arm("moller2024-pump"), lactate.getValues().get(0).getArm());
        assertTrue(m.getExclusionCriteria().get(0).contains("overt right ventricular failure"));
    }

    @Test
    void reviewsAndTheirIncludedStudies() {
        assertTrue(Seed.study("thiele2024").getIncludedStudies().contains(Seed.study("moller2024")));
        assertTrue(Seed.study("sassani2025").getIncludedStudies().contains(Seed.study("moller2024")));
        assertTrue(Seed.study("bogerd2025").getIncludedStudies().contains(Seed.study("padberg2024")));
        assertEquals("January 2024", Seed.study("thiele2024").getSearchDate());
        assertEquals("September 2024", Seed.study("sassani2025").getSearchDate());
        assertEquals("February 2022", Seed.study("ardito2023").getSearchDate());
        assertEquals("November 2024", Seed.study("bogerd2025").getSearchDate());
        assertEquals("July 2023", Seed.study("stub2025").getSearchDate());
        assertEquals("December 2021", Seed.study("panuccio2022").getSearchDate());
        Seed.printed("18", Seed.study("sassani2025").getIncludedStudyCounts().get(0).getCount());
        Seed.printed("102", Seed.study("ardito2023").getIncludedStudyCounts().get(0).getCount());
        Seed.printed("33", Seed.study("panuccio2022").getIncludedStudyCounts().get(0).getCount());
    }

    @Test
    void registryArms() {
        Seed.printed("39,645", Seed.arm("movahed2024-pump").getN());
        Seed.printed("6,790", Seed.arm("movahed2024-pump-iabp").getN());
        Seed.printed("101,870", Seed.arm("movahed2024-iabp").getN());
        Seed.printed("694,715", Seed.arm("movahed2024-none").getN());
        Seed.printed("776", Seed.arm("padberg2024-pump").getN());
        Seed.printed("833", Seed.arm("padberg2024-ecmo").getN());
        Seed.printed("5,451", Seed.arm("padberg2024-iabp").getN());
        Seed.printed("32,804", Seed.arm("padberg2024-none").getN());
        Seed.printed("3,911", Seed.arm("higuchi2024-younger").getN());
        Seed.printed("1,807", Seed.arm("higuchi2024-older").getN());
        Seed.printed("533", Seed.arm("thiele2024-mcs").getN());
        assertNull(Seed.arm("thiele2024-standard").getN(), "standard care n is not printed and must not be computed");
    }

    @Test
    void bogerdAgeRangeAsPrintedInTable2() {
        // Table 2 prints 55 to 70.6 years; the evidence overview text prints 55 to 80.6 years (seed inconsistency kept as printed)
        Characteristic age = Seed.study("bogerd2025").getCharacteristics().stream().filter(c -> c.getName().equals("Mean or median age")).findFirst().orElseThrow();
        Seed.printed("70.6", age.getValues().get(0).getUpperValue());
        assertTrue(Seed.base().getAssessment().getEvidenceOverviewText().contains("55 to 80.6 years"));
    }
}
