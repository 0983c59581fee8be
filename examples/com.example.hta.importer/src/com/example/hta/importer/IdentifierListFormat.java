package com.example.hta.importer;

import java.util.regex.Pattern;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextInput;

/**
 * A third-party import format, as a plugin author writes one: a text file with one DOI or PubMed ID per line (a
 * guideline's reference list, for checking which of its citations a search found). Lines starting with {@code #}
 * are comments; any other line is named in a skipped-record problem.
 */
public class IdentifierListFormat implements ImportFormat {

    private static final Pattern PMID = Pattern.compile("(?:PMID:?\\s*)?(\\d{1,8})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_LINE = Pattern.compile("(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)?10\\.\\d{4,9}/\\S+",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Detection detect(ImportSample sample) {
        var lines = sample.text().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).limit(20)
                .toList();
        boolean allIds = !lines.isEmpty()
                && lines.stream().allMatch(l -> PMID.matcher(l).matches() || DOI_LINE.matcher(l).matches());
        return allIds ? Detection.of(60, "every line is a DOI or a PubMed ID") : Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        try (TextInput in = TextInput.open(source, sink)) {
            int record = 0;
            for (String line = in.readLine(); line != null && !sink.isCancelled(); line = in.readLine()) {
                String id = line.strip();
                if (id.isEmpty() || id.startsWith("#")) {
                    continue;
                }
                record++;
                Position at = in.position(record);
                ImportedRecord.Builder r = ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, at).raw("id", id, at);
                var pmid = PMID.matcher(id);
                if (pmid.matches()) {
                    r.add(BibField.PMID, "id", pmid.group(1), at).add(BibField.ACCESSION, "id", pmid.group(1), at);
                } else if (DOI_LINE.matcher(id).matches()) {
                    r.add(BibField.DOI, "id", Doi.clean(id), at);
                } else {
                    sink.problem(ImportProblem.skipped(at, "id", "'" + id + "' is neither a DOI nor a PubMed ID"));
                    continue;
                }
                sink.record(r.build());
            }
        }
    }
}
