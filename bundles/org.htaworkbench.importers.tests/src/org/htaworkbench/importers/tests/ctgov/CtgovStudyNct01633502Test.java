package org.htaworkbench.importers.tests.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.importers.internal.ctgov.ClinicalTrialsGovFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code data/ctgov/ctgov-study-NCT01633502.json}: one study (DanGer Shock) as /api/v2/studies/NCT... gives it. */
class CtgovStudyNct01633502Test {

    private static final String FILE = "ctgov/ctgov-study-NCT01633502.json";

    private static ImportedRecord trial;
    private static Fixtures.Collected read;

    @BeforeAll
    static void read() throws ImportException {
        read = Fixtures.read(new ClinicalTrialsGovFormat(), FILE);
        trial = read.record(0);
    }

    @Test
    void aSingleStudyIsOneTrialRecord() {
        assertEquals(1, read.records().size());
        assertEquals(List.of(), read.problems());
        assertEquals(ImportedRecord.Kind.TRIAL, trial.kind());
        assertEquals(new Position(FILE, 0, 1, "$"), trial.position());
    }

    @Test
    void identification() {
        FieldValue id = trial.values(TrialField.REGISTRY_ID).get(0);
        assertEquals("NCT01633502", id.value());
        assertEquals("protocolSection.identificationModule.nctId", id.tag());
        assertEquals(new Position(FILE, 0, 1, "$.protocolSection.identificationModule.nctId"), id.position());
        assertEquals("Danish-German Cardiogenic Shock Trial", trial.text(TrialField.BRIEF_TITLE));
        assertEquals("Mechanical Circulatory Support With Impella CP in Patients With ST-Elevation Myocardial"
                + " Infarction and Cardiogenic Shock: a Randomised Trial", trial.text(TrialField.OFFICIAL_TITLE));
        assertEquals("DanGer Shock", trial.text(TrialField.ACRONYM));
        assertEquals("Odense University Hospital", trial.text(TrialField.SPONSOR));
    }

    @Test
    void statusAndPartialDatesAsTheRegistryGaveThem() {
        assertEquals("COMPLETED", trial.text(TrialField.STATUS));
        assertEquals("2012-12", trial.text(TrialField.START_DATE));
        assertEquals("2023-11", trial.text(TrialField.PRIMARY_COMPLETION_DATE));
        assertEquals("2024-01-31", trial.text(TrialField.COMPLETION_DATE));
        assertEquals("$.protocolSection.statusModule.startDateStruct.date",
                trial.values(TrialField.START_DATE).get(0).position().path());
    }

    @Test
    void designAndEnrollment() {
        assertEquals("INTERVENTIONAL; RANDOMIZED; PARALLEL; TREATMENT; MASKING: NONE", trial.text(TrialField.DESIGN));
        assertEquals("360", trial.text(TrialField.ENROLLMENT));
        assertEquals("ACTUAL", trial.text(TrialField.ENROLLMENT_TYPE));
    }

    @Test
    void conditionsInterventionsAndCountries() {
        assertEquals(List.of("Cardiogenic Shock", "ST Elevation Myocardial Infarction"),
                trial.texts(TrialField.CONDITION));
        assertEquals(List.of("DEVICE: Impella CP", "OTHER: Standard care"), trial.texts(TrialField.INTERVENTION));
        assertEquals(List.of("Denmark", "Germany", "United Kingdom"), trial.texts(TrialField.COUNTRY));
        assertEquals("$.protocolSection.contactsLocationsModule.locations[5].country",
                trial.values(TrialField.COUNTRY).get(2).position().path());
    }

    @Test
    void everyLeafIsRawWithItsPath() {
        List<FieldValue> raw = trial.raw();
        for (FieldValue v : raw) {
            assertEquals("$." + v.tag(), v.position().path());
            assertEquals(1, v.position().record());
        }
        assertEquals("protocolSection.identificationModule.nctId", raw.get(0).tag());
        assertEquals(List.of("56.15674"),
                values(raw, "protocolSection.contactsLocationsModule.locations[0].geoPoint.lat"));
        assertEquals(List.of("360"), values(raw, "protocolSection.designModule.enrollmentInfo.count"));
        assertEquals(List.of("false"), values(raw, "hasResults"));
        assertEquals(List.of("Universitätsklinikum Düsseldorf"),
                values(raw, "protocolSection.contactsLocationsModule.locations[4].facility"));
        assertEquals(List.of("Shock, Cardiogenic"), values(raw, "derivedSection.conditionBrowseModule.meshes[0].term"));
        assertTrue(values(raw, "protocolSection.eligibilityModule.eligibilityCriteria").get(0)
                .startsWith("Inclusion Criteria:\n\n* ST-elevation myocardial infarction\n"));
    }

    static List<String> values(List<FieldValue> raw, String tag) {
        return raw.stream().filter(v -> v.tag().equals(tag)).map(FieldValue::value).toList();
    }
}
