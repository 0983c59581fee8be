package org.htaworkbench.importers.internal.medline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextInput;

/**
 * PubMed's MEDLINE format, as PubMed saves it ("Save > PubMed format", {@code .nbib}) and as NLM's E-utilities return
 * it with {@code rettype=medline}: the form reference managers exchange PubMed searches in, so a search strategy run
 * in PubMed arrives in the workbench with its PMIDs, MeSH headings and publication types intact.
 *
 * <p>
 * Layout: a tag of up to four characters padded with spaces to four, then {@code "- "} and the value
 * ({@code PMID- 38587239}, {@code AU  - Moller JE}); a line starting with spaces continues the field above it (PubMed
 * indents by six); a blank line ends a record. A reader of these few rules is hand-written because no library on Maven
 * Central parses MEDLINE tagged text with line positions and problem reports; which tag becomes which field is
 * {@link MedlineRecord}'s part.
 */
public class MedlineFormat implements ImportFormat {

    /** A tag line as PubMed writes it, also with looser padding ({@code TI - x}) that hand-edited files have. */
    private static final Pattern TAG_LINE = Pattern.compile("([A-Z][A-Z0-9]{1,3}) {0,3}-(?: (.*)|\\s*)");
    /** A tag line exactly as PubMed pads it, for detection: tag and spaces fill four characters. */
    private static final Pattern PADDED_TAG_LINE = Pattern.compile("(?=[A-Z][A-Z0-9 ]{3}- )[A-Z][A-Z0-9]{1,3} *- .*");
    /** Ovid's record number line ({@code <1>}): Ovid's tagged export pads its tags as MEDLINE does. */
    private static final Pattern OVID_RECORD = Pattern.compile("\\s*<\\d+>\\s*");
    /** Lines of the sample that detection looks at: a record has some 40, so this covers several. */
    private static final int DETECTION_LINES = 400;

    @Override
    public Detection detect(ImportSample sample) {
        String text = sample.textStripped();
        if (text.startsWith("PMID- ")) {
            return Detection.of(95, "starts with a MEDLINE PMID tag line (PMID- )");
        }
        int tagLines = 0;
        boolean title = false;
        boolean author = false;
        boolean otherMarkers = false;
        for (String line : (Iterable<String>) text.lines().limit(DETECTION_LINES)::iterator) {
            otherMarkers |= OVID_RECORD.matcher(line).matches();
            if (!PADDED_TAG_LINE.matcher(line).matches()) {
                continue;
            }
            tagLines++;
            String tag = line.substring(0, 4).strip();
            title |= tag.equals("TI") || tag.equals("BTI");
            author |= tag.equals("AU") || tag.equals("FAU") || tag.equals("CN");
            // RIS pads its two-letter tags the same way; its record type and end tags tell it apart
            otherMarkers |= tag.equals("TY") || tag.equals("ER");
        }
        if (tagLines >= 3 && title && author && !otherMarkers) {
            return Detection.of(70,
                    "MEDLINE tag lines (TI  - , AU  - ) without RIS record tags or Ovid record numbers");
        }
        return Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        try (TextInput in = TextInput.open(source, sink)) {
            readRecords(in, sink);
        } catch (RuntimeException e) {
            // a bug must not escape as another exception type: name the file, and the cause for the report
            throw new ImportException(Position.line(source.name(), 0, 0), null, "could not be read: " + e, e);
        }
    }

    private static void readRecords(TextInput in, ImportSink sink) throws ImportException {
        String file = in.fileName();
        int records = 0;
        MedlineRecord record = new MedlineRecord(file, 1);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int lineNumber = in.lineNumber();
            if (line.isBlank()) {
                if (!record.isEmpty()) {
                    record.emit(sink);
                    records++;
                    if (sink.isCancelled()) {
                        return;
                    }
                    record = new MedlineRecord(file, records + 1);
                }
                continue;
            }
            Matcher tag = TAG_LINE.matcher(line);
            if (tag.matches()) {
                String value = tag.group(2) == null ? "" : tag.group(2).strip();
                if (tag.group(1).equals("PMID") && record.hasPmid()) {
                    // records run together without the blank line between them (concatenated files)
                    record.emit(sink);
                    records++;
                    if (sink.isCancelled()) {
                        return;
                    }
                    record = new MedlineRecord(file, records + 1);
                }
                record.startField(tag.group(1), value, lineNumber);
            } else if (!record.hasField()) {
                String what = Character.isWhitespace(line.charAt(0)) ? "a continuation line"
                        : "a line that is no tag line";
                sink.problem(ImportProblem.warning(Position.line(file, lineNumber, records + 1), null,
                        what + " before any tag of the record: ignored ('" + abbreviate(line.strip()) + "')"));
            } else if (Character.isWhitespace(line.charAt(0))) {
                record.continueField(line.strip(), lineNumber);
            } else {
                sink.problem(ImportProblem.warning(Position.line(file, lineNumber, records + 1), record.currentTag(),
                        "neither a tag line ('TAG - value') nor an indented continuation: read as a continuation of "
                                + record.currentTag()));
                record.continueField(line.strip(), lineNumber);
            }
        }
        if (!record.isEmpty()) {
            record.emit(sink);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    @Override
    public Optional<String> database() {
        return Optional.of("PubMed");
    }
}
