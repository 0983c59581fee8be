package org.htaworkbench.analysis.tests;

import static org.htaworkbench.analysis.tests.Fixtures.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.htaworkbench.cli.Command;
import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.RmaResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;

/** Options not covered by bcg.json (checked against the engine directly), proportions and means, usage errors. */
class MetaCommandOptionsTest {

    @TempDir
    Path dir;

    private static final String ZERO = "study,ai,n1i,ci,n2i\nA,0,20,3,21\nB,2,30,5,29\nC,0,15,0,16\nD,4,40,9,41\n";

    @Test
    void levelChangesTheIntervals() throws IOException {
        Path csv = Fixtures.copy(dir, "bcg.csv");
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--level", "90", "--method", "DL").json();
        RmaResult r = MetaAnalysis.fit(bcgRr(), ModelOptions.of(Method.DL).withLevel(90));
        close(r.ciLower(), a.get("ci_lb").getAsDouble(), 1e-12, "90% ci_lb");
        close(r.ciUpper(), a.get("ci_ub").getAsDouble(), 1e-12, "90% ci_ub");
        JsonObject b = Fixtures.meta(csv, "--format", "json", "--method", "DL").json();
        assertTrue(b.get("ci_lb").getAsDouble() < a.get("ci_lb").getAsDouble(), "95% CI is wider than 90%");
    }

    private static EffectSizeData bcgRr() {
        double[][] c = {{4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27}, {119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470,
                1699, 50448, 2493, 16886}, {11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29}, {128, 274, 209, 12619,
                5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825}};
        return EffectSizes.twoByTwo(Measure.RR, c[0], c[1], c[2], c[3], null, null);
    }

    @ParameterizedTest(name = "--add {0} --to {1} drop00={2}")
    @CsvSource({"0.5, only0, false, ONLY_ZERO", "0.5, all, false, ALL", "0.25, if0all, false, IF_ANY_ZERO",
            "0.5, only0, true, ONLY_ZERO"})
    void continuityCorrectionOptions(double add, String to, boolean drop, ContinuityCorrection.To mode) throws IOException {
        Path csv = Fixtures.write(dir, "zero.csv", ZERO);
        JsonObject a = drop
                ? Fixtures.meta(csv, "--format", "json", "--measure", "OR", "--method", "FE", "--add", add, "--to", to,
                        "--drop00").json()
                : Fixtures.meta(csv, "--format", "json", "--measure", "OR", "--method", "FE", "--add", add, "--to", to)
                        .json();
        EffectSizeData d = EffectSizes.twoByTwoFromTotals(Measure.OR, new double[] {0, 2, 0, 4},
                new double[] {20, 30, 15, 40}, new double[] {3, 5, 0, 9}, new double[] {21, 29, 16, 41}, null,
                new ContinuityCorrection(add, mode, drop));
        RmaResult r = MetaAnalysis.fit(d, ModelOptions.of(Method.FE));
        close(r.estimate(), a.get("estimate").getAsDouble(), 1e-12, "estimate");
        assertEquals(drop ? 3 : 4, a.get("k").getAsInt());
        if (drop) {
            assertTrue(a.get("warnings").toString().contains("'C'"), "dropped double-zero study named");
        }
    }

    @Test
    void zeroCellWithCorrectionOffIsBadDataNamingLineAndColumn() throws IOException {
        Path csv = Fixtures.write(dir, "zero.csv", ZERO);
        Fixtures.Run r = Fixtures.meta(csv, "--measure", "OR", "--to", "none");
        assertEquals(Command.UNREADABLE_INPUT, r.code());
        assertTrue(r.err().contains("line 2") && r.err().contains("column 'ai'"), r.err());
    }

