package org.htaworkbench.importers.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.ImportedStudyData;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.EvidenceProcess;
import org.htaworkbench.model.ImportIssue;
import org.htaworkbench.model.OngoingTrial;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.values.Reported;

/**
 * Adds what was read from export files to an evidence base: each file becomes a {@link SearchExport} of a search run
 * (the run named by the user, else the run of the database the records name, else a new run), its records a
 * segment of the base's {@link RecordStore}, its problems {@link ImportIssue}s; trial registrations update the
 * ongoing trial with the same registry id or add one. Nothing is saved here: the caller saves the evidence base,
 * which is the commit point (a segment no saved export names is ignored).
 */
public final class EvidenceImport {

    /** The identity of an export file: its size and the SHA-256 of its bytes. */
    public record FileFacts(long sizeBytes, String sha256) {
        public static FileFacts of(Path file) throws IOException {
            return new FileFacts(Files.size(file), EvidenceImport.sha256(file));
        }
    }

    /**
     * What one file added: its export in a search run (null for a file that held only study data, such as a RevMan
     * review: it is no search export), trials, and study-level data.
     */
    public record Added(SearchExport export, DatabaseSearch run, boolean newRun, int trialsAdded, int trialsUpdated,
            StudiesAdded studies) {
    }

    /** The study-level data one file added. @since 0.2 */
    public record StudiesAdded(int studies, int results, int outcomes, int analyses) {
        static final StudiesAdded NONE = new StudiesAdded(0, 0, 0, 0);
    }

    private final EvidenceBase base;
    private final RecordStore store;
    private final String user;

    public EvidenceImport(EvidenceBase base, RecordStore store, String user) {
        this.base = base;
        this.store = store;
        this.user = user == null || user.isBlank() ? "unknown" : user;
    }

    /**
     * Adds a file that was read completely ({@link FileImport.Result#readable()}).
     *
     * @param file the file read, for its size and SHA-256
     * @param runName a search run's id, database or abbreviation, or null to choose by the records
     */
    public Added add(FileImport.Result result, Path file, String runName) throws IOException {
        return apply(result, FileFacts.of(file), runName, storeRecords(result));
    }

    /**
     * Writes the records a file gave to the record store, as a new segment (nothing in the evidence base changes);
     * returns the segment's name, or "" when the file gave none.
     */
    public String storeRecords(FileImport.Result result) throws IOException {
        return result.records().isEmpty() ? "" : store.add(result.records());
    }

