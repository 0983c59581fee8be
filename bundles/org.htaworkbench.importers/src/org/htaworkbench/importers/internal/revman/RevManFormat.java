package org.htaworkbench.importers.internal.revman;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;

/**
 * A Cochrane review written by RevMan 5 ({@code .rm5}, XML under {@code <COCHRANE_REVIEW>}, ISO-8859-1 in most
 * files): imported as study-level data (the included studies, per analysis the arm-level data as RevMan holds them,
 * and analysis definitions that pool as RevMan did), not as bibliographic records. Read with
 * {@link org.htaworkbench.importers.SafeXml}: no DTD, no external entities. Hand-written because no library on Maven
 * Central reads RevMan's schema; the mapping follows the element and attribute names RevMan 5.x writes.
 */
public final class RevManFormat implements ImportFormat {

    @Override
    public Detection detect(ImportSample sample) {
        String text = sample.textStripped();
        if (!text.startsWith("<")) {
            return Detection.NONE;
        }
        int at = text.indexOf("<COCHRANE_REVIEW");
        if (at < 0) {
            return Detection.NONE;
        }
        return Detection.of(text.contains("REVMAN_VERSION=\"5") ? 98 : 90, "RevMan review (<COCHRANE_REVIEW>)");
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        new RevManReader(source, sink).read();
    }
}
