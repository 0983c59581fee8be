package org.htaworkbench.analysis.tests;

import static org.htaworkbench.analysis.tests.Fixtures.CLOSED;
import static org.htaworkbench.analysis.tests.Fixtures.TIGHT;
import static org.htaworkbench.analysis.tests.Fixtures.block;
import static org.htaworkbench.analysis.tests.Fixtures.close;
import static org.htaworkbench.analysis.tests.Fixtures.closeArrays;
import static org.htaworkbench.analysis.tests.Fixtures.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** {@code ./workbench meta bcg.csv ...} reproduces the blocks of bcg.json (metafor 3.8-1 on dat.bcg). */
class MetaCommandBcgTest {

    @TempDir
    static Path dir;
    static Path csv;
    static Path totals;

    @BeforeAll
    static void copyFixtures() throws IOException {
        csv = Fixtures.copy(dir, "bcg.csv");
        totals = Fixtures.copy(dir, "bcg-totals.csv");
    }

    /** Pooled summary fields against an rma block. */
    static void assertModel(JsonObject e, JsonObject a, double tol) {
        assertEquals(e.get("k").getAsInt(), a.get("k").getAsInt(), "k");
        close(e, "estimate", a, "estimate", tol);
        close(e, "se", a, "se", tol);
        close(e, "zval", a, "statistic", tol);
        close(e, "pval", a, "pval", tol);
        close(e, "ci.lb", a, "ci_lb", tol);
        close(e, "ci.ub", a, "ci_ub", tol);
        assertEquals(e.get("tau2").getAsDouble() == 0, a.get("tau2").getAsDouble() == 0, "tau2 zero or not");
        if (e.get("tau2").getAsDouble() != 0) {
            close(e, "tau2", a, "tau2", tol);
        }
        close(e, "I2", a, "I2", tol);
        close(e, "H2", a, "H2", tol);
        close(e, "QE", a, "Q", CLOSED);
        close(e, "QEp", a, "Q_p", 1e-8);
        assertEquals(e.get("QE.df").getAsInt(), a.get("Q_df").getAsInt(), "Q_df");
        if (e.get("df").isJsonNull()) {
            assertTrue(a.get("df").isJsonNull(), "df must be null for z tests");
        } else {
            assertEquals(e.get("df").getAsInt(), a.get("df").getAsInt(), "df");
        }
        closeArrays(e.getAsJsonArray("weights_pct"), column(a.getAsJsonArray("studies"), "weight_pct"), tol, "weight_pct");
        JsonObject et = e.getAsJsonObject("transf");
        JsonObject at = a.getAsJsonObject("transformed");
        if (et != null) {
            close(et, "estimate", at, "estimate", tol);
            close(et, "ci.lb", at, "ci_lb", tol);
            close(et, "ci.ub", at, "ci_ub", tol);
        }
    }

    @Test
    void defaultRunIsRemlAndReproducesRemlTightWithPredictionIntervalAndStudies() {
        JsonObject a = Fixtures.meta(csv, "--format", "json").json();
        JsonObject e = block("rma", "RR", "REML_tight");
        assertEquals("RR", a.get("measure").getAsString());
        assertEquals("REML", a.get("method").getAsString());
        assertEquals("z", a.get("test").getAsString());
        assertModel(e, a, TIGHT);
        JsonObject p = e.getAsJsonObject("predict");
        close(p, "pi.lb", a, "pi_lb", TIGHT);
        close(p, "pi.ub", a, "pi_ub", TIGHT);
        close(p.getAsJsonObject("transf"), "pi.lb", a.getAsJsonObject("transformed"), "pi_lb", TIGHT);
        close(p.getAsJsonObject("transf"), "pi.ub", a.getAsJsonObject("transformed"), "pi_ub", TIGHT);
        assertTrue(a.get("iterations").getAsInt() > 0, "REML reports its iterations");
        JsonObject es = block("effect_sizes", "RR");
        JsonArray studies = a.getAsJsonArray("studies");
        closeArrays(es.getAsJsonArray("yi"), column(studies, "yi"), CLOSED, "yi");
        closeArrays(es.getAsJsonArray("vi"), column(studies, "vi"), CLOSED, "vi");
        for (int i = 0; i < studies.size(); i++) {
            assertEquals(block("effect_sizes", "RR").getAsJsonArray("slab").get(i).getAsString(),
                    studies.get(i).getAsJsonObject().get("study").getAsString());
        }
    }