    /**
     * Adds a file whose records are stored ({@link #storeRecords}) to the evidence base: no I/O, so that a UI can
     * run it inside one undoable command.
     */
    public Added apply(FileImport.Result result, FileFacts facts, String runName, String segment) {
        if (!result.readable()) {
            throw new IllegalArgumentException(result.file() + " was not read: " + result.failure().getMessage());
        }
        List<String> conflicts = studyConflicts(List.of(result));
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException(result.file() + ": " + conflicts.get(0));
        }
        StudiesAdded studies = addStudies(result);
        if (result.records().isEmpty() && !result.studies().isEmpty()) {
            return new Added(null, null, false, 0, 0, studies);
        }
        EvidenceProcess process = base.getEvidenceProcess();
        if (process == null) {
            process = EvidenceFactory.eINSTANCE.createEvidenceProcess();
            base.setEvidenceProcess(process);
        }
        String wanted = runName != null ? runName
                : databaseNamed(result.records()).or(() -> result.format().format().database()).orElse(null);
        DatabaseSearch run = wanted == null ? null : findRun(process, wanted).orElse(null);
        boolean newRun = run == null;
        if (newRun) {
            run = EvidenceFactory.eINSTANCE.createDatabaseSearch();
            String name = wanted != null ? wanted : result.format().name();
            run.setId(uniqueRunId(process, name));
            run.setDatabase(name);
            process.getDatabaseSearches().add(run);
        }
        SearchExport export = EvidenceFactory.eINSTANCE.createSearchExport();
        export.setFileName(result.file());
        export.setSizeBytes(facts.sizeBytes());
        export.setSha256(facts.sha256());
        export.setFormat(result.format().id());
        export.setEncoding(result.encoding());
        export.setImportedAt(OffsetDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        export.setImportedBy(user);
        List<ImportedRecord> bibliographic = result.records().stream()
                .filter(r -> r.kind() == ImportedRecord.Kind.BIBLIOGRAPHIC).toList();
        List<ImportedRecord> trials = result.records().stream().filter(r -> r.kind() == ImportedRecord.Kind.TRIAL).toList();
        export.setRecordsRead(bibliographic.size());
        export.setTrialsRead(trials.size());
        export.setRecordStore(segment);
        for (ImportProblem p : result.problems()) {
            ImportIssue issue = EvidenceFactory.eINSTANCE.createImportIssue();
            issue.setSkipped(p.severity() == ImportProblem.Severity.SKIPPED_RECORD);
            issue.setLine(p.position().line());
            issue.setRecord(p.position().record());
            issue.setField(p.field());
            issue.setMessage(p.message());
            export.getProblems().add(issue);
        }
        run.getExports().add(export);
        int added = 0;
        int updated = 0;
        for (ImportedRecord t : trials) {
            if (updateTrial(t, result.file())) {
                updated++;
            } else {
                added++;
            }
        }
        return new Added(export, run, newRun, added, updated, studies);
    }

    /**
     * Why the study-level data of these files (read in this order) cannot be added: an id of a study, outcome
     * category, outcome or analysis the evidence base or an earlier file already holds. Empty when they can; check
     * before adding anything, so that a refused import leaves the evidence base as it was.
     *
     * @since 0.2
     */
    public List<String> studyConflicts(List<FileImport.Result> results) {
        Set<String> studies = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        Set<String> analyses = new HashSet<>();
        base.getStudies().forEach(s -> studies.add(s.getId()));
        base.getOutcomeCategories().forEach(c -> outcomes.add(c.getId()));
        base.getOutcomes().forEach(o -> outcomes.add(o.getId()));
        base.getAnalyses().forEach(a -> analyses.add(a.getId()));
        List<String> conflicts = new ArrayList<>();
        for (FileImport.Result r : results) {
            for (ImportedStudyData data : r.studies()) {
                data.studies().forEach(s -> clash(conflicts, r, "study", s.getId(), studies));
                data.categories().forEach(c -> clash(conflicts, r, "outcome category", c.getId(), outcomes));
                data.outcomes().forEach(o -> clash(conflicts, r, "outcome", o.getId(), outcomes));
                data.analyses().forEach(a -> clash(conflicts, r, "analysis", a.getId(), analyses));
            }
        }
        return conflicts;
    }

    private static void clash(List<String> conflicts, FileImport.Result r, String what, String id, Set<String> ids) {
        if (id != null && !ids.add(id)) {
            conflicts.add(r.file() + ": the evidence base already holds the " + what + " '" + id
                    + "' (imported before?); the file's study data were not added");
        }
    }

    /** Moves the study-level data a file gave into the evidence base (ids checked by {@link #studyConflicts}). */
    private StudiesAdded addStudies(FileImport.Result result) {
        if (result.studies().isEmpty()) {
            return StudiesAdded.NONE;
        }
        int studies = 0, results = 0, outcomes = 0, analyses = 0;
        for (ImportedStudyData data : result.studies()) {
            results += data.resultCount();
            studies += data.studies().size();
            outcomes += data.outcomes().size();
            analyses += data.analyses().size();
            base.getOutcomeCategories().addAll(data.categories());
            base.getOutcomes().addAll(data.outcomes());
            base.getStudies().addAll(data.studies());
            base.getAnalyses().addAll(data.analyses());
        }
        return new StudiesAdded(studies, results, outcomes, analyses);
    }

