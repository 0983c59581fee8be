package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.htaworkbench.analysis.internal.MetaCommand;
import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz test of the {@code meta} input path (CSV reader, column layouts, option parsing, engine): seeded mutations of
 * valid CSV files of every layout and random option sets. Every input must end in a result or in one of the
 * documented exit codes with a message on stderr naming the file; an exception escaping the command (which the
 * application would report as an internal error), a hang or an out-of-memory error fails the test with the seed
 * and the input, which is saved under {@code target/fuzz-failures/} for reproduction.
 * <p>
 * The budget is {@value #DEFAULT_COUNT} inputs per CI run; {@code -Dhtaworkbench.fuzz.count=N} and
 * {@code -Dhtaworkbench.fuzz.seed=S} run a longer or another campaign (docs/benchmarks.md records one).
 */
class MetaCsvFuzzTest {

    static final int DEFAULT_COUNT = 10_000;
    private static final Set<Integer> DOCUMENTED = Set.of(Command.OK, Command.USAGE, Command.UNREADABLE_INPUT,
            Command.ANALYSIS_FAILED);

    private static final String[] SEEDS = {
            "study,ai,bi,ci,di\nAronson,4,119,11,128\nFerguson,6,300,29,274\nRosenthal,3,228,11,209\nHart,62,13536,248,12619\n",
            "study,ai,n1i,ci,n2i,year\nA,1,10,2,11,2001\nB,0,12,4,13,2005\nC,5,14,0,15,1999\nD,0,20,0,20,2010\n",
            "study,xi,ni,design\nA,5,20,rct\nB,10,40,obs\nC,3,30,rct\nD,0,25,obs\n",
            "study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,10.2,2.1,30,11.0,2.3,31\nB,9.8,1.9,25,10.9,2.0,24\nC,10.5,2.5,40,10.4,2.4,42\n",
            "study,yi,vi,year\nA,0.1,0.02,2001\nB,0.3,0.04,2003\n\"C, the third\",-0.2,0.05,2002\nD,0.25,0.01,2010\n",
            "yi,sei\n0.1,0.2\n0.4,0.3\n-0.1,0.25\n",
    };
    private static final String[] MEASURES = {"RR", "OR", "RD", "PETO", "MD", "SMD", "PR", "PLO", "PAS", "PFT", "GEN"};
    private static final String[] METHODS = {"FE", "MH", "PETO", "DL", "HE", "HS", "SJ", "ML", "REML", "EB", "PM"};
    private static final String[] TOKENS = {",", "\"", "\n", "\r\n", "\r", "", " ", "-", "e", "1e308", "1e-320", "-0",
            "NaN", "Infinity", "0x1p3", "1d", "\uFEFF", "\u0000", "\u00f8", "\u2028", "yi", "vi", "ai", "study", "99999999999",
            "0", "0.5", "-1", "1e200", ",,", "\"\"", "=HYPERLINK(\"x\")", "\t"};

    private volatile String current;

    @Test
    void everyInputGivesAResultOrADocumentedError(@TempDir Path dir) throws IOException {
        int count = Integer.getInteger("htaworkbench.fuzz.count", DEFAULT_COUNT);
        long seed = Long.getLong("htaworkbench.fuzz.seed", 20261203L);
        Path csv = dir.resolve("fuzz.csv");
        int[] codes = new int[128];
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofMinutes(Math.max(3, count / 2_000)), () -> {
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                byte[] input = input(random);
                List<String> args = options(random, csv);
                current = "seed " + seed + ", input " + i + ", args " + args;
                Files.write(csv, input);
                int code = run(args, input, i, seed, dir);
                codes[Math.min(code, codes.length - 1)]++;
            }
        }, () -> "hang (or a budget overrun) at " + current);
        System.out.printf("MetaCsvFuzzTest: seed %d, %,d inputs (exit 0: %,d, 1: %,d, 2: %,d, 3: %,d) in %.1f s%n", seed,
                count, codes[Command.OK], codes[Command.USAGE], codes[Command.UNREADABLE_INPUT],
                codes[Command.ANALYSIS_FAILED], (System.nanoTime() - start) / 1e9);
        // the campaign must reach the engine, not stop at the reader: some inputs analyse, some are refused
        assertTrue(codes[Command.OK] > count / 20, "too few inputs analysed: " + codes[Command.OK] + " of " + count);
        assertTrue(codes[Command.UNREADABLE_INPUT] > count / 20, "too few refused: " + codes[Command.UNREADABLE_INPUT]);
    }

    private int run(List<String> args, byte[] input, int i, long seed, Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new MetaCommand().run(args, o, e);
        } catch (Throwable t) {
            Path saved = save(input, seed, i);
            throw new AssertionError("meta threw " + t + " for " + current + "; input saved in " + saved, t);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        if (!DOCUMENTED.contains(code)) {
            fail("undocumented exit code " + code + " for " + current + "; saved in " + save(input, seed, i));
        }
        if (code != Command.OK && !message.startsWith("meta: ")) {
            fail("exit code " + code + " without a message for " + current + ": '" + message + "'; saved in "
                    + save(input, seed, i));
        }
        if (code == Command.OK && out.size() == 0) {
            fail("exit code 0 without output for " + current + "; saved in " + save(input, seed, i));
        }
        return code;
    }

    private static Path save(byte[] input, long seed, int i) throws IOException {
        Path folder = Path.of("target", "fuzz-failures").toAbsolutePath();
        Files.createDirectories(folder);
        return Files.write(folder.resolve("meta-" + seed + "-" + i + ".csv"), input);
    }

    /** A valid file, mutated 0 to 4 times at the text or the byte level. */
    static byte[] input(Random r) {
        String text = SEEDS[r.nextInt(SEEDS.length)];
        if (r.nextInt(10) == 0) {
            text = randomRows(r);
        }
        int mutations = r.nextInt(5);
        for (int m = 0; m < mutations; m++) {
            text = mutateText(r, text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(8) == 0) {
            bytes = mutateBytes(r, bytes);
        }
        return bytes;
    }

    private static String randomRows(Random r) {
        StringBuilder b = new StringBuilder("study,yi,vi\n");
        int k = 1 + r.nextInt(r.nextBoolean() ? 5 : 400);
        for (int i = 0; i < k; i++) {
            double scale = Math.pow(10, r.nextInt(40) - 20);
            b.append('S').append(i).append(',').append(r.nextGaussian() * scale).append(',')
                    .append(Math.abs(r.nextGaussian()) * scale * scale + (r.nextBoolean() ? 0 : 1e-12)).append('\n');
        }
        return b.toString();
    }

    private static String mutateText(Random r, String s) {
        if (s.isEmpty()) {
            return TOKENS[r.nextInt(TOKENS.length)];
        }
        int at = r.nextInt(s.length());
        int end = Math.min(s.length(), at + 1 + r.nextInt(8));
        return switch (r.nextInt(7)) {
            case 0 -> s.substring(0, at) + s.substring(end); // delete
            case 1 -> s.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(at); // insert
            case 2 -> s.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + s.substring(end); // replace
            case 3 -> s.substring(0, at); // truncate
            case 4 -> s + s.substring(s.indexOf('\n') + 1); // repeat the data rows
            case 5 -> s.replaceFirst("[0-9]+(\\.[0-9]+)?", TOKENS[r.nextInt(TOKENS.length)]); // a number
            default -> s.substring(0, at) + s.substring(at, end).toUpperCase() + s.substring(end);
        };
    }

    private static byte[] mutateBytes(Random r, byte[] b) {
        byte[] out = b.clone();
        int flips = 1 + r.nextInt(3);
        for (int f = 0; f < flips && out.length > 0; f++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        if (r.nextInt(4) == 0) {
            byte[] bom = r.nextBoolean() ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] with = new byte[out.length + 2];
            System.arraycopy(bom, 0, with, 0, 2);
            System.arraycopy(out, 0, with, 2, out.length);
            out = with;
        }
        return out;
    }

    /** The file and 0 to 4 options, mostly valid ones. */
    static List<String> options(Random r, Path csv) {
        List<String> args = new ArrayList<>();
        args.add(csv.toString());
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(12)) {
                case 0 -> args.addAll(List.of("--measure", MEASURES[r.nextInt(MEASURES.length)]));
                case 1 -> args.addAll(List.of("--method", METHODS[r.nextInt(METHODS.length)]));
                case 2 -> args.addAll(List.of("--test", new String[] {"z", "knha", "adhoc"}[r.nextInt(3)]));
                case 3 -> args.addAll(List.of("--pi", new String[] {"z", "t", "riley"}[r.nextInt(3)]));
                case 4 -> args.addAll(List.of("--level", new String[] {"95", "90", "99.9", "0", "100", "-5", "x"}[r.nextInt(7)]));
                case 5 -> args.add(new String[] {"--leave-one-out", "--egger", "--begg", "--trimfill", "--drop00"}[r.nextInt(5)]);
                case 6 -> args.addAll(List.of("--cumulative", "--order", new String[] {"year", "study", "none"}[r.nextInt(3)]));
                case 7 -> args.addAll(List.of("--subgroup", new String[] {"design", "year", "study"}[r.nextInt(3)]));
                case 8 -> args.addAll(List.of("--mods", new String[] {"year", "design", "year,design", ","}[r.nextInt(4)]));
                case 9 -> args.addAll(List.of("--add", new String[] {"0.5", "0", "-1", "1e308"}[r.nextInt(4)], "--to",
                        new String[] {"only0", "all", "if0all", "none"}[r.nextInt(4)]));
                case 10 -> args.addAll(List.of("--format", r.nextBoolean() ? "json" : "text"));
                default -> args.add("--cumulative");
            }
        }
        return args;
    }
}
