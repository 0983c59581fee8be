package org.htaworkbench.importers.tests.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.cli.ImportCommand;
import org.htaworkbench.importers.store.EvidenceImport;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.OngoingTrial;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./workbench import}, headless, on the platform's formats: a MEDLINE .nbib, an Embase RIS, a Cochrane CENTRAL
 * export and a ClinicalTrials.gov page into a new evidence base, then reopened; and what happens to the target when a
 * file cannot be read.
 */
class CommandLineImportTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new ImportCommand().run(List.of(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path fixture(String name) throws IOException {
        Path p = dir.resolve(Path.of(name).getFileName());
        Files.write(p, Fixtures.bytes(name));
        return p;
    }

    @Test
    void fourExportsGoIntoANewEvidenceBaseAndAreThereWhenItIsReopened() throws Exception {
        Path nbib = fixture("medline/pubmed-export.nbib");
        Path ris = fixture("ris/embase-export.ris");
        Path central = fixture("ris/cochrane-central-export.ris");
        Path trials = fixture("ctgov/ctgov-search-page.json");
        Path base = dir.resolve("topic.htaevidence");

        Run r = run(nbib.toString(), "--into", base.toString(), "--run", "MEDLINE");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pubmed-export.nbib: added to the new search run MEDLINE"), r.out());
        assertEquals(0, run(ris.toString(), "--into", base.toString(), "--run", "Embase").code());
        assertEquals(0, run(central.toString(), "--into", base.toString(), "--run", "CENTRAL").code());
        Run t = run(trials.toString(), "--into", base.toString());
        assertEquals(0, t.code(), t.err());

        EvidenceBase reopened = EvidenceResources.load(base);
        List<DatabaseSearch> runs = reopened.getEvidenceProcess().getDatabaseSearches();
        assertEquals(List.of("MEDLINE", "Embase", "CENTRAL"), runs.subList(0, 3).stream().map(DatabaseSearch::getDatabase).toList());
        RecordStore store = RecordStore.of(base);
        SearchExport medline = runs.get(0).getExports().get(0);
        assertEquals("pubmed-export.nbib", medline.getFileName());
        assertEquals("medline", medline.getFormat());
        assertEquals(Files.size(nbib), medline.getSizeBytes());
        assertEquals(64, medline.getSha256().length());
        List<ImportedRecord> records = store.records(medline);
        assertEquals(medline.getRecordsRead(), records.size());
        assertTrue(records.size() >= 4, "records: " + records.size());
        assertFalse(records.get(0).text(BibField.TITLE).isEmpty());
        assertEquals(Fixtures.read(new org.htaworkbench.importers.internal.medline.MedlineFormat(), "medline/pubmed-export.nbib")
                .records().stream().map(x -> x.text(BibField.TITLE)).toList(), records.stream().map(x -> x.text(BibField.TITLE)).toList());
        SearchExport embase = runs.get(1).getExports().get(0);
        assertEquals("ris", embase.getFormat());
        assertTrue(store.records(embase).size() > 0);

        int trialsRead = reopened.getEvidenceProcess().getDatabaseSearches().stream().flatMap(s -> s.getExports().stream())
                .mapToInt(SearchExport::getTrialsRead).sum();
        assertEquals(3, trialsRead);
        assertEquals(3, reopened.getOngoingTrials().size());
        assertTrue(reopened.getOngoingTrials().stream().allMatch(o -> o.getRegistryId().startsWith("NCT")));
    }

    @Test
    void withoutRunNamesEachExportGoesToTheRunOfTheDatabaseItCameFrom() throws Exception {
        Path base = dir.resolve("named.htaevidence");
        Run r = run(fixture("medline/pubmed-export.nbib").toString(), fixture("ris/embase-export.ris").toString(),
                fixture("ris/cochrane-central-export.ris").toString(), fixture("ctgov/ctgov-search-page.json").toString(),
                fixture("pubmed/pubmed-efetch.xml").toString(), "--into", base.toString());
        assertEquals(0, r.code(), r.err());
        // the .nbib and the XML are from PubMed (one run); Embase's records name it (DB); the Cochrane Library's
        // Content: header names CENTRAL; ClinicalTrials.gov is the only source of its format
        List<DatabaseSearch> runs = EvidenceResources.load(base).getEvidenceProcess().getDatabaseSearches();
        assertEquals(List.of("PubMed", "Embase", "CENTRAL", "ClinicalTrials.gov"),
                runs.stream().map(DatabaseSearch::getDatabase).toList());
        assertEquals(2, runs.get(0).getExports().size());
        assertTrue(r.out().contains("ctgov-search-page.json: ClinicalTrials.gov (API v2 JSON) [ctgov-json], UTF-8\n"),
                r.out());
        assertTrue(r.out().contains("pubmed-efetch.xml: PubMed XML [pubmed-xml], UTF-8 (XML's default)"), r.out());
    }

    @Test
    void importingATrialAgainUpdatesItInsteadOfAddingASecond() throws IOException {
        Path study = fixture("ctgov/ctgov-study-NCT01633502.json");
        Path base = dir.resolve("trials.htaevidence");
        assertEquals(0, run(study.toString(), "--into", base.toString()).code());
        Run again = run(study.toString(), "--into", base.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("trials: 0 added, 1 updated"), again.out());
        EvidenceBase reopened = EvidenceResources.load(base);
        assertEquals(1, reopened.getOngoingTrials().size());
        OngoingTrial trial = reopened.getOngoingTrials().get(0);
        assertEquals("NCT01633502", trial.getRegistryId());
        assertFalse(trial.getStatus() == null || trial.getStatus().isEmpty());
        assertTrue(trial.getRegistrySource().startsWith("ctgov-study-NCT01633502.json"), trial.getRegistrySource());
    }

    @Test
    void whenOneFileCannotBeReadTheTargetIsLeftAsItWas() throws IOException {
        Path ris = fixture("ris/embase-export.ris");
        Path base = dir.resolve("kept.htaevidence");
        assertEquals(0, run(ris.toString(), "--into", base.toString()).code());
        byte[] before = Files.readAllBytes(base);
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Dear colleague,\nplease find the search attached.\n");
        Run r = run(ris.toString(), letter.toString(), "--into", base.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("letter.txt: is in no known format"), r.err());
        assertTrue(r.err().contains("kept.htaevidence was left unchanged"), r.err());
        assertArrayEquals(before, Files.readAllBytes(base));
    }

    @Test
    void theJsonReportNamesFormatEncodingCountsAndProblemsPerFile() throws IOException {
        Path nbib = fixture("medline/pubmed-export.nbib");
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Dear colleague,\n");
        Run r = run(nbib.toString(), letter.toString(), "--format", "json");
        assertEquals(2, r.code());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject first = json.getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals("pubmed-export.nbib", first.get("file").getAsString());
        assertEquals("medline", first.get("format").getAsString());
        assertEquals("UTF-8", first.get("encoding").getAsString());
        assertTrue(first.get("records").getAsInt() >= 4);
        assertTrue(first.get("error").isJsonNull());
        JsonObject second = json.getAsJsonArray("files").get(1).getAsJsonObject();
        assertTrue(second.get("format").isJsonNull());
        assertTrue(second.get("error").getAsString().startsWith("letter.txt: is in no known format"), second.toString());
    }

    @Test
    void everyBuiltInFormatIsContributedAndRecognisesItsOwnFixture() throws Exception {
        Run r = run("--as", "help");
        List<String> ids = new ArrayList<>();
        r.out().lines().forEach(l -> ids.add(l.split("\t")[0]));
        assertTrue(ids.containsAll(List.of("ctgov-json", "csv-records", "medline", "ovid", "pubmed-xml", "ris")), ids.toString());
        for (String[] c : new String[][] { { "ris/embase-export.ris", "ris" }, { "medline/pubmed-export.nbib", "medline" },
                { "pubmed/pubmed-efetch.xml", "pubmed-xml" }, { "ovid/ovid-medline-export.txt", "ovid" },
                { "ctgov/ctgov-search-page.json", "ctgov-json" }, { "csv/scopus-export.csv", "csv-records" } }) {
            String detected = org.htaworkbench.importers.ImportFormats.fromPlatform().detect(Fixtures.source(c[0]).sample())
                    .map(d -> d.format().id()).orElse("none");
            assertEquals(c[1], detected, c[0]);
        }
    }

    @Test
    void anExportIntoTheDefaultEvidenceBaseJoinsItsSearchRunAndTheCountDifferenceIsAFinding() throws IOException {
        Path base = dir.resolve("impella.htaevidence");
        try (var in = ImpellaEvidenceBase.resourceUrl().openStream()) {
            Files.copy(in, base);
        }
        Path nbib = fixture("medline/pubmed-export.nbib");
        Run r = run(nbib.toString(), "--into", base.toString(), "--run", "MEDLINE");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("added to the search run MEDLINE ALL (db-medline)"), r.out());
        assertTrue(r.out().contains("note: MEDLINE ALL reported 1984 records; its exports hold"), r.out());
        EvidenceBase reopened = EvidenceResources.load(base);
        DatabaseSearch medline = EvidenceImport.findRun(reopened.getEvidenceProcess(), "db-medline").orElseThrow();
        assertEquals(1, medline.getExports().size());
        assertEquals(5, reopened.getEvidenceProcess().getDatabaseSearches().size(), "no run was added");
        List<Finding> counts = ConsistencyChecker.check(reopened).stream().filter(f -> f.check() == CheckId.SEARCH_COUNT).toList();
        assertEquals(1, counts.size());
        assertTrue(counts.get(0).message().startsWith("search MEDLINE ALL: the source reported 1984 records"), counts.get(0).message());
    }

    @Test
    void theRunIsFoundByItsDatabaseOrAbbreviation() {
        EvidenceBase base = EvidenceResources.createEmpty("x");
        base.setEvidenceProcess(org.htaworkbench.model.EvidenceFactory.eINSTANCE.createEvidenceProcess());
        DatabaseSearch central = org.htaworkbench.model.EvidenceFactory.eINSTANCE.createDatabaseSearch();
        central.setId("db-central");
        central.setDatabase("Cochrane Central Register of Controlled Trials (CENTRAL)");
        central.setDatabaseAbbreviation("CENTRAL");
        base.getEvidenceProcess().getDatabaseSearches().add(central);
        assertEquals(central, EvidenceImport.findRun(base.getEvidenceProcess(), "central").orElseThrow());
        assertEquals(central, EvidenceImport.findRun(base.getEvidenceProcess(), "db-central").orElseThrow());
        assertEquals(central, EvidenceImport.findRun(base.getEvidenceProcess(), "Controlled Trials").orElseThrow());
        assertTrue(EvidenceImport.findRun(base.getEvidenceProcess(), "Embase").isEmpty());
    }
}