    /** The run a name means: its id, database or abbreviation, ignoring case; else one whose database contains it. */
    public static Optional<DatabaseSearch> findRun(EvidenceProcess process, String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DatabaseSearch s : process.getDatabaseSearches()) {
            if (n.equals(lower(s.getId())) || n.equals(lower(s.getDatabase())) || n.equals(lower(s.getDatabaseAbbreviation()))) {
                return Optional.of(s);
            }
        }
        return process.getDatabaseSearches().stream().filter(s -> !n.isEmpty() && lower(s.getDatabase()).contains(n))
                .findFirst();
    }

    /** The database most records name (RIS DB, PubMed's own), if any. */
    private static Optional<String> databaseNamed(List<ImportedRecord> records) {
        return records.stream().map(r -> r.text(BibField.DATABASE)).filter(s -> !s.isBlank())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private boolean updateTrial(ImportedRecord t, String fileName) {
        String id = t.text(TrialField.REGISTRY_ID);
        OngoingTrial trial = base.getOngoingTrials().stream().filter(o -> id.equalsIgnoreCase(o.getRegistryId())).findFirst()
                .orElse(null);
        boolean existed = trial != null;
        if (!existed) {
            trial = EvidenceFactory.eINSTANCE.createOngoingTrial();
            trial.setRegistryId(id);
            base.getOngoingTrials().add(trial);
        }
        String title = t.first(TrialField.OFFICIAL_TITLE).orElse(t.text(TrialField.BRIEF_TITLE));
        setIfGiven(title, trial::setTitle);
        setIfGiven(t.text(TrialField.ACRONYM), trial::setAcronym);
        setIfGiven(t.text(TrialField.DESIGN), trial::setDesignText);
        setIfGiven(t.text(TrialField.STATUS), trial::setStatus);
        setIfGiven(t.text(TrialField.START_DATE), trial::setStartDate);
        setIfGiven(t.text(TrialField.PRIMARY_COMPLETION_DATE), trial::setPrimaryCompletionDate);
        setIfGiven(t.text(TrialField.COMPLETION_DATE), trial::setEstimatedCompletion);
        setIfGiven(t.text(TrialField.SPONSOR), trial::setSponsor);
        setIfGiven(String.join(", ", new LinkedHashSet<>(t.texts(TrialField.COUNTRY))), trial::setCountry);
        String n = t.text(TrialField.ENROLLMENT);
        if (!n.isBlank()) {
            trial.setN(Reported.of(n));
            trial.setEnrollmentType(t.text(TrialField.ENROLLMENT_TYPE));
        }
        replace(trial.getConditions(), t.texts(TrialField.CONDITION));
        replace(trial.getInterventions(), t.texts(TrialField.INTERVENTION));
        trial.setRegistrySource(fileName + ", imported " + OffsetDateTime.now().toLocalDate());
        return existed;
    }

    private static void replace(List<String> target, List<String> values) {
        if (!values.isEmpty()) {
            target.clear();
            target.addAll(values);
        }
    }

    private static void setIfGiven(String value, Consumer<String> setter) {
        if (value != null && !value.isBlank()) {
            setter.accept(value);
        }
    }

    private static String uniqueRunId(EvidenceProcess process, String name) {
        String stem = "run-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Set<String> ids = new HashSet<>();
        process.getDatabaseSearches().forEach(s -> ids.add(s.getId()));
        String id = stem;
        for (int i = 2; ids.contains(id); i++) {
            id = stem + "-" + i;
        }
        return id;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The exports of all runs, for listing. */
    public static List<SearchExport> exports(EvidenceBase base) {
        List<SearchExport> all = new ArrayList<>();
        if (base.getEvidenceProcess() != null) {
            base.getEvidenceProcess().getDatabaseSearches().forEach(s -> all.addAll(s.getExports()));
        }
        return all;
    }
}
