package org.htaworkbench.importers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to import: its name for messages and a way to open its bytes as often as needed (detection reads the
 * beginning, encoding detection may read it all, the reader reads it again).
 *
 * @since 0.1
 */
public final class ImportSource {

    /** How much of a file detection and the preview look at. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Path path;
    private final Opener opener;

    private ImportSource(String name, Path path, Opener opener) {
        this.name = Objects.requireNonNull(name);
        this.path = path;
        this.opener = Objects.requireNonNull(opener);
    }

    public static ImportSource of(Path path) {
        return new ImportSource(path.getFileName().toString(), path, () -> Files.newInputStream(path));
    }

    public static ImportSource of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new ImportSource(name, null, () -> new ByteArrayInputStream(copy));
    }

    public static ImportSource of(String name, Opener opener) {
        return new ImportSource(name, null, opener);
    }

    /** The file's name, as messages show it. */
    public String name() {
        return name;
    }

    /** The file on disk, when there is one. */
    public java.util.Optional<Path> path() {
        return java.util.Optional.ofNullable(path);
    }

    /** Opens the bytes; an I/O failure becomes an {@link ImportException} naming the file. */
    public InputStream open() throws ImportException {
        try {
            return opener.open();
        } catch (IOException | RuntimeException e) {
            throw new ImportException(new Position(name, 0, 0, null), null, "cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The first {@link #SAMPLE_BYTES} bytes and their text, for detection and preview. */
    public ImportSample sample() throws ImportException {
        try (InputStream in = open()) {
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            return new ImportSample(name, head);
        } catch (IOException e) {
            throw new ImportException(new Position(name, 0, 0, null), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
