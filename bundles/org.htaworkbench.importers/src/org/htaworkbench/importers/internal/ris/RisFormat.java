package org.htaworkbench.importers.internal.ris;

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
 * RIS as EndNote, Ovid, Embase, Scopus and the Wiley/Cochrane Library export it: records from {@code TY  - } to
 * {@code ER  -}, one field per tag line, untagged lines continuing the field before. The exporters differ in which tag
 * carries the title, abstract, journal, DOI and year, and in their line ends, byte-order marks and the lines between
 * records; this reader takes all of them, keeps every field raw and normalises into {@code BibField}s.
 *
 * <p>
 * Hand-written: the RIS readers on Maven Central each know one exporter's dialect and stop on the others' quirks (the
 * Cochrane Library's record headers, a missing ER, lone CR line ends), and none reports positions.
 */
public final class RisFormat implements ImportFormat {

    /** How far into the file the first TY may be (non-blank lines), after a header such as the Cochrane Library's. */
    private static final int TY_WITHIN_LINES = 20;

    public RisFormat() {
        // stateless: created by the extension registry
    }

    @Override
    public Detection detect(ImportSample sample) {
        int nonBlank = 0;
        boolean typeNearStart = false;
        boolean end = false;
        boolean cochraneHeader = false;
        Iterator<String> lines = sample.text().lines().iterator(); // \n, \r\n and a lone \r all end a line
        while (lines.hasNext() && !(typeNearStart && (end || cochraneHeader))) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            RisTagLine tag = RisTagLine.parse(line.charAt(0) == '\uFEFF' ? line.substring(1) : line);
            if (tag != null) {
                typeNearStart |= tag.tag().equals("TY") && nonBlank <= TY_WITHIN_LINES;
                end |= tag.tag().equals("ER");
            } else if (nonBlank <= TY_WITHIN_LINES && RisReader.COCHRANE_RECORD_HEADER.matcher(line).matches()) {
                cochraneHeader = true;
            }
        }
        if (typeNearStart && cochraneHeader) {
            return Detection.of(95, "RIS with Cochrane Library record headers (Record #1 of ..., TY  - )");
        }
        if (typeNearStart && end) {
            return Detection.of(95, "RIS records (TY  - ... ER  - )");
        }
        if (typeNearStart) {
            return Detection.of(70, "a RIS TY line, but no ER line in the file's beginning");
        }
        return Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        try (TextInput in = TextInput.open(source, sink)) {
            try {
                new RisReader(in, sink).run();
            } catch (RuntimeException e) {
                throw new ImportException(Position.line(source.name(), in.lineNumber(), 0), null,
                        "could not be read: " + e, e);
            }
        } catch (RuntimeException e) {
            throw new ImportException(Position.line(source.name(), 0, 0), null, "could not be read: " + e, e);
        }
    }
}
