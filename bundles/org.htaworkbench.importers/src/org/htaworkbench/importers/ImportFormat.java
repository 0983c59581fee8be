package org.htaworkbench.importers;

import java.util.Optional;

/**
 * A file format the importers read, contributed to the extension point {@code org.htaworkbench.importers.formats}
 * (the built-in formats are contributed there too). Implementations must be stateless: one instance may read several
 * files, also at the same time.
 *
 * <p>
 * Contract for {@link #read}: stream the file (never read all of it into one string), give every value its
 * {@link Position}, report what was got past as {@link ImportProblem}s, and fail only with an
 * {@link ImportException} naming the file, line or record and field: never another exception, never a hang on any
 * input. {@link TextInput} and {@link SafeXml} do the common parts.
 *
 * @since 0.1
 */
public interface ImportFormat {

    /** Whether a file is in this format, judged from its beginning. */
    Detection detect(ImportSample sample);

    /** Reads the whole file into the sink. */
    void read(ImportSource source, ImportSink sink) throws ImportException;

    /**
     * The database every file of this format comes from ("PubMed" for a .nbib), naming the search run an import goes
     * to when the records name none; empty for formats that many databases export (RIS, CSV).
     */
    default Optional<String> database() {
        return Optional.empty();
    }
}
