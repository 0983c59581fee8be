package org.htaworkbench.validation.internal;

import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.ImportIssue;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;

/**
 * Checks of the search log: {@code search.count} (a run's reported number of records against what its imported
 * exports hold; PRISMA-S asks for both, and a difference means a lost or extra export) and {@code import.problem}
 * (every warning and skipped record of an import, so that they stay visible after the import).
 */
public final class SearchImportChecks {

    private SearchImportChecks() {
    }

    public static void count(DatabaseSearch run, Sink sink) {
        if (run.getExports().isEmpty() || !Printed.exact(run.getRecordsDownloaded())) {
            return;
        }
        long reported = Math.round(run.getRecordsDownloaded().getValue());
        long read = run.getExports().stream().mapToLong(SearchExport::getRecordsRead).sum();
        if (read != reported) {
            sink.labelled(Severity.WARNING, CheckId.SEARCH_COUNT, "search " + label(run), null, run,
                    "the source reported " + Printed.text(run.getRecordsDownloaded()) + " records, but its "
                            + run.getExports().size() + (run.getExports().size() == 1 ? " export holds " : " exports hold ")
                            + read + ".");
        }
    }

    public static void issue(ImportIssue issue, Sink sink) {
        String file = issue.eContainer() instanceof SearchExport e ? e.getFileName() : "an import";
        StringBuilder where = new StringBuilder();
        if (issue.getLine() > 0) {
            where.append("line ").append(issue.getLine());
        }
        if (issue.getRecord() > 0) {
            where.append(where.length() > 0 ? " (record " + issue.getRecord() + ")" : "record " + issue.getRecord());
        }
        if (issue.getField() != null && !issue.getField().isEmpty()) {
            where.append(where.length() > 0 ? ", " : "").append("field ").append(issue.getField());
        }
        sink.labelled(issue.isSkipped() ? Severity.WARNING : Severity.INFO, CheckId.IMPORT_PROBLEM, file, null, issue,
                (where.length() > 0 ? where + ": " : "") + (issue.isSkipped() ? "record skipped: " : "") + issue.getMessage());
    }

    private static String label(DatabaseSearch run) {
        String abbreviation = run.getDatabaseAbbreviation();
        return abbreviation != null && !abbreviation.isEmpty() ? abbreviation : run.getDatabase();
    }
}
