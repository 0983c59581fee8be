package org.htaworkbench.importers.internal.ovid;

import java.util.Iterator;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextInput;

/**
 * Ovid's own export of MEDLINE and Embase results (not its RIS): numbered records ({@code <1>}) in one of two layouts,
 * long labels with indented values ({@code Unique Identifier} / {@code   38587239}) or short tags
 * ({@code UI  - 38587239}), often after a header with the database and the search strategy. Searches for HTA reviews
 * are run in Ovid, and its export is what many teams keep, so it is read as is rather than asking for a re-export.
 *
 * <p>
 * Hand-written: no library on Maven Central reads Ovid's export format.
 */
public final class OvidFormat implements ImportFormat {

    public OvidFormat() {
        // stateless: created by the extension registry
    }

    @Override
    public Detection detect(ImportSample sample) {
        Iterator<String> lines = sample.text().lines().iterator(); // \n, \r\n and a lone \r all end a line
        String first = null;
        boolean sawRecordStart = false;
        boolean recordFirst = false;
        Boolean recordWithField = null; // decided by the line after the first record start
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("TY  - ")) {
                return Detection.NONE; // RIS, also when Ovid exported it
            }
            if (line.isBlank()) {
                continue;
            }
            if (sawRecordStart && recordWithField == null) {
                recordWithField = OvidLabels.isKnownLabel(line) || OvidLabels.tagLine(line) != null;
            } else if (!sawRecordStart && OvidLabels.RECORD_START.matcher(line).matches()) {
                sawRecordStart = true;
                recordFirst = first == null;
            }
            if (first == null) {
                first = line;
            }
        }
        if (!Boolean.TRUE.equals(recordWithField)) {
            return Detection.NONE;
        }
        if (recordFirst) {
            return Detection.of(90, "Ovid export: numbered records (<1>) with Ovid field labels");
        }
        if (first.startsWith("Database:")) {
            return Detection.of(90, "Ovid export: a Database: header and numbered records (<1>) with field labels");
        }
        return Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        try (TextInput in = TextInput.open(source, sink)) {
            try {
                new OvidReader(in, sink).run();
            } catch (RuntimeException e) {
                throw new ImportException(Position.line(source.name(), in.lineNumber(), 0), null,
                        "could not be read: " + e, e);
            }
        } catch (RuntimeException e) {
            throw new ImportException(Position.line(source.name(), 0, 0), null, "could not be read: " + e, e);
        }
    }
}
