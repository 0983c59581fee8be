package org.htaworkbench.stats.tests;

import static org.htaworkbench.stats.tests.Fixtures.arr;
import static org.htaworkbench.stats.tests.Fixtures.closeAll;

import java.util.List;
import java.util.Map;

import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.EffectSizeData;
import org.htaworkbench.stats.EffectSizes;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.MetaAnalysis;
import org.htaworkbench.stats.Method;
import org.htaworkbench.stats.ModelOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;

/**
 * Proportions PR, PLO, PAS, PFT on metadat dat.pritz1997 (contains xi = ni) plus one synthetic study
 * with xi = 0 (extra.json proportions.*, made by data/generate_fixtures.R): escalc values, REML (tight)
 * and DL fits with back-transforms (ilogit, iarcsin, ipft with the harmonic mean of ni).
 */
class Pritz1997ProportionsTest {

    private static EffectSizeData es(Measure m, ContinuityCorrection cc) {
        Map<String, List<String>> t = Fixtures.csv("/data/proportions.csv");
        return EffectSizes.proportions(m, Fixtures.col(t, "xi"), Fixtures.col(t, "ni"),
                t.get("authors").toArray(String[]::new), cc);
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"PR", "PLO", "PAS", "PFT"})
    void escalcAndModels(Measure m) {
        JsonObject b = Fixtures.path(Fixtures.extra(), "proportions", m.name());
        EffectSizeData d = es(m, ContinuityCorrection.METAFOR_DEFAULT);
        closeAll(arr(b, "yi"), d.yi(), Fixtures.CLOSED, m + ".yi");
        closeAll(arr(b, "vi"), d.vi(), Fixtures.CLOSED, m + ".vi");
        ModelAssert.assertExtraBlock(b.getAsJsonObject("REML"), MetaAnalysis.fit(d, ModelOptions.of(Method.REML)),
                Fixtures.TIGHT, m + ".REML");
        ModelAssert.assertExtraBlock(b.getAsJsonObject("DL"), MetaAnalysis.fit(d, ModelOptions.of(Method.DL)),
                Fixtures.CLOSED, m + ".DL");
        if (m == Measure.PFT) {
            Fixtures.close(b, "harmonic_mean_ni", d.harmonicMeanN(), Fixtures.CLOSED, "PFT");
        }
    }

    @Test
    void correctionToAllAndIfAnyZero() {
        JsonObject p = Fixtures.path(Fixtures.extra(), "proportions");
        closeAll(arr(p.getAsJsonObject("PR_to_all"), "yi"),
                es(Measure.PR, new ContinuityCorrection(0.5, ContinuityCorrection.To.ALL, false)).yi(), Fixtures.CLOSED, "PR to=all");
        closeAll(arr(p.getAsJsonObject("PR_to_all"), "vi"),
                es(Measure.PR, new ContinuityCorrection(0.5, ContinuityCorrection.To.ALL, false)).vi(), Fixtures.CLOSED, "PR to=all");
        closeAll(arr(p.getAsJsonObject("PLO_if0all"), "vi"),
                es(Measure.PLO, new ContinuityCorrection(0.5, ContinuityCorrection.To.IF_ANY_ZERO, false)).vi(), Fixtures.CLOSED,
                "PLO to=if0all");
    }
}