    @Test
    void proportionsDefaultToLogitWithBackTransform() throws IOException {
        Path csv = Fixtures.write(dir, "prop.csv", "study,xi,ni\nA,16,17\nB,10,12\nC,0,20\nD,20,20\n");
        JsonObject a = Fixtures.meta(csv, "--format", "json").json();
        assertEquals("PLO", a.get("measure").getAsString());
        EffectSizeData d = EffectSizes.proportions(Measure.PLO, new double[] {16, 10, 0, 20}, new double[] {17, 12, 20, 20},
                null, null);
        RmaResult r = MetaAnalysis.fit(d, ModelOptions.of(Method.REML));
        close(r.estimate(), a.get("estimate").getAsDouble(), 1e-9, "estimate");
        close(r.transformed().estimate(), a.getAsJsonObject("transformed").get("estimate").getAsDouble(), 1e-9,
                "back-transformed proportion");
        JsonObject pft = Fixtures.meta(csv, "--format", "json", "--measure", "PFT", "--method", "DL").json();
        RmaResult rp = MetaAnalysis.fit(EffectSizes.proportions(Measure.PFT, new double[] {16, 10, 0, 20},
                new double[] {17, 12, 20, 20}, null, null), ModelOptions.of(Method.DL));
        close(rp.transformed().estimate(), pft.getAsJsonObject("transformed").get("estimate").getAsDouble(), 1e-12,
                "PFT harmonic-mean back-transform");
    }

    @Test
    void meansGiveMdAndSmd() throws IOException {
        Path csv = Fixtures.write(dir, "means.csv",
                "study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,55,47,155,75,64,156\nB,27,7,31,29,4,32\nC,64,17,75,119,29,71\n");
        JsonObject md = Fixtures.meta(csv, "--format", "json", "--method", "FE").json();
        assertEquals("MD", md.get("measure").getAsString());
        JsonObject smd = Fixtures.meta(csv, "--format", "json", "--measure", "SMD", "--method", "FE").json();
        EffectSizeData d = EffectSizes.means(Measure.SMD, new double[] {55, 27, 64}, new double[] {47, 7, 17},
                new double[] {155, 31, 75}, new double[] {75, 29, 119}, new double[] {64, 4, 29}, new double[] {156, 32, 71},
                null);
        close(MetaAnalysis.fit(d, ModelOptions.of(Method.FE)).estimate(), smd.get("estimate").getAsDouble(), 1e-12, "SMD");
        assertFalse(md.get("estimate").getAsDouble() == smd.get("estimate").getAsDouble());
    }

    @Test
    void usageErrorsExitWith1() throws IOException {
        Path csv = Fixtures.copy(dir, "bcg.csv");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--frobnicate").code(), "unknown option");
        assertEquals(Command.USAGE, Fixtures.meta().code(), "no FILE");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--measure", "XYZ").code(), "unknown measure");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--method", "ZZ").code(), "unknown method");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--test", "f").code(), "unknown test");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--order", "year").code(), "--order without --cumulative");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--level", "abc").code(), "non-numeric level");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--method", "MH", "--test", "knha").code(), "MH with knha");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--method", "MH", "--egger").code(), "MH with egger");
        assertEquals(Command.USAGE, Fixtures.meta(csv, "--method", "HE", "--mods", "ablat").code(), "HE meta-regression");
        Fixtures.Run r = Fixtures.meta(csv, "--measure", "SMD");
        assertEquals(Command.UNREADABLE_INPUT, r.code(), "SMD on 2x2 columns: the mean columns are missing");
        assertTrue(r.err().contains("m1i"), r.err());
    }

    @Test
    void mantelHaenszelSupportsLeaveOneOutAndCumulative() throws IOException {
        Path csv = Fixtures.copy(dir, "bcg.csv");
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--method", "MH", "--measure", "OR", "--leave-one-out",
                "--cumulative").json();
        assertEquals(13, a.getAsJsonArray("leave_one_out").size());
        JsonObject last = a.getAsJsonArray("cumulative").get(12).getAsJsonObject();
        close(a.get("estimate").getAsDouble(), last.get("estimate").getAsDouble(), 1e-12, "cumulative end = MH estimate");
        assertFalse(a.get("estimate").getAsDouble() == a.getAsJsonArray("leave_one_out").get(0).getAsJsonObject()
                .get("estimate").getAsDouble());
    }
}
