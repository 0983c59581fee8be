package org.htaworkbench.importers.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.htaworkbench.cli.Command;
import org.htaworkbench.cli.Options;
import org.htaworkbench.cli.UsageException;
import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldKey;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.ImportedStudyData;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.importers.store.EvidenceImport;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code ./workbench import FILE... [--into EVIDENCE] [--run RUN] [--format text|json] [--as FORMAT] [--records]}:
 * detects each file's format, reads it and reports per file the format, encoding, records read, warnings and skipped
 * records; with {@code --into}, adds them to an evidence base and saves it (atomically: when any file cannot be read,
 * nothing is written).
 */
public class ImportCommand implements Command {

    /** Exit code: every file was read, but some records were skipped (each is named). */
    public static final int RECORDS_SKIPPED = 1;

    private final Supplier<ImportFormats> formats;

    public ImportCommand() {
        this(ImportFormats::fromPlatform);
    }

    /** For tests: formats from elsewhere than the platform registry. */
    public ImportCommand(Supplier<ImportFormats> formats) {
        this.formats = formats;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "read search exports (RIS, MEDLINE, PubMed XML, Ovid, ClinicalTrials.gov, CSV) and RevMan 5 reviews";
    }

    @Override
    public String usage() {
        return """
                Usage: ./workbench import FILE... [--into EVIDENCE] [--run RUN] [--format text|json] [--as FORMAT] [--records]
                Detects the format of each FILE from its content, reads it and prints the format, the encoding,
                the number of records read, every warning and every skipped record with file, line or record and
                field.
                  --into EVIDENCE     add what was read to the evidence base EVIDENCE (.htaevidence; created when
                                      it does not exist) and save it:
                                      each file becomes an export of a search run, its records go to the record
                                      folder beside EVIDENCE, trials update the ongoing trials; a RevMan review adds
                                      its studies, outcomes, arm-level results and analyses. When any file cannot
                                      be read, or its studies are already in EVIDENCE, EVIDENCE is left unchanged.
                  --run RUN           the search run the files belong to (its id, database or abbreviation, e.g.
                                      MEDLINE); without it, the database the records name, else a new run
                  --format text|json  output (default text); the JSON layout is described in docs/importers.md
                  --as FORMAT         read every FILE as FORMAT instead of detecting it (format ids: --as help)
                  --records           also list the records: number, line, year, title, DOI (JSON: all fields)
                Exit codes: 0 everything was read, 1 some records were skipped (or wrong usage),
                2 a file is unreadable or in no known format.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        String output;
        try {
            options = Options.parse(args, Set.of("format", "as", "into", "run"), Set.of("records"));
            if (options.has("run") && !options.has("into")) {
                throw new UsageException("--run needs --into");
            }
            output = options.choice("format", "text", List.of("text", "json"));
        } catch (UsageException e) {
            err.println("import: " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        ImportFormats registry = formats.get();
        registry.problems().forEach(p -> err.println("import: " + p));
        String as = options.get("as", null);
        if ("help".equals(as)) {
            registry.formats().forEach(f -> out.println(f.id() + "\t" + f.name()));
            return OK;
        }
        if (options.positional().isEmpty()) {
            err.println("import: no FILE given");
            err.println(usage());
            return USAGE;
        }
        EvidenceBase base = null;
        Path into = options.has("into") ? Path.of(options.get("into", null)) : null;
        if (into != null) {
            try {
                base = Files.exists(into) ? EvidenceResources.load(into) : EvidenceResources.createEmpty(stem(into));
            } catch (EvidenceResourceException e) {
                err.println("import: " + e.getMessage());
                return UNREADABLE_INPUT;
            }
        }
        List<FileImport.Result> results = new ArrayList<>();
        for (String file : options.positional()) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                err.println("import: " + file + ": no such file");
                results.add(null);
                continue;
            }
            results.add(FileImport.read(registry, ImportSource.of(path), as, () -> false));
        }
        if (output.equals("json")) {
            out.println(json(options.positional(), results, options.has("records")));
        } else {
            text(results, options.has("records"), out);
        }
        boolean unreadable = results.stream().anyMatch(r -> r == null || !r.readable());
        for (FileImport.Result r : results) {
            if (r != null && !r.readable()) {
                err.println("import: " + r.failure().getMessage());
            }
        }
        if (unreadable) {
            if (into != null) {
                err.println("import: " + into + " was left unchanged");
            }
            return UNREADABLE_INPUT;
        }
        if (into != null) {
            List<String> conflicts = new EvidenceImport(base, RecordStore.of(into), null).studyConflicts(results);
            if (!conflicts.isEmpty()) {
                conflicts.forEach(c -> err.println("import: " + c));
                err.println("import: " + into + " was left unchanged");
                return UNREADABLE_INPUT;
            }
            try {
                addAll(base, into, options, results, output.equals("text") ? out : err);
            } catch (IOException e) {
                err.println("import: " + into + " was left unchanged: the records could not be stored: " + e.getMessage());
                return UNREADABLE_INPUT;
            }
        }
        return results.stream().anyMatch(r -> r.skippedCount() > 0) ? RECORDS_SKIPPED : OK;
    }

    private static void addAll(EvidenceBase base, Path into, Options options, List<FileImport.Result> results,
            PrintStream out) throws IOException {
        EvidenceImport evidence = new EvidenceImport(base, RecordStore.of(into), System.getProperty("user.name"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            FileImport.Result r = results.get(i);
            EvidenceImport.Added added = evidence.add(r, Path.of(options.positional().get(i)), options.get("run", null));
            DatabaseSearch run = added.run();
            EvidenceImport.StudiesAdded s = added.studies();
            String studies = s.studies() + s.analyses() == 0 ? "" : plural(s.studies(), "study") + ", "
                    + plural(s.results(), "result") + ", " + plural(s.outcomes(), "outcome") + " and "
                    + plural(s.analyses(), "analysis") + " added";
            if (run == null) {
                lines.add(r.file() + ": " + studies);
                continue;
            }
            lines.add(r.file() + ": added to " + (added.newRun() ? "the new search run " : "the search run ")
                    + run.getDatabase() + " (" + run.getId() + ")"
                    + (r.count(ImportedRecord.Kind.TRIAL) > 0 ? "; trials: " + added.trialsAdded() + " added, "
                            + added.trialsUpdated() + " updated" : "") + (studies.isEmpty() ? "" : "; " + studies));
        }
        for (DatabaseSearch run : base.getEvidenceProcess().getDatabaseSearches()) {
            if (run.getExports().isEmpty() || run.getRecordsDownloaded() == null
                    || run.getRecordsDownloaded().getValue() == null) {
                continue;
            }
            long read = run.getExports().stream().mapToLong(SearchExport::getRecordsRead).sum();
            long reported = Math.round(run.getRecordsDownloaded().getValue());
            if (read != reported) {
                lines.add("note: " + run.getDatabase() + " reported " + reported + " records; its exports hold " + read);
            }
        }
        EvidenceResources.save(base, into);
        lines.add("saved " + into);
        lines.forEach(out::println);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("." + EvidenceResources.FILE_EXTENSION)
                ? name.substring(0, name.length() - EvidenceResources.FILE_EXTENSION.length() - 1) : name;
    }

    private static void text(List<FileImport.Result> results, boolean listRecords, PrintStream out) {
        for (FileImport.Result r : results) {
            if (r == null) {
                continue;
            }
            if (!r.readable()) {
                out.println(r.file() + ": not read: " + r.failure().problem());
                continue;
            }
            out.println(r.file() + ": " + r.format().name() + " [" + r.format().id() + "], " + r.encoding());
            out.println("  " + counts(r) + ", " + plural(r.warningCount(), "warning") + ", "
                    + r.skippedCount() + " skipped");
            for (ImportProblem p : r.problems()) {
                out.println("  " + p);
            }
            if (listRecords) {
                int n = 0;
                for (ImportedRecord rec : r.records()) {
                    n++;
                    out.println("  #" + n + (rec.position().line() > 0 ? " line " + rec.position().line() : "") + ": "
                            + summary(rec));
                }
            }
        }
    }

    private static String counts(FileImport.Result r) {
        long trials = r.count(ImportedRecord.Kind.TRIAL);
        long bib = r.count(ImportedRecord.Kind.BIBLIOGRAPHIC);
        List<String> parts = new ArrayList<>();
        if (bib > 0 || trials == 0 && r.studies().isEmpty()) {
            parts.add(plural(bib, "record") + " read");
        }
        if (trials > 0) {
            parts.add(plural(trials, "trial") + " read");
        }
        for (ImportedStudyData s : r.studies()) {
            parts.add(s.description() + ": " + plural(s.studies().size(), "study") + ", "
                    + plural(s.resultCount(), "result") + ", " + plural(s.outcomes().size(), "outcome") + ", "
                    + plural(s.analyses().size(), "analysis") + " read");
        }
        return String.join(", ", parts);
    }

    private static String summary(ImportedRecord rec) {
        if (rec.kind() == ImportedRecord.Kind.TRIAL) {
            return rec.text(TrialField.REGISTRY_ID) + " "
                    + rec.text(TrialField.BRIEF_TITLE) + " ["
                    + rec.text(TrialField.STATUS) + "]";
        }
        String year = rec.text(BibField.YEAR);
        String doi = rec.text(BibField.DOI);
        return (year.isEmpty() ? "" : "(" + year + ") ") + rec.text(BibField.TITLE)
                + (doi.isEmpty() ? "" : " doi:" + doi);
    }

    private static String plural(long n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies"
                : word.endsWith("is") ? word.substring(0, word.length() - 2) + "es" : word + "s");
    }

    private static String json(List<String> files, List<FileImport.Result> results, boolean listRecords) {
        JsonObject root = new JsonObject();
        JsonArray out = new JsonArray();
        long total = 0;
        for (int i = 0; i < results.size(); i++) {
            FileImport.Result r = results.get(i);
            JsonObject f = new JsonObject();
            if (r == null) {
                f.addProperty("file", files.get(i));
                f.addProperty("error", files.get(i) + ": no such file");
                out.add(f);
                continue;
            }
            f.addProperty("file", r.file());
            f.addProperty("format", r.format() == null ? null : r.format().id());
            f.addProperty("detection", r.detection().reason());
            f.addProperty("encoding", r.encoding());
            f.addProperty("records", r.count(ImportedRecord.Kind.BIBLIOGRAPHIC));
            f.addProperty("trials", r.count(ImportedRecord.Kind.TRIAL));
            f.addProperty("studies", r.studyCount());
            f.addProperty("results", r.studies().stream().mapToInt(ImportedStudyData::resultCount).sum());
            f.addProperty("analyses", r.studies().stream().mapToInt(s -> s.analyses().size()).sum());
            JsonArray warnings = new JsonArray();
            JsonArray skipped = new JsonArray();
            for (ImportProblem p : r.problems()) {
                (p.severity() == ImportProblem.Severity.WARNING ? warnings : skipped).add(problem(p));
            }
            f.add("warnings", warnings);
            f.add("skipped", skipped);
            f.addProperty("error", r.readable() ? null : r.failure().getMessage());
            if (listRecords) {
                JsonArray recs = new JsonArray();
                r.records().forEach(rec -> recs.add(record(rec)));
                f.add("items", recs);
            }
            total += r.records().size();
            out.add(f);
        }
        root.add("files", out);
        root.addProperty("total", total);
        return new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    private static JsonObject problem(ImportProblem p) {
        JsonObject o = position(p.position());
        o.addProperty("field", p.field());
        o.addProperty("message", p.message());
        return o;
    }

    private static JsonObject position(Position at) {
        JsonObject o = new JsonObject();
        o.addProperty("line", at.line());
        o.addProperty("record", at.record());
        if (at.path() != null) {
            o.addProperty("path", at.path());
        }
        return o;
    }

    private static JsonObject record(ImportedRecord rec) {
        JsonObject o = position(rec.position());
        o.addProperty("kind", rec.kind().name().toLowerCase(Locale.ROOT));
        JsonObject fields = new JsonObject();
        for (var e : rec.fields().entrySet()) {
            FieldKey key = e.getKey();
            JsonArray values = new JsonArray();
            for (FieldValue v : e.getValue()) {
                values.add(v.value());
            }
            fields.add(key.key(), values);
        }
        o.add("fields", fields);
        return o;
    }
}
