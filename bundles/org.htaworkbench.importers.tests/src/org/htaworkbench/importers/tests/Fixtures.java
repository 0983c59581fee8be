package org.htaworkbench.importers.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.ImportedStudyData;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The fixture files of this bundle's {@code data/} folder, inputs made from them for robustness tests, and a sink that
 * collects what a reader yields.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture of {@code data/} as a source named after the file. */
    public static ImportSource source(String name) {
        return ImportSource.of(name, bytes(name));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture data/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every fixture under {@code data/} by its name ({@code ris/embase-export.ris}), in name order: from the bundle's
     * entries under OSGi, else from the folder on disk. Fails when there are none, so that a test iterating over them
     * cannot pass vacuously.
     */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> all = new TreeMap<>();
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries("data", "*", true);
            while (entries != null && entries.hasMoreElements()) {
                String path = entries.nextElement().getPath();
                if (!path.endsWith("/")) {
                    String name = path.substring(path.indexOf("/data/") + "/data/".length());
                    all.put(name, bytes(name));
                }
            }
        } else {
            try {
                Path root = Path.of(Fixtures.class.getResource("/data/").toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String name = root.relativize(f).toString().replace('\\', '/');
                        all.put(name, bytes(name));
                    }
                }
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException("the fixtures under data/ cannot be listed", e);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no fixture found under data/");
        }
        return all;
    }

    /** The fixtures of every folder under {@code data/} but {@code own}'s: what {@code own}'s detector must not claim. */
    public static List<ImportSource> otherFormats(String own) {
        return all().entrySet().stream().filter(e -> !e.getKey().startsWith(own + "/"))
                .map(e -> ImportSource.of(e.getKey(), e.getValue())).toList();
    }

    /** Several fixtures' bytes, as seeds for {@link Mutations}. */
    public static List<byte[]> seeds(String... names) {
        return Arrays.stream(names).map(Fixtures::bytes).toList();
    }

    /** {@code count} times a pattern of bytes, made as it is read (so that a 50 MB input is not held by the test). */
    public static InputStream repeated(byte[] pattern, long count) {
        return new InputStream() {
            private long left = count * pattern.length;
            private int at;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                byte b = pattern[at];
                at = (at + 1) % pattern.length;
                return b & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = pattern[at];
                    at = (at + 1) % pattern.length;
                }
                left -= n;
                return n;
            }
        };
    }

    /** A source made of text in UTF-8 (for small cases written in the test itself). */
    public static ImportSource text(String name, String content) {
        return ImportSource.of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** What a reader yielded. */
    public record Collected(List<ImportedRecord> records, List<ImportProblem> problems,
            List<ImportedStudyData> studies) {
        public ImportedRecord record(int index) {
            return records.get(index);
        }

        public List<ImportProblem> warnings() {
            return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList();
        }

        public List<ImportProblem> skipped() {
            return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED_RECORD).toList();
        }
    }

    /** Reads a source completely. */
    public static Collected read(ImportFormat format, ImportSource source) throws ImportException {
        List<ImportedRecord> records = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedStudyData> studies = new ArrayList<>();
        format.read(source, new ImportSink() {
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
        });
        return new Collected(records, problems, studies);
    }

    /**
     * Reads a source with a sink that asks to cancel once it holds {@code records} records (thread-safe: a reader may
     * ask from another thread).
     */
    public static Collected readCancellingAfter(ImportFormat format, ImportSource source, int records)
            throws ImportException {
        List<ImportedRecord> read = Collections.synchronizedList(new ArrayList<>());
        List<ImportProblem> problems = Collections.synchronizedList(new ArrayList<>());
        format.read(source, new ImportSink() {
            @Override
            public void record(ImportedRecord record) {
                read.add(record);
            }

            @Override
            public void problem(ImportProblem problem) {
                problems.add(problem);
            }

            @Override
            public boolean isCancelled() {
                return read.size() >= records;
            }
        });
        return new Collected(List.copyOf(read), List.copyOf(problems), List.of());
    }

    public static Collected read(ImportFormat format, String fixture) throws ImportException {
        return read(format, source(fixture));
    }
}
