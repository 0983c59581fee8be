package org.htaworkbench.importers.tests.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.internal.medline.MedlineFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Mutated MEDLINE fixtures: the reader returns or fails with an ImportException, never anything else. */
class MedlineFuzzTest {

    private static final int INPUTS = 2_000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedExportsAreReadOrRefusedWithAnImportException() {
        // pieces of MEDLINE structure: tags, 6-space continuations, record-separating blank lines
        Mutations mutations = new Mutations(20240418L, "\nPMID- ", "\nAU  - ", "\nLID - 10.1/x [doi]", "\n      ",
                "\n\n", "\r\n", "\nTI  - ");
        Fuzz.Outcome outcome = Fuzz.run(new MedlineFormat(), Fixtures.seeds("medline/pubmed-export.nbib",
                "medline/pubmed-export-crlf.nbib"), mutations, INPUTS, "nbib");
        assertEquals(INPUTS, outcome.tried());
        // the 5 MB lines exceed TextInput's line limit; the other mutations are read
        assertEquals(INPUTS / Mutations.HUGE_LINE_EVERY, outcome.refused());
        assertTrue(outcome.records() > INPUTS, "records read: " + outcome.records());
    }
}
