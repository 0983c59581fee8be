package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.MantelHaenszel;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.htaworkbench.stats.Peto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/**
 * 2x2 data with zero cells and one double-zero study: metadat dat.nielweise2007 (extra.json zerocells.*):
 * escalc with the default and alternative continuity corrections, drop00, DL fits, rma.mh and rma.peto.
 */
class Nielweise2007ZeroCellsTest {

    record Z(double[] ai, double[] n1i, double[] ci, double[] n2i, String[] labels) {
    }

    static Z data() {
        Map<String, List<String>> t = Fixtures.csv("/data/zerocells.csv");
        String[] lab = new String[t.get("author").size()];
        for (int i = 0; i < lab.length; i++) {
            lab[i] = t.get("author").get(i) + " " + t.get("year").get(i);
        }
        return new Z(Fixtures.col(t, "ai"), Fixtures.col(t, "n1i"), Fixtures.col(t, "ci"), Fixtures.col(t, "n2i"), lab);
    }

    static EffectSizeData es(Measure m, ContinuityCorrection cc) {
        Z z = data();
        return EffectSizes.twoByTwoFromTotals(m, z.ai(), z.n1i(), z.ci(), z.n2i(), z.labels(), cc);
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"RR", "OR", "RD", "PETO"})
    void escalcDefaultCorrectionAndDl(Measure m) {
        JsonObject b = Fixtures.path(Fixtures.extra(), "zerocells", m.name());
        EffectSizeData d = es(m, ContinuityCorrection.METAFOR_DEFAULT);
        closeAll(arr(b, "yi"), d.yi(), Fixtures.CLOSED, m + ".yi");
        closeAll(arr(b, "vi"), d.vi(), Fixtures.CLOSED, m + ".vi");
        ModelAssert.assertExtraBlock(b.getAsJsonObject("DL"), MetaAnalysis.fit(d, ModelOptions.of(Method.DL)),
                Fixtures.CLOSED, m + ".DL");
    }

    @Test
    void alternativeCorrections() {
        JsonObject z = Fixtures.path(Fixtures.extra(), "zerocells");
        closeAll(arr(z.getAsJsonObject("OR_to_all"), "yi"),
                es(Measure.OR, new ContinuityCorrection(0.5, ContinuityCorrection.To.ALL, false)).yi(), Fixtures.CLOSED, "to=all");
        closeAll(arr(z.getAsJsonObject("OR_if0all"), "vi"),
                es(Measure.OR, new ContinuityCorrection(0.5, ContinuityCorrection.To.IF_ANY_ZERO, false)).vi(), Fixtures.CLOSED,
                "to=if0all");
        closeAll(arr(z.getAsJsonObject("RR_add_0.1"), "yi"),
                es(Measure.RR, new ContinuityCorrection(0.1, ContinuityCorrection.To.ONLY_ZERO, false)).yi(), Fixtures.CLOSED,
                "add=0.1");
    }

    @Test
    void drop00RemovesTheDoubleZeroStudy() {
        double[] expected = arr(Fixtures.path(Fixtures.extra(), "zerocells", "OR_drop00"), "yi");
        EffectSizeData d = es(Measure.OR, ContinuityCorrection.METAFOR_DEFAULT.withDrop00(true));
        assertEquals(17, d.k());
        assertEquals(List.of("Yucel 2004"), d.droppedLabels());
        double[] kept = java.util.Arrays.stream(expected).filter(x -> !Double.isNaN(x)).toArray();
        closeAll(kept, d.yi(), Fixtures.CLOSED, "drop00 yi");
        assertEquals(15, d.sourceIndex()[14], "source index skips the dropped study");
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"OR", "RR", "RD"})
    void mantelHaenszelWithZeroCells(Measure m) {
        Z z = data();
        Bcg1994MantelHaenszelPetoTest.assertPooled(Fixtures.path(Fixtures.extra(), "zerocells", "mh_" + m),
                MantelHaenszel.fitFromTotals(m, z.ai(), z.n1i(), z.ci(), z.n2i(), z.labels(), 95), "zerocells.mh_" + m);
    }

    @Test
    void petoWithZeroCells() {
        Z z = data();
        Bcg1994MantelHaenszelPetoTest.assertPooled(Fixtures.path(Fixtures.extra(), "zerocells", "peto"),
                Peto.fitFromTotals(z.ai(), z.n1i(), z.ci(), z.n2i(), z.labels(), 95), "zerocells.peto");
    }
}
