package org.htaworkbench.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data that several test bundles read, kept once here instead of copied into each. Only tests
 * bundles require this bundle (model.tests' BundleArchitectureTest checks it).
 * <ul>
 * <li>{@value #BCG_JSON}: metafor's results on dat.bcg (the shared reference fixture, R 4.2.2, metafor 3.8-1);</li>
 * <li>{@value #DAT_BCG_CSV}: metafor's dat.bcg as R writes it (trial, author, year, tpos, tneg, cpos, cneg, ablat,
 * alloc);</li>
 * <li>{@value #BCG_CSV}: the same 13 trials in the {@code meta} command's 2x2 layout (study, ai, bi, ci, di, year,
 * ablat, alloc).</li>
 * </ul>
 */
public final class TestData {

    public static final String BCG_JSON = "bcg.json";
    public static final String DAT_BCG_CSV = "dat.bcg.csv";
    public static final String BCG_CSV = "bcg.csv";

    private TestData() {
    }

    /** Opens the named file; fails when it is not here. */
    public static InputStream open(String name) {
        InputStream in = TestData.class.getResourceAsStream("/data/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test data file " + name + " in org.htaworkbench.testdata/data");
        }
        return in;
    }

    /** The named file as UTF-8 text. */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the named file into {@code dir} under its own name, for code that reads files; returns its path. */
    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
