package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.ImportIssue;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.values.Reported;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.Test;

/** The search log's checks: reported against read records per run, and the problems kept from imports. */
class SearchLogTest {

    private static DatabaseSearch medline(EvidenceBase base, String reported) {
        base.setEvidenceProcess(Bases.F.createEvidenceProcess());
        DatabaseSearch run = Bases.F.createDatabaseSearch();
        run.setId("db-medline");
        run.setDatabase("MEDLINE");
        run.setRecordsDownloaded(Reported.of(reported));
        base.getEvidenceProcess().getDatabaseSearches().add(run);
        return run;
    }

    private static SearchExport export(DatabaseSearch run, String file, int records) {
        SearchExport e = Bases.F.createSearchExport();
        e.setFileName(file);
        e.setRecordsRead(records);
        run.getExports().add(e);
        return e;
    }

    @Test
    void aRunWhoseExportsHoldFewerRecordsThanTheSourceReportedIsAFinding() {
        EvidenceBase base = Bases.trial().base();
        DatabaseSearch run = medline(base, "1984");
        export(run, "medline-1.nbib", 1000);
        export(run, "medline-2.nbib", 983);
        List<Finding> f = Bases.of(ConsistencyChecker.check(base), CheckId.SEARCH_COUNT);
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("search MEDLINE: the source reported 1984 records, but its 2 exports hold 1983.", f.get(0).message());
    }

    @Test
    void matchingCountsAndRunsWithoutExportsAreNotFindings() {
        EvidenceBase base = Bases.trial().base();
        DatabaseSearch run = medline(base, "1984");
        assertTrue(Bases.of(ConsistencyChecker.check(base), CheckId.SEARCH_COUNT).isEmpty(), "no export yet");
        export(run, "medline.nbib", 1984);
        assertTrue(Bases.of(ConsistencyChecker.check(base), CheckId.SEARCH_COUNT).isEmpty());
    }

    @Test
    void importProblemsAreFindingsNamingFileLineRecordAndField() {
        EvidenceBase base = Bases.trial().base();
        SearchExport e = export(medline(base, "3"), "embase.ris", 3);
        ImportIssue skipped = Bases.F.createImportIssue();
        skipped.setSkipped(true);
        skipped.setLine(40);
        skipped.setRecord(6);
        skipped.setField("TY");
        skipped.setMessage("the record has no type");
        ImportIssue warning = Bases.F.createImportIssue();
        warning.setLine(2);
        warning.setMessage("read as Windows-1252");
        e.getProblems().addAll(List.of(skipped, warning));
        List<Finding> f = Bases.of(ConsistencyChecker.check(base), CheckId.IMPORT_PROBLEM);
        assertEquals(List.of("embase.ris: line 40 (record 6), field TY: record skipped: the record has no type",
                "embase.ris: line 2: read as Windows-1252"), f.stream().map(Finding::message).toList());
        assertEquals(List.of(Severity.WARNING, Severity.INFO), f.stream().map(Finding::severity).toList());
    }
}
