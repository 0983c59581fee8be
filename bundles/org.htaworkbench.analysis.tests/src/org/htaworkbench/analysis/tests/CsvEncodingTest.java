package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meta command's CSV in the encodings spreadsheets write (issue 10, defect 8: a UTF-16 or Latin-1 file gave
 * "cannot read: Input length = 1" with no line, no offset and no encoding named).
 */
class CsvEncodingTest {

    private static final String CSV = "study,yi,vi\nMøller 2024,0.1,0.02\nThiele 2024,0.3,0.04\n";

    private static Path bytes(Path dir, String name, byte[]... parts) throws IOException {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return Files.write(dir.resolve(name), all);
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
        Path f = bytes(dir, "le.csv", new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE));
        Fixtures.Run r = Fixtures.meta(f, "--format", "json");
        assertEquals("Møller 2024", r.json().getAsJsonArray("studies").get(0).getAsJsonObject().get("study").getAsString());
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
        Path f = bytes(dir, "be.csv", new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(2, Fixtures.meta(f, "--format", "json").json().get("k").getAsInt());
    }

    @Test
    void utf8ByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
        Path f = bytes(dir, "bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, Fixtures.meta(f, "--format", "json").json().get("k").getAsInt());
    }

    @Test
    void latin1NamesTheLineTheByteOffsetAndTheEncoding(@TempDir Path dir) throws IOException {
        Path f = bytes(dir, "latin1.csv", CSV.getBytes(StandardCharsets.ISO_8859_1));
        Fixtures.Run r = Fixtures.meta(f);
        assertEquals(Command.UNREADABLE_INPUT, r.code());
        // "study,yi,vi\n" is 12 bytes, "M" 1: the ø is byte 13
        assertEquals("meta: " + f + ": line 2: byte offset 13: not valid UTF-8 (byte 0xF8); the file seems to be in another"
                + " encoding (e.g. Latin-1 or Windows-1252): save it as UTF-8 (in Excel: CSV UTF-8)", r.err().strip());
    }

    @Test
    void anInvalidByteFarIntoALargeFileHasItsExactOffset(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("yi,vi\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("0.1,0.02\n");
        }
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        Path f = bytes(dir, "late.csv", head, new byte[] {'0', '.', (byte) 0xC3, ',', '1', '\n'});
        Fixtures.Run r = Fixtures.meta(f);
        assertEquals(Command.UNREADABLE_INPUT, r.code());
        assertTrue(r.err().contains("line 20002: byte offset " + (head.length + 2) + ": not valid UTF-8"), r.err());
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamed(@TempDir Path dir) throws IOException {
        Path f = bytes(dir, "nobom.csv", CSV.getBytes(StandardCharsets.UTF_16LE));
        Fixtures.Run r = Fixtures.meta(f);
        assertEquals(Command.UNREADABLE_INPUT, r.code());
        assertTrue(r.err().contains("line 1: the file looks like UTF-16 without a byte-order mark"), r.err());
    }
}
