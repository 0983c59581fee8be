package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;

/** Table 5a: case reports of adverse events. */
class CaseReportsTable5aTest {

    @Test
    void twentyCaseReportsInSeedOrder() {
        List<Study> c = Seed.byRole(StudyRole.ADVERSE_EVENT_CASE_REPORT);
        assertEquals(20, c.size());
        assertEquals("Asemota D", c.get(0).getFirstAuthor());
        assertEquals(2022, c.get(0).getYear());
        assertEquals("Yamamoto M", c.get(19).getFirstAuthor());
        for (Study s : c) {
            assertEquals(StudyDesign.CASE_REPORT, s.getDesign(), s.getLabel());
            assertNotNull(s.getReasonNotIncluded()); assertNotNull(s.getKeyFindingsText()); assertFalse(s.getAdverseEvents().isEmpty());
            assertTrue(s.getCitation().getText().contains("(" + s.getYear() + ")"));
        }
    }

    @Test
    void horioAndPantinHaveThreePeople() {
        Study horio = Seed.byRole(StudyRole.ADVERSE_EVENT_CASE_REPORT).stream().filter(s -> s.getFirstAuthor().equals("Horio M")).findFirst().orElseThrow();
        Seed.printed("3", horio.getN());
        assertEquals("Case reports", horio.getReasonNotIncluded());
        assertTrue(horio.getKeyFindingsText().startsWith("Intracerebral haemorrhage in 3 people"));
        Study mut = Seed.byRole(StudyRole.ADVERSE_EVENT_CASE_REPORT).stream().filter(s -> s.getFirstAuthor().equals("Mutallimov M")).findFirst().orElseThrow();
        assertTrue(mut.getDeviceModels().contains(DeviceModel.get("Impella CP")));
        assertEquals("ytac335", mut.getCitation().getPages());
        assertEquals("6", mut.getCitation().getVolume());
    }
}
