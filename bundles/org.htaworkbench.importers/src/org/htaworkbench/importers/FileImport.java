package org.htaworkbench.importers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Reads one file with the format detection chose (or the one asked for) and collects what was read: the records,
 * every warning and skipped record, the encoding, or why the file could not be read. What the command line's
 * {@code import} and the import wizard's preview share.
 *
 * @since 0.1
 */
public final class FileImport {

    /**
     * The outcome for one file.
     *
     * @param file the file's name
     * @param format the format used, or null when none recognised the file
     * @param detection why that format (or why none)
     * @param encoding how the file was decoded, or "" when it was not
     * @param records the records read, in file order
     * @param studies the study-level data read (RevMan reviews, extraction sheets), in file order
     * @param problems warnings and skipped records, in file order
     * @param failure why the file could not be read, or null
     * @param cancelled whether the reading stopped early on request
     */
    public record Result(String file, FormatDescriptor format, Detection detection, String encoding,
            List<ImportedRecord> records, List<ImportedStudyData> studies, List<ImportProblem> problems,
            ImportException failure, boolean cancelled) {

        public boolean readable() {
            return failure == null;
        }

        public long skippedCount() {
            return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED_RECORD).count();
        }

        public long warningCount() {
            return problems.size() - skippedCount();
        }

        public long count(ImportedRecord.Kind kind) {
            return records.stream().filter(r -> r.kind() == kind).count();
        }

        /** Number of studies in the study-level data read. */
        public int studyCount() {
            return studies.stream().mapToInt(s -> s.studies().size()).sum();
        }
    }

    private FileImport() {
    }

    /**
     * Reads a source.
     *
     * @param formatId a format to use instead of detection, or null to detect
     * @param cancelled polled between records
     */
    public static Result read(ImportFormats formats, ImportSource source, String formatId, BooleanSupplier cancelled) {
        FormatDescriptor format;
        Detection detection;
        try {
            if (formatId != null) {
                Optional<FormatDescriptor> chosen = formats.byId(formatId);
                if (chosen.isEmpty()) {
                    return failed(source, null, Detection.NONE, new ImportException(new Position(source.name(), 0, 0, null),
                            null, "unknown format '" + formatId + "'; the formats are " + formats.ids()));
                }
                format = chosen.get();
                detection = Detection.of(100, "chosen by the user");
            } else {
                Optional<ImportFormats.Detected> detected = formats.detect(source);
                if (detected.isEmpty()) {
                    return failed(source, null, Detection.NONE, new ImportException(new Position(source.name(), 0, 0, null),
                            null, "is in no known format (" + formats.ids() + ")"));
                }
                format = detected.get().format();
                detection = detected.get().detection();
            }
        } catch (ImportException e) {
            return failed(source, null, Detection.NONE, e);
        }
        List<ImportedRecord> records = new ArrayList<>();
        List<ImportedStudyData> studies = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] encoding = { "" };
        boolean[] stopped = { false };
        ImportSink sink = new ImportSink() {
            @Override
            public void record(ImportedRecord record) {
                records.add(record);
            }

            @Override
            public void problem(ImportProblem problem) {
                problems.add(problem);
            }

            @Override
            public void studies(ImportedStudyData data) {
                studies.add(data);
            }

            @Override
            public void encoding(String description) {
                encoding[0] = description;
            }

            @Override
            public boolean isCancelled() {
                stopped[0] |= cancelled.getAsBoolean();
                return stopped[0];
            }
        };
        ImportException failure = null;
        try {
            format.format().read(source, sink);
        } catch (ImportException e) {
            failure = e;
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's defect (ours or a plugin's) is reported against the file, never thrown at the caller
            failure = new ImportException(new Position(source.name(), 0, 0, null), null,
                    "could not be read by the format '" + format.id() + "' of " + format.contributor() + ": " + e, e);
        }
        return new Result(source.name(), format, detection, encoding[0], Collections.unmodifiableList(records),
                Collections.unmodifiableList(studies), Collections.unmodifiableList(problems), failure, stopped[0]);
    }

    private static Result failed(ImportSource source, FormatDescriptor format, Detection detection, ImportException e) {
        return new Result(source.name(), format, detection, "", List.of(), List.of(), List.of(), e, false);
    }
}
