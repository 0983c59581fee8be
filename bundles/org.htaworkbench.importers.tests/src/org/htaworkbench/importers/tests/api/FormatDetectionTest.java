package org.htaworkbench.importers.tests.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.FormatDescriptor;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.junit.jupiter.api.Test;

/** Choosing a format by content, with the extension as tie-breaker, and surviving broken contributions. */
class FormatDetectionTest {

    /** Recognises files whose text starts with a word, with a fixed confidence; reads one record per line. */
    record Starts(String word, int confidence) implements ImportFormat {
        @Override
        public Detection detect(ImportSample sample) {
            return sample.textStripped().startsWith(word) ? Detection.of(confidence, "starts with " + word) : Detection.NONE;
        }

        @Override
        public void read(ImportSource source, ImportSink sink) throws ImportException {
            sink.record(ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, new Position(source.name(), 1, 1, null))
                    .add(BibField.TITLE, "word", word, new Position(source.name(), 1, 1, null)).build());
        }
    }

    private static FormatDescriptor format(String id, String ext, ImportFormat f) {
        return new FormatDescriptor(id, id.toUpperCase(), List.of(ext), "test." + id, f);
    }

    private static ImportSource file(String name, String text) {
        return ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theMostConfidentFormatWinsWhateverTheExtension() throws ImportException {
        ImportFormats formats = new ImportFormats(List.of(format("weak", "ris", new Starts("TY", 40)),
                format("strong", "txt", new Starts("TY", 95))));
        assertEquals("strong", formats.detect(file("export.ris", "TY  - JOUR\n")).orElseThrow().format().id());
    }

    @Test
    void anEqualConfidenceIsDecidedByTheExtension() throws ImportException {
        ImportFormats formats = new ImportFormats(List.of(format("a", "nbib", new Starts("TY", 70)),
                format("b", "ris", new Starts("TY", 70))));
        assertEquals("b", formats.detect(file("export.RIS", "TY  - JOUR\n")).orElseThrow().format().id());
        assertEquals("a", formats.detect(file("export.nbib", "TY  - JOUR\n")).orElseThrow().format().id());
    }

    @Test
    void anExtensionAloneRecognisesNothing() throws ImportException {
        ImportFormats formats = new ImportFormats(List.of(format("ris", "ris", new Starts("TY", 95))));
        assertTrue(formats.detect(file("export.ris", "Dear colleague,\n")).isEmpty());
    }

    @Test
    void aDetectorThatThrowsIsNamedAndTheOthersStillDecide() throws ImportException {
        ImportFormat broken = new ImportFormat() {
            @Override
            public Detection detect(ImportSample sample) {
                throw new IllegalStateException("bug in a plugin");
            }

            @Override
            public void read(ImportSource source, ImportSink sink) {
            }
        };
        ImportFormats formats = new ImportFormats(List.of(format("broken", "ris", broken), format("ris", "ris", new Starts("TY", 95))));
        assertEquals("ris", formats.detect(file("export.ris", "TY  - JOUR\n")).orElseThrow().format().id());
        assertEquals(1, formats.problems().size());
        assertTrue(formats.problems().get(0).contains("'broken' of test.broken"), formats.problems().get(0));
    }

    @Test
    void aReaderThatThrowsSomethingElseIsReportedAgainstTheFileNotThrown() {
        ImportFormat crashing = new ImportFormat() {
            @Override
            public Detection detect(ImportSample sample) {
                return Detection.of(95, "always");
            }

            @Override
            public void read(ImportSource source, ImportSink sink) {
                throw new ArrayIndexOutOfBoundsException(7);
            }
        };
        ImportFormats formats = new ImportFormats(List.of(format("crash", "ris", crashing)));
        FileImport.Result r = FileImport.read(formats, file("export.ris", "TY  - JOUR\n"), null, () -> false);
        assertFalse(r.readable());
        assertTrue(r.failure().getMessage().startsWith("export.ris: could not be read by the format 'crash' of test.crash"),
                r.failure().getMessage());
    }

    @Test
    void aFileNoFormatRecognisesIsUnreadableWithTheKnownFormatsNamed() {
        ImportFormats formats = new ImportFormats(List.of(format("ris", "ris", new Starts("TY", 95))));
        FileImport.Result r = FileImport.read(formats, file("letter.txt", "Dear colleague,\n"), null, () -> false);
        assertEquals("letter.txt: is in no known format (ris)", r.failure().getMessage());
        FileImport.Result unknown = FileImport.read(formats, file("letter.txt", "x"), "endnote-xml", () -> false);
        assertEquals("letter.txt: unknown format 'endnote-xml'; the formats are ris", unknown.failure().getMessage());
    }
}
