package com.example.hta.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * The worked example of org.htaworkbench.importers.formats (bundle com.example.hta.importer): found among the
 * platform's formats, chosen by detection for a list of identifiers, and read with positions and problems.
 */
class IdentifierListExampleTest {

    private static final String LIST = """
            # references of a guideline, one identifier per line
            38587239
            https://doi.org/10.1056/NEJMoa2402898
            PMID: 31104488
            not an identifier
            """;

    @Test
    void theContributedFormatIsDetectedAndReadsTheList() throws ImportException {
        ImportFormats formats = ImportFormats.fromPlatform();
        assertTrue(formats.byId("id-list").isPresent(), "id-list is not among " + formats.ids());
        assertEquals("com.example.hta.importer", formats.byId("id-list").get().contributor());

        ImportSource list = ImportSource.of("guideline-references.txt", "38587239\n10.1056/NEJMoa2402898\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("id-list", formats.detect(list.sample()).orElseThrow().format().id());

        FileImport.Result r = FileImport.read(formats, ImportSource.of("refs.txt", LIST.getBytes(StandardCharsets.UTF_8)),
                "id-list", () -> false);
        assertTrue(r.readable(), () -> r.failure().getMessage());
        assertEquals(3, r.records().size());
        assertEquals("38587239", r.records().get(0).text(BibField.PMID));
        assertEquals(2, r.records().get(0).position().line());
        assertEquals("10.1056/NEJMoa2402898", r.records().get(1).text(BibField.DOI));
        assertEquals("31104488", r.records().get(2).text(BibField.PMID));
        List<ImportProblem> skipped = r.problems();
        assertEquals(1, skipped.size());
        assertEquals(ImportProblem.Severity.SKIPPED_RECORD, skipped.get(0).severity());
        assertEquals(5, skipped.get(0).position().line());
        assertTrue(skipped.get(0).toString().contains("refs.txt, line 5 (record 4)"), skipped.get(0).toString());
    }

    @Test
    void proseIsNotTakenForAList() throws ImportException {
        ImportSource prose = ImportSource.of("notes.txt",
                "Search notes\n10.1056/NEJMoa2402898 was found twice\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(ImportFormats.fromPlatform().detect(prose.sample()).filter(d -> d.format().id().equals("id-list"))
                .isEmpty());
    }
}
