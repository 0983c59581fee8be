package org.htaworkbench.importers.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.CustomField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.importers.store.RecordSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported records survive a segment file exactly: raw fields, normalised fields, positions. */
class RecordSegmentTest {

    @TempDir
    Path dir;

    private static List<ImportedRecord> sample() {
        List<ImportedRecord> records = new ArrayList<>();
        Position at = Position.line("embase.ris", 12, 2);
        records.add(ImportedRecord.builder(ImportedRecord.Kind.BIBLIOGRAPHIC, at)
                .raw("TY", "JOUR", at).raw("AU", "Møller, J. E.", at.withPath(null)).raw("AB", "", at)
                .add(BibField.TITLE, "T1", "Microaxial flow pump – or standard care?", Position.line("embase.ris", 13, 2))
                .add(BibField.AUTHOR, "AU", "Møller, J. E.", at).add(BibField.AUTHOR, "AU", "Engstrøm, T.", at)
                .add(BibField.ABSTRACT, "N2", "x".repeat(5_000), at).add(new CustomField("embase.emtree"), "KW", "heart assist device", at)
                .build());
        Position json = new Position("ctgov.json", 0, 1, "$.studies[0].protocolSection.identificationModule.nctId");
        records.add(ImportedRecord.builder(ImportedRecord.Kind.TRIAL, json).raw(json.path(), "NCT01633502", json)
                .add(TrialField.REGISTRY_ID, json.path(), "NCT01633502", json).add(TrialField.START_DATE, "date", "2012-12", json)
                .build());
        return records;
    }

    private static String describe(ImportedRecord r) {
        StringBuilder s = new StringBuilder(r.kind() + "@" + r.position() + "\n");
        for (FieldValue v : r.raw()) {
            s.append("raw ").append(v).append('\n');
        }
        r.fields().forEach((k, vs) -> vs.forEach(v -> s.append(k.key()).append(' ').append(v).append('\n')));
        return s.toString();
    }

    @Test
    void recordsReadBackAsWritten() throws IOException {
        List<ImportedRecord> written = sample();
        String name = RecordSegment.write(dir, written);
        List<ImportedRecord> read = RecordSegment.read(dir.resolve(name));
        assertEquals(written.stream().map(RecordSegmentTest::describe).toList(), read.stream().map(RecordSegmentTest::describe).toList());
        assertEquals(BibField.AUTHOR, read.get(0).fields().keySet().stream().filter(k -> k.key().equals("author")).findFirst().get());
        assertEquals(List.of("heart assist device"), read.get(0).texts(new CustomField("embase.emtree")));
    }

    @Test
    void theNameIsTheContentsHashSoTheSameRecordsAreStoredOnce() throws IOException {
        String first = RecordSegment.write(dir, sample());
        String second = RecordSegment.write(dir, sample());
        assertEquals(first, second);
        assertTrue(first.matches("[0-9a-f]{64}\\.records"), first);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(first), files.map(p -> p.getFileName().toString()).toList(), "one segment, no temporary file");
        }
    }

    @Test
    void aTruncatedSegmentIsRefusedWithItsName() throws IOException {
        Path file = dir.resolve(RecordSegment.write(dir, sample()));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.records");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        IOException e = assertThrows(IOException.class, () -> RecordSegment.read(cut));
        assertTrue(String.valueOf(e.getMessage()).contains("cut.records"), String.valueOf(e));
    }

    @Test
    void aFileThatIsNoSegmentIsRefused() throws IOException {
        Path other = dir.resolve("notes.records");
        Files.writeString(other, "TY  - JOUR\n");
        IOException e = assertThrows(IOException.class, () -> RecordSegment.read(other));
        assertEquals("notes.records is not a record segment", e.getMessage());
    }
}
