package org.htaworkbench.importers.tests.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.TextEncoding;
import org.htaworkbench.importers.TextInput;
import org.junit.jupiter.api.Test;

/** Lines, their numbers and the character set of text exports, byte by byte. */
class TextInputTest {

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> encodings = new ArrayList<>();
    private final ImportSink sink = new ImportSink() {
        @Override
        public void record(ImportedRecord record) {
        }

        @Override
        public void problem(ImportProblem problem) {
            problems.add(problem);
        }

        @Override
        public void encoding(String description) {
            encodings.add(description);
        }
    };

    private List<String> lines(byte[] bytes) throws ImportException {
        List<String> lines = new ArrayList<>();
        try (TextInput in = TextInput.open(ImportSource.of("x.txt", bytes), sink)) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(in.lineNumber() + ":" + l);
            }
        }
        return lines;
    }

    private static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] r = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, r, at, p.length);
            at += p.length;
        }
        return r;
    }

    @Test
    void lfCrlfAndALoneCrAllEndALineAndAreCountedOnce() throws ImportException {
        assertEquals(List.of("1:a", "2:b", "3:c", "4:", "5:d"), lines("a\nb\r\nc\r\rd".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFinalLineWithoutTerminatorIsALineAndATrailingTerminatorAddsNone() throws ImportException {
        assertEquals(List.of("1:a", "2:b"), lines("a\nb".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of("1:a", "2:b"), lines("a\nb\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndNamed() throws ImportException {
        byte[] file = concat(bytes(0xEF, 0xBB, 0xBF), "TY  - JOUR\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:TY  - JOUR"), lines(file));
        assertEquals(List.of("UTF-8 (BOM)"), encodings);
        assertTrue(problems.isEmpty());
    }

    @Test
    void utf16WithEitherByteOrderMarkIsDecoded() throws ImportException {
        byte[] le = concat(bytes(0xFF, 0xFE), "Møller – é\n".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(bytes(0xFE, 0xFF), "Møller – é\n".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(List.of("1:Møller – é"), lines(le));
        assertEquals(List.of("1:Møller – é"), lines(be));
    }

    @Test
    void windows1252IsTheFallbackWithAWarningNamingTheFirstLineThatIsNotUtf8() throws ImportException {
        // "AU  - Møller" then "TI  - Impella – cardiogenic shock" in Windows-1252: ø = 0xF8, en dash = 0x96
        byte[] file = concat("TY  - JOUR\nAU  - M".getBytes(StandardCharsets.US_ASCII), bytes(0xF8),
                "ller\nTI  - Impella ".getBytes(StandardCharsets.US_ASCII), bytes(0x96),
                " cardiogenic shock\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of("1:TY  - JOUR", "2:AU  - Møller", "3:TI  - Impella – cardiogenic shock"), lines(file));
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).position().line());
        assertTrue(problems.get(0).message().contains("Windows-1252"), problems.get(0).message());
        assertEquals(List.of("windows-1252 (not UTF-8 from line 2)"), encodings);
    }

    @Test
    void validUtf8WithoutBomIsUtf8EvenWhenTheFirstNonAsciiCharacterIsFarIntoTheFile() throws ImportException {
        String filler = "x".repeat(100_000) + "\n";
        byte[] file = (filler + "Møller\n").getBytes(StandardCharsets.UTF_8);
        List<String> lines = lines(file);
        assertEquals("2:Møller", lines.get(1));
        assertTrue(problems.isEmpty());
        assertEquals(List.of("UTF-8"), encodings);
    }

    @Test
    void aNonUtf8ByteFarIntoTheFileStillTurnsTheFallbackOnAndNamesItsLine() throws ImportException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            s.append("line ").append(i).append('\n');
        }
        byte[] file = concat(s.toString().getBytes(StandardCharsets.US_ASCII), bytes('M', 0xF8, 'l', '\n'));
        List<String> lines = lines(file);
        assertEquals("5001:Møl", lines.get(5000));
        assertEquals(5001, problems.get(0).position().line());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumber() {
        byte[] file = ("ok\n" + "y".repeat(TextInput.MAX_LINE_CHARS + 1)).getBytes(StandardCharsets.US_ASCII);
        ImportException e = assertThrows(ImportException.class, () -> lines(file));
        assertEquals(2, e.position().line());
        assertTrue(e.getMessage().startsWith("x.txt, line 2: the line is longer than"), e.getMessage());
    }

    @Test
    void anEmptyFileHasNoLines() throws ImportException {
        assertEquals(List.of(), lines(new byte[0]));
    }

    @Test
    void theGuessFromTheBeginningRecognisesUtf16WithoutBom() {
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.guess("TY  - JOUR\n".getBytes(StandardCharsets.UTF_16LE)).charset());
        assertEquals(StandardCharsets.UTF_16BE, TextEncoding.guess("TY  - JOUR\n".getBytes(StandardCharsets.UTF_16BE)).charset());
        assertEquals(StandardCharsets.UTF_8, TextEncoding.guess("TY  - JOUR\n".getBytes(StandardCharsets.UTF_8)).charset());
    }
}
