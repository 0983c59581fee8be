package org.htaworkbench.importers.tests.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.internal.ctgov.ClinicalTrialsGovFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Mutated fixtures: the reader returns or throws an ImportException, never anything else, and never hangs. */
class CtgovFuzzTest {

    private static final int INPUTS = 2_000;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void mutatedFilesAreReadOrRefusedWithAnImportException() {
        // pieces of JSON, so that objects and arrays open and close in the wrong places
        Mutations mutations = new Mutations(1633502L, "{", "}", "[", "]", ",", ":", "\"", "null", "\"nctId\":",
                "{\"studies\":[", "\\u0000", "1e999");
        Fuzz.Outcome outcome = Fuzz.run(new ClinicalTrialsGovFormat(), Fixtures.seeds(
                "ctgov/ctgov-study-NCT01633502.json", "ctgov/ctgov-search-page.json"), mutations, INPUTS, "json");
        assertEquals(INPUTS, outcome.tried());
        assertTrue(outcome.read() > 0 && outcome.refused() > 0, outcome.toString());
    }
}
