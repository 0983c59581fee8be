package org.htaworkbench.importers.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of fixture bytes for the formats' fuzz tests: truncation, byte flips, random bytes inserted, chunks
 * duplicated or deleted, long lines, pieces of the format's own structure inserted (so that record boundaries move)
 * and, every {@value #HUGE_LINE_EVERY}th input, a 5 MB line that no text export may have. The same seed gives the same
 * inputs, so a failure is replayed from the round the test names.
 */
public final class Mutations {

    /** One input in this many carries a 5 MB line (a budget of 2,000 has five). */
    public static final int HUGE_LINE_EVERY = 400;
    private static final int HUGE_LINE_BYTES = 5 * 1024 * 1024;

    private final Random random;
    private final List<byte[]> structure;

    /** @param structure pieces of the format's syntax to insert, such as {@code "\nER  - "} */
    public Mutations(long seed, String... structure) {
        this.random = new Random(seed);
        this.structure = Arrays.stream(structure).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The input of {@code round}, made from {@code seed} by one to three mutations. */
    public byte[] next(byte[] seed, int round) {
        if (round % HUGE_LINE_EVERY == HUGE_LINE_EVERY - 1) {
            byte[] line = new byte[HUGE_LINE_BYTES];
            Arrays.fill(line, (byte) 'x');
            return insert(seed, line);
        }
        byte[] out = seed;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            out = switch (random.nextInt(structure.isEmpty() ? 6 : 7)) {
                case 0 -> Arrays.copyOf(out, random.nextInt(out.length + 1));
                case 1 -> flip(out);
                case 2 -> insert(out, randomBytes(1 + random.nextInt(64)));
                case 3 -> duplicateChunk(out);
                case 4 -> deleteChunk(out);
                case 5 -> insert(out, longLine());
                default -> insert(out, structure.get(random.nextInt(structure.size())));
            };
        }
        return out;
    }

    private byte[] flip(byte[] in) {
        byte[] out = in.clone();
        for (int i = 1 + random.nextInt(16); i > 0 && out.length > 0; i--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Up to 100,000 bytes of one character, now and then markup or quoting. */
    private byte[] longLine() {
        byte[] line = new byte[1 + random.nextInt(100_000)];
        Arrays.fill(line, (byte) "a<>&;\"[{".charAt(random.nextInt(4) == 0 ? random.nextInt(8) : 0));
        return line;
    }

    private byte[] duplicateChunk(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int from = random.nextInt(in.length);
        int length = 1 + random.nextInt(Math.min(in.length - from, 4096));
        return insert(in, Arrays.copyOfRange(in, from, from + length));
    }

    private byte[] deleteChunk(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int from = random.nextInt(in.length);
        int length = 1 + random.nextInt(Math.min(in.length - from, 512));
        byte[] out = new byte[in.length - length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, from + length, out, from, in.length - from - length);
        return out;
    }

    private byte[] insert(byte[] in, byte[] piece) {
        int at = random.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + piece.length);
        out.write(in, 0, at);
        out.write(piece, 0, piece.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }
}