    @Test
    void tau2ConfidenceIntervalIsTheQProfileConfintTight() {
        JsonObject a = Fixtures.meta(csv, "--format", "json").json();
        JsonObject ci = block("rma", "RR", "REML").getAsJsonObject("confint_tight").getAsJsonObject("tau2");
        close(ci, "ci.lb", a, "tau2_ci_lb", TIGHT);
        close(ci, "ci.ub", a, "tau2_ci_ub", TIGHT);
    }

    @ParameterizedTest(name = "--measure {0} --method {1} reproduces rma.{0}.{2}")
    @CsvSource({"RR, FE, FE, 1e-9", "RR, DL, DL, 1e-9", "RR, HE, HE, 1e-9", "RR, HS, HS, 1e-9", "RR, SJ, SJ, 1e-9",
            "RR, ML, ML_tight, 1e-6", "RR, EB, EB_tight, 1e-6", "RR, PM, PM_tight, 1e-6", "OR, REML, REML_tight, 1e-6",
            "OR, DL, DL, 1e-9", "RD, REML, REML_tight, 1e-6", "RD, FE, FE, 1e-9"})
    void methodsAndMeasures(String measure, String method, String blockName, double tol) {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--measure", measure, "--method", method).json();
        assertEquals(measure, a.get("measure").getAsString());
        assertModel(block("rma", measure, blockName), a, tol);
        if (method.equals("FE")) {
            assertTrue(a.get("pi_lb").isJsonNull() && a.get("tau2_ci_lb").isJsonNull(), "FE has no PI and no tau2 CI");
        }
    }

    @ParameterizedTest(name = "--test {0} --method {1} reproduces rma.RR.{2}")
    @CsvSource({"knha, DL, DL_knha, 1e-9", "adhoc, DL, DL_adhoc, 1e-9", "knha, REML, REML_knha_tight, 1e-6"})
    void knappHartungTests(String test, String method, String blockName, double tol) {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--test", test, "--method", method).json();
        assertEquals(test, a.get("test").getAsString());
        assertEquals(12, a.get("df").getAsInt());
        assertModel(block("rma", "RR", blockName), a, tol);
        // metafor's default PI under knha is t(k-1)
        JsonObject p = block("rma", "RR", blockName).getAsJsonObject("predict");
        close(p, "pi.lb", a, "pi_lb", tol);
    }

    @ParameterizedTest(name = "--pi {0} reproduces {1}")
    @CsvSource({"t, predict_pi_t_kminus1", "riley, predict_pi_t_kminus2", "z, predict"})
    void predictionIntervalTypes(String pi, String blockName) {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--pi", pi).json();
        JsonObject p = block("rma", "RR", "REML_tight").getAsJsonObject(blockName);
        close(p, "pi.lb", a, "pi_lb", TIGHT);
        close(p, "pi.ub", a, "pi_ub", TIGHT);
    }

    @ParameterizedTest(name = "--method MH --measure {0} reproduces rma.mh.{0}")
    @CsvSource({"OR", "RR", "RD"})
    void mantelHaenszel(String measure) {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--method", "MH", "--measure", measure).json();
        JsonObject e = block("rma.mh", measure);
        assertEquals("MH", a.get("method").getAsString());
        close(e, "estimate", a, "estimate", CLOSED);
        close(e, "se", a, "se", CLOSED);
        close(e, "zval", a, "statistic", CLOSED);
        close(e, "ci.lb", a, "ci_lb", CLOSED);
        close(e, "ci.ub", a, "ci_ub", CLOSED);
        close(e, "QE", a, "Q", CLOSED);
        close(e, "I2", a, "I2", CLOSED);
        assertEquals(0.0, a.get("tau2").getAsDouble());
        closeArrays(e.getAsJsonArray("weights_pct"), column(a.getAsJsonArray("studies"), "weight_pct"), CLOSED, "weights");
    }

