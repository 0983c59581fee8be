package org.htaworkbench.importers;

import java.util.List;

/**
 * A format as contributed: its id, name, the file extensions it usually has (a tie-breaker in detection, never the
 * only evidence), what it yields and the reader.
 *
 * @param id unique id, e.g. {@code ris}
 * @param name for the user, e.g. {@code RIS (EndNote, Ovid, Embase, Scopus, Cochrane Library)}
 * @param extensions lower-case extensions without the dot
 * @param contributor the contributing bundle's symbolic name (for messages about a broken contribution)
 * @param format the reader
 * @since 0.1
 */
public record FormatDescriptor(String id, String name, List<String> extensions, String contributor, ImportFormat format) {

    public FormatDescriptor {
        extensions = List.copyOf(extensions);
    }
}
