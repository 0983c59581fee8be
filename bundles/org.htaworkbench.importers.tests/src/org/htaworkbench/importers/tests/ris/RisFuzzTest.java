package org.htaworkbench.importers.tests.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Damaged RIS files are read, or refused with an ImportException: never another exception, never a hang. */
class RisFuzzTest {

    private static final int INPUTS = 2_000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedExportsAreReadOrRefusedWithAnImportException() {
        List<byte[]> seeds = Fixtures.seeds("ris/embase-export.ris", "ris/cochrane-central-export.ris",
                "ris/scopus-export.ris", "ris/endnote-export.ris");
        // pieces of RIS structure, so that record boundaries and continuation lines move around
        Mutations mutations = new Mutations(20240418L, "\nTY  - ", "\nER  -", "\nER  - \n", "\r", "\r\n", "\n",
                "\uFEFF", "\nRecord #1 of 2\n", "\nAU  - ", "\nDO  - https://doi.org/", "\nSP  - ", "  - ", "\n  ");
        Fuzz.Outcome outcome = Fuzz.run(new RisFormat(), seeds, mutations, INPUTS, "ris");
        assertEquals(INPUTS, outcome.tried());
        // the 5 MB lines are longer than any text export may have; everything else is read
        assertEquals(INPUTS / Mutations.HUGE_LINE_EVERY, outcome.refused());
        assertTrue(outcome.records() > INPUTS, "records read: " + outcome.records());
    }
}
