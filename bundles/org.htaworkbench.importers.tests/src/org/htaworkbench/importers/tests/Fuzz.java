package org.htaworkbench.importers.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.ImportedStudyData;

/**
 * The robustness contract every format's fuzz test checks: a damaged file is read, or refused with an
 * {@link ImportException} that has a position; never another exception. Each record read has a position and each
 * problem a message. (Hangs are caught by the test's own timeout.)
 */
public final class Fuzz {

    /** What {@code inputs} mutated files gave. */
    public record Outcome(int tried, int read, int refused, long records) {
    }

    private Fuzz() {
    }

    /**
     * Reads {@code inputs} mutations of the seeds (taken in turn) with {@code format}, naming each
     * {@code fuzz-<round>.<extension>}.
     */
    public static Outcome run(ImportFormat format, List<byte[]> seeds, Mutations mutations, int inputs,
            String extension) {
        long[] records = new long[1];
        ImportSink check = new ImportSink() {
            @Override
            public void record(ImportedRecord record) {
                assertNotNull(record.position(), record.toString());
                records[0]++;
            }

            @Override
            public void problem(ImportProblem problem) {
                assertNotNull(problem.message());
            }

            @Override
            public void studies(ImportedStudyData data) {
                assertNotNull(data.description());
                records[0] += data.resultCount();
            }
        };
        int read = 0;
        int refused = 0;
        for (int round = 0; round < inputs; round++) {
            ImportSource source = ImportSource.of("fuzz-" + round + "." + extension,
                    mutations.next(seeds.get(round % seeds.size()), round));
            try {
                assertNotNull(format.detect(source.sample()));
                format.read(source, check);
                read++;
            } catch (ImportException e) {
                assertNotNull(e.position(), "round " + round);
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + " threw " + e, e);
            }
        }
        return new Outcome(read + refused, read, refused, records[0]);
    }
}