    @Test
    void petoMethodReproducesRmaPeto() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--method", "PETO").json();
        JsonObject e = block("rma.peto", "OR");
        assertEquals("PETO", a.get("measure").getAsString());
        close(e, "estimate", a, "estimate", CLOSED);
        close(e, "se", a, "se", CLOSED);
        close(e, "QE", a, "Q", CLOSED);
        close(e.getAsJsonObject("transf"), "estimate", a.getAsJsonObject("transformed"), "estimate", CLOSED);
    }

    @Test
    void eventsAndTotalsColumnsGiveTheSameAnalysis() {
        JsonObject cells = Fixtures.meta(csv, "--format", "json").json();
        JsonObject tot = Fixtures.meta(totals, "--format", "json").json();
        close(cells.get("estimate").getAsDouble(), tot.get("estimate").getAsDouble(), 1e-12, "estimate");
        close(cells.get("tau2").getAsDouble(), tot.get("tau2").getAsDouble(), 1e-12, "tau2");
        assertModel(block("rma", "RR", "REML_tight"), tot, TIGHT);
    }

    @Test
    void leaveOneOutReproducesLeave1outTight() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--leave-one-out").json();
        JsonObject e = block("leave1out_tight");
        JsonArray rows = a.getAsJsonArray("leave_one_out");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(e.getAsJsonArray("omitted").get(i).getAsString(),
                    rows.get(i).getAsJsonObject().get("study").getAsString());
        }
        closeArrays(e.getAsJsonArray("estimate"), column(rows, "estimate"), TIGHT, "estimate");
        closeArrays(e.getAsJsonArray("ci.lb"), column(rows, "ci_lb"), TIGHT, "ci_lb");
        closeArrays(e.getAsJsonArray("ci.ub"), column(rows, "ci_ub"), TIGHT, "ci_ub");
        closeArrays(e.getAsJsonArray("tau2"), column(rows, "tau2"), TIGHT, "tau2");
        closeArrays(e.getAsJsonArray("I2"), column(rows, "I2"), TIGHT, "I2");
        closeArrays(e.getAsJsonArray("Q"), column(rows, "Q"), CLOSED, "Q");
    }

    @Test
    void cumulativeByYearReproducesCumulRemlTight() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--cumulative", "--order", "year").json();
        JsonObject e = block("cumul", "REML_tight");
        JsonArray rows = a.getAsJsonArray("cumulative");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(e.getAsJsonArray("order_slab").get(i).getAsString(),
                    rows.get(i).getAsJsonObject().get("study").getAsString(), "order (ties keep file order)");
        }
        closeArrays(e.getAsJsonArray("estimate"), column(rows, "estimate"), TIGHT, "estimate");
        closeArrays(e.getAsJsonArray("ci.lb"), column(rows, "ci_lb"), TIGHT, "ci_lb");
        closeArrays(e.getAsJsonArray("ci.ub"), column(rows, "ci_ub"), TIGHT, "ci_ub");
        JsonArray tau2 = e.getAsJsonArray("tau2");
        JsonArray actual = column(rows, "tau2");
        for (int i = 0; i < tau2.size(); i++) { // tau2 = 0 for the first study: compare absolutely
            assertTrue(Math.abs(tau2.get(i).getAsDouble() - actual.get(i).getAsDouble()) <= TIGHT
                    * Math.max(1e-3, tau2.get(i).getAsDouble()), "tau2[" + i + "]");
        }
    }

    @Test
    void cumulativeWithoutOrderFollowsTheFile() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--cumulative", "--method", "FE").json();
        JsonArray rows = a.getAsJsonArray("cumulative");
        assertEquals("Aronson 1948", rows.get(0).getAsJsonObject().get("study").getAsString());
        assertEquals("Ferguson & Simes 1949", rows.get(1).getAsJsonObject().get("study").getAsString());
        close(a.get("estimate").getAsDouble(), rows.get(12).getAsJsonObject().get("estimate").getAsDouble(), 1e-12,
                "last cumulative row = full analysis");
    }

    @Test
    void subgroupByAllocReproducesSeparateTau2RemlTight() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--subgroup", "alloc").json();
        JsonObject e = block("subgroup", "separate_tau2", "REML_tight");
        JsonObject s = a.getAsJsonObject("subgroups");
        close(e, "Q_between", s, "Q_between", TIGHT);
        close(e, "p_between", s, "Q_between_p", TIGHT);
        assertEquals(2, s.get("Q_between_df").getAsInt());
        for (String level : new String[] {"alternate", "random", "systematic"}) {
            JsonObject eg = e.getAsJsonObject("groups").getAsJsonObject(level);
            JsonObject ag = s.getAsJsonObject("groups").getAsJsonObject(level);
            assertEquals(eg.get("k").getAsInt(), ag.get("k").getAsInt(), level + " k");
            close(eg, "estimate", ag, "estimate", TIGHT);
            close(eg, "ci.lb", ag, "ci_lb", TIGHT);
            close(eg, "ci.ub", ag, "ci_ub", TIGHT);
            if (eg.get("tau2").getAsDouble() > 0) {
                close(eg, "tau2", ag, "tau2", TIGHT);
            }
        }
    }

    @Test
    void numericModeratorReproducesMetaregRemlTight() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--mods", "ablat").json();
        JsonObject e = block("metareg", "REML_tight");
        JsonObject m = a.getAsJsonObject("metareg");
        JsonArray coefs = m.getAsJsonArray("coefficients");
        JsonObject ec = e.getAsJsonObject("coefficients");
        assertEquals("ablat", coefs.get(1).getAsJsonObject().get("name").getAsString());
        closeArrays(ec.getAsJsonArray("b"), column(coefs, "b"), TIGHT, "b");
        closeArrays(ec.getAsJsonArray("se"), column(coefs, "se"), TIGHT, "se");
        closeArrays(ec.getAsJsonArray("zval"), column(coefs, "statistic"), TIGHT, "statistic");
        closeArrays(ec.getAsJsonArray("ci.lb"), column(coefs, "ci_lb"), TIGHT, "ci_lb");
        close(e, "QM", m, "QM", TIGHT);
        close(e, "QMp", m, "QM_p", TIGHT);
        close(e, "tau2", m, "tau2", TIGHT);
        close(e, "I2", m, "I2", TIGHT);
        close(e, "R2", m, "R2", TIGHT);
        assertEquals(1, m.get("QM_df").getAsInt());
    }

    @Test
    void categoricalModeratorReproducesCommonTau2MixedModel() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--mods", "alloc").json();
        JsonObject e = block("subgroup", "common_tau2_mixed_effects", "REML_tight");
        JsonObject m = a.getAsJsonObject("metareg");
        close(e, "QM", m, "QM", TIGHT);
        close(e, "tau2", m, "tau2", TIGHT);
        assertEquals(2, m.get("QM_df").getAsInt());
        JsonArray coefs = m.getAsJsonArray("coefficients");
        assertEquals(3, coefs.size(), "intercept + 2 dummies (reference level alternate)");
        closeArrays(e.getAsJsonObject("coefficients").getAsJsonArray("b"), column(coefs, "b"), TIGHT, "b");
    }

    @Test
    void eggerReproducesRegtestAndBeggReproducesRanktest() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--egger", "--begg").json();
        JsonObject e = block("regtest", "REML_rma");
        // regtest in the fixture refits metafor's loosely converged default REML: compare to 1e-5
        close(e, "zval", a.getAsJsonObject("egger"), "statistic", 1e-5);
        close(e, "pval", a.getAsJsonObject("egger"), "pval", 1e-5);
        close(e, "limit_estimate", a.getAsJsonObject("egger"), "limit_estimate", 1e-5);
        JsonObject r = block("ranktest");
        close(r, "tau", a.getAsJsonObject("begg"), "tau", CLOSED);
        close(r, "pval", a.getAsJsonObject("begg"), "pval", CLOSED);
    }

    @Test
    void trimAndFillReproducesTrimfillRemlTight() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--trimfill").json();
        JsonObject e = block("trimfill", "REML_tight");
        JsonObject t = a.getAsJsonObject("trimfill");
        assertEquals(e.get("k0").getAsInt(), t.get("k0").getAsInt());
        assertEquals(e.get("side").getAsString(), t.get("side").getAsString());
        close(e, "estimate", t, "estimate", TIGHT);
        close(e, "ci.lb", t, "ci_lb", TIGHT);
        close(e, "ci.ub", t, "ci_ub", TIGHT);
        close(e, "tau2", t, "tau2", TIGHT);
    }

    @Test
    void genericYiViColumnsReproduceTheRrModel() throws IOException {
        JsonObject es = block("effect_sizes", "RR");
        StringBuilder sb = new StringBuilder("study,yi,vi\n");
        for (int i = 0; i < es.getAsJsonArray("yi").size(); i++) {
            sb.append('"').append(es.getAsJsonArray("slab").get(i).getAsString()).append("\",")
                    .append(es.getAsJsonArray("yi").get(i).getAsString()).append(',')
                    .append(es.getAsJsonArray("vi").get(i).getAsString()).append('\n');
        }
        JsonObject a = Fixtures.meta(Fixtures.write(dir, "generic.csv", sb.toString()), "--format", "json").json();
        assertEquals("GEN", a.get("measure").getAsString());
        assertModel(withoutTransf(block("rma", "RR", "REML_tight")), a, TIGHT);
        // yi,sei gives the same
        StringBuilder se = new StringBuilder("yi,sei\n");
        for (int i = 0; i < es.getAsJsonArray("yi").size(); i++) {
            se.append(es.getAsJsonArray("yi").get(i).getAsString()).append(',')
                    .append(es.getAsJsonArray("sei").get(i).getAsString()).append('\n');
        }
        JsonObject b = Fixtures.meta(Fixtures.write(dir, "generic-se.csv", se.toString()), "--format", "json").json();
        close(a.get("estimate").getAsDouble(), b.get("estimate").getAsDouble(), 1e-12, "yi,sei estimate");
        assertEquals("Study 1", b.getAsJsonArray("studies").get(0).getAsJsonObject().get("study").getAsString());
    }

    private static JsonObject withoutTransf(JsonObject o) {
        JsonObject c = o.deepCopy();
        c.remove("transf");
        return c;
    }

    @Test
    void textFormatIsARevManStyleSummary() {
        Fixtures.Run r = Fixtures.meta(csv);
        assertEquals(0, r.code(), r.err());
        String t = r.out();
        assertTrue(t.contains("Aronson 1948"), t);
        assertTrue(t.contains("Total (95% CI)"), t);
        assertTrue(t.contains("0.49 [0.34, 0.70]"), "pooled RR 0.489 [0.344, 0.696]:\n" + t);
        assertTrue(t.contains("Heterogeneity: Tau² = 0.3132 [0.1197, 1.1115]; Chi² = 152.23, df = 12 (P < 0.00001); I² = 92%"), t);
        assertTrue(t.contains("Test for overall effect: Z = 3.97 (P = 0.00007)"), t);
        assertTrue(t.contains("Prediction interval"), t);
        Fixtures.Run all = Fixtures.meta(csv, "--leave-one-out", "--cumulative", "--subgroup", "alloc", "--mods", "ablat",
                "--egger", "--begg", "--trimfill");
        assertEquals(0, all.code(), all.err());
        for (String heading : new String[] {"Leave-one-out", "Cumulative", "Test for subgroup differences",
                "Meta-regression", "Egger's test", "Begg's rank correlation", "Trim-and-fill"}) {
            assertTrue(all.out().contains(heading), heading + " missing:\n" + all.out());
        }
    }

    @Test
    void everyJsonFieldOfTheIssueIsPresent() {
        JsonObject a = Fixtures.meta(csv, "--format", "json", "--leave-one-out", "--cumulative", "--subgroup", "alloc",
                "--mods", "ablat", "--egger", "--begg", "--trimfill").json();
        for (String f : new String[] {"k", "measure", "method", "test", "estimate", "se", "statistic", "pval", "ci_lb",
                "ci_ub", "df", "tau2", "tau2_ci_lb", "tau2_ci_ub", "I2", "H2", "Q", "Q_df", "Q_p", "pi_lb", "pi_ub",
                "iterations", "transformed", "studies", "leave_one_out", "cumulative", "subgroups", "metareg", "egger",
                "begg", "trimfill"}) {
            assertTrue(a.has(f), "missing field " + f);
        }
        for (String f : new String[] {"estimate", "ci_lb", "ci_ub", "pi_lb", "pi_ub"}) {
            assertTrue(a.getAsJsonObject("transformed").has(f), "transformed." + f);
        }
        JsonElement loo = a.getAsJsonArray("leave_one_out").get(0);
        for (String f : new String[] {"study", "estimate", "ci_lb", "ci_ub", "tau2", "I2", "Q"}) {
            assertTrue(loo.getAsJsonObject().has(f), "leave_one_out." + f);
        }
        for (String f : new String[] {"coefficients", "QM", "QM_df", "QM_p", "tau2", "I2", "R2"}) {
            assertTrue(a.getAsJsonObject("metareg").has(f), "metareg." + f);
        }
        for (String f : new String[] {"k0", "side", "estimate", "ci_lb", "ci_ub", "tau2"}) {
            assertTrue(a.getAsJsonObject("trimfill").has(f), "trimfill." + f);
        }
    }
}
