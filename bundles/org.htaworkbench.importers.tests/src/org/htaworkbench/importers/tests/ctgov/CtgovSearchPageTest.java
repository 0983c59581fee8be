package org.htaworkbench.importers.tests.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.importers.internal.ctgov.ClinicalTrialsGovFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code data/ctgov/ctgov-search-page.json}: the first page of a search for Impella in cardiogenic shock. */
class CtgovSearchPageTest {

    private static final String FILE = "ctgov/ctgov-search-page.json";

    private static Fixtures.Collected read;

    @BeforeAll
    static void read() throws ImportException {
        read = Fixtures.read(new ClinicalTrialsGovFormat(), FILE);
    }

    @Test
    void eachStudyOfThePageIsATrialWithItsIndex() {
        assertEquals(List.of("NCT05506449", "NCT04093531", "NCT03813134"),
                read.records().stream().map(r -> r.text(TrialField.REGISTRY_ID)).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(new Position(FILE, 0, i + 1, "$.studies[" + i + "]"), read.record(i).position());
        }
        assertEquals("$.studies[2].protocolSection.identificationModule.nctId",
                read.record(2).values(TrialField.REGISTRY_ID).get(0).position().path());
    }

    @Test
    void theNextPageTokenIsReportedWithTheTotalCount() {
        assertEquals(1, read.problems().size());
        ImportProblem warning = read.warnings().get(0);
        assertEquals("nextPageToken", warning.field());
        assertEquals("$.nextPageToken", warning.position().path());
        assertEquals("the file is one page of a search (nextPageToken is set): the studies of the following pages are"
                + " not in it (the search found 57 studies, this page holds 3)", warning.message());
    }

    @Test
    void anEstimatedEnrollmentAndEstimatedDates() {
        ImportedRecord recover = read.record(0);
        assertEquals("560", recover.text(TrialField.ENROLLMENT));
        assertEquals("ESTIMATED", recover.text(TrialField.ENROLLMENT_TYPE));
        assertEquals("2023-02-15", recover.text(TrialField.START_DATE));
        assertEquals("2027-12", recover.text(TrialField.PRIMARY_COMPLETION_DATE));
        assertEquals(List.of("United States", "France"), recover.texts(TrialField.COUNTRY));
        assertEquals(List.of("DEVICE: Impella CP with SmartAssist", "PROCEDURE: Percutaneous coronary intervention"),
                recover.texts(TrialField.INTERVENTION));
    }

    @Test
    void aStudyWithoutEnrollmentHasNone() {
        ImportedRecord altshock = read.record(1);
        assertTrue(altshock.values(TrialField.ENROLLMENT).isEmpty());
        assertTrue(altshock.values(TrialField.ENROLLMENT_TYPE).isEmpty());
        assertTrue(altshock.values(TrialField.OFFICIAL_TITLE).isEmpty());
        assertEquals("Altshock-2", altshock.text(TrialField.ACRONYM));
        assertEquals("INTERVENTIONAL; RANDOMIZED; PARALLEL; TREATMENT", altshock.text(TrialField.DESIGN));
    }

    @Test
    void anObservationalStudyWithAYearOnlyDate() {
        ImportedRecord registry = read.record(2);
        assertEquals("OBSERVATIONAL; COHORT; PROSPECTIVE", registry.text(TrialField.DESIGN));
        assertEquals("2025", registry.text(TrialField.PRIMARY_COMPLETION_DATE));
        assertEquals("Universitätsklinikum Hamburg-Eppendorf", registry.text(TrialField.SPONSOR));
    }

    @Test
    void rawTagsArePathsInsideTheStudy() {
        assertEquals(List.of("true"), CtgovStudyNct01633502Test.values(read.record(2).raw(),
                "protocolSection.oversightModule.oversightHasDmc"));
        assertEquals("$.studies[2].protocolSection.oversightModule.oversightHasDmc", read.record(2).raw().stream()
                .filter(v -> v.tag().endsWith("oversightHasDmc")).findFirst().orElseThrow().position().path());
    }
}
