package org.htaworkbench.importers.internal.ctgov;

import java.util.Optional;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;

/**
 * Studies from the ClinicalTrials.gov API v2 ({@code /api/v2/studies/NCT...} or a search page of
 * {@code /api/v2/studies}), imported as trial records: the registry is where an HTA finds the trials that have not
 * (yet) been published, and its JSON is what the API and the website's download give.
 *
 * <p>
 * A page is streamed study by study with Gson's {@code JsonReader} (strict, nesting and size bounded), so a page of
 * any length takes the memory of one study. The mapping to trial fields is written by hand because no library on
 * Maven Central models the v2 schema.
 */
public final class ClinicalTrialsGovFormat implements ImportFormat {

    @Override
    public Detection detect(ImportSample sample) {
        String text = sample.textStripped();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return Detection.NONE;
        }
        boolean protocol = text.contains("\"protocolSection\"");
        if (protocol && text.contains("\"nctId\"")) {
            return Detection.of(95, "ClinicalTrials.gov API v2 JSON (protocolSection, nctId)");
        }
        return protocol ? Detection.of(60, "JSON with a protocolSection") : Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        new CtgovJsonReader(source, sink).read();
    }

    @Override
    public Optional<String> database() {
        return Optional.of("ClinicalTrials.gov");
    }
}
