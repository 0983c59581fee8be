package org.htaworkbench.importers.tests.revman;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.internal.revman.RevManFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile RevMan files: mutations of the fixture are read or refused with an ImportException (never
 * another exception, never a hang); an external entity is refused without reading the file it names; a file that is
 * not a review is refused by its root element.
 */
class RevManFuzzTest {

    private static final int INPUTS = 1_000;
    private final RevManFormat format = new RevManFormat();

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void mutatedReviewsAreReadOrRefusedWithAnImportException() {
        Mutations mutations = new Mutations(20261208L, "<DICH_DATA ", "/>", "<DICH_SUBGROUP>", "</DICH_SUBGROUP>",
                "<CONT_DATA MEAN_1=\"\" ", "STUDY_ID=\"", "<FOOTNOTE>", "</FOOTNOTE>", "&amp;", "&unknown;",
                "<!DOCTYPE x [<!ENTITY e \"e\">]>", "EVENTS_1=\"-3\" ", "TOTAL_1=\"NaN\" ", "<NAME>", "</NAME>");
        Fuzz.Outcome outcome = Fuzz.run(format, Fixtures.seeds("revman/sore-throat-excerpt.rm5"), mutations, INPUTS,
                "rm5");
        assertEquals(INPUTS, outcome.tried());
        assertTrue(outcome.read() > 0 && outcome.refused() > 0, outcome.toString());
    }

    @Test
    void anExternalFileEntityIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE COCHRANE_REVIEW [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]>\n<COCHRANE_REVIEW REVMAN_VERSION=\"5\"><ANALYSES_AND_DATA><COMPARISON ID=\"C\">"
                + "<NAME>&e;</NAME></COMPARISON></ANALYSES_AND_DATA></COCHRANE_REVIEW>\n";
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(format,
                ImportSource.of("xxe.rm5", xml.getBytes(StandardCharsets.ISO_8859_1))));
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(e.position().line() > 0, e.getMessage());
    }

    @Test
    void aFileThatIsNotAReviewIsRefusedByItsRoot() {
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(format,
                ImportSource.of("other.rm5", "<?xml version=\"1.0\"?><PubmedArticleSet/>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("not a RevMan 5 file"), e.getMessage());
    }

    @Test
    void otherFormatsAreNotClaimedAndTheReviewIsNotClaimedByThem() throws ImportException {
        for (ImportSource other : Fixtures.otherFormats("revman")) {
            assertFalse(format.detect(other.sample()).recognised(), other.name());
        }
        assertTrue(format.detect(Fixtures.source("revman/sore-throat-excerpt.rm5").sample()).recognised());
    }
}
