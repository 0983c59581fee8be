package org.htaworkbench.importers.tests.ovid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.internal.ovid.OvidFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Damaged Ovid exports are read, or refused with an ImportException: never another exception, never a hang. */
class OvidFuzzTest {

    private static final int INPUTS = 2_000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedExportsAreReadOrRefusedWithAnImportException() {
        List<byte[]> seeds = Fixtures.seeds("ovid/ovid-medline-export.txt", "ovid/ovid-embase-export.txt");
        // pieces of Ovid structure, so that record starts and field labels move around
        Mutations mutations = new Mutations(20240418L, "\n<1>\n", "\n< 2. >\n", "\nAbstract\n", "\n  ", "\r",
                "\r\n", "\n", "\uFEFF", "\nAU  - ", "\nDO  - https://doi.org/", "\nSource\n  J. 1(2):3-4, 2024.",
                "  - ", "\nGrant\n");
        Fuzz.Outcome outcome = Fuzz.run(new OvidFormat(), seeds, mutations, INPUTS, "txt");
        assertEquals(INPUTS, outcome.tried());
        // the 5 MB lines are longer than any text export may have; everything else is read
        assertEquals(INPUTS / Mutations.HUGE_LINE_EVERY, outcome.refused());
        assertTrue(outcome.records() > INPUTS, "records read: " + outcome.records());
    }
}
