package org.htaworkbench.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The evidence base file shipped in org.htaworkbench.evidence.impella, read from the source tree. This bundle does
 * not depend on that one (the model must not know its content), so the file is found on disk: system property
 * {@code htaworkbench.bundles} (the folder holding the bundles), else upwards from the working directory.
 */
final class ShippedEvidence {

    static final String RELATIVE_PATH = "org.htaworkbench.evidence.impella/data/impella-cardiogenic-shock.htaevidence";

    private ShippedEvidence() {
    }

    static Path impella() {
        String property = System.getProperty("htaworkbench.bundles");
        if (property != null) {
            return existing(Path.of(property).resolve(RELATIVE_PATH));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] { dir.resolve(RELATIVE_PATH), dir.resolve("bundles").resolve(RELATIVE_PATH) }) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("cannot find " + RELATIVE_PATH + " above " + Path.of("").toAbsolutePath()
                + "; set -Dhtaworkbench.bundles=<the bundles folder>");
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no file " + file + " (from -Dhtaworkbench.bundles)");
        }
        return file;
    }
}
