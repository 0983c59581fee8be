package org.htaworkbench.importers.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared data beside the checkout ({@code ../shared} from the repository's root), read in place and
 * never copied into the repository. {@code HTAWORKBENCH_SHARED} overrides where it is.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code ../shared/data/dedup-benchmark/<set>/<file>}; fails with the places looked at when it is missing. */
    public static Path dedupBenchmark(String set, String file) {
        Path p = root().resolve("data/dedup-benchmark").resolve(set).resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("shared data file " + p + " is missing");
        }
        return p;
    }

    /** The shared folder: $HTAWORKBENCH_SHARED, or {@code shared} beside the repository that holds the working directory. */
    public static Path root() {
        String env = System.getenv("HTAWORKBENCH_SHARED");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".ci/run")) || Files.isDirectory(d.resolve(".git"))) {
                Path shared = d.resolveSibling("shared");
                if (Files.isDirectory(shared)) {
                    return shared;
                }
            }
        }
        throw new IllegalStateException("the shared data folder (../shared beside the repository) was not found from " + dir
                + "; set HTAWORKBENCH_SHARED to its path");
    }
}
