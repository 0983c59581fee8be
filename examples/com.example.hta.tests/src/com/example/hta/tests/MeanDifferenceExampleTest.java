package com.example.hta.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.AnalysisRegistry;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.AnalysisTypeDescriptor;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The worked example of org.htaworkbench.analysis.analyses (bundle com.example.hta.analysis), installed as a plugin:
 * found through the extension registry by its id and run on an evidence base of reported mean differences
 * (data/md-length-of-stay.htaevidence, the numbers of data/md-length-of-stay.csv), checked against metafor (data/md-length-of-stay.json, from generate_md_fixture.R).
 */
class MeanDifferenceExampleTest {

    private static final String TYPE = "com.example.hta.md";
    private static final double TOLERANCE = 1e-9;

    private EvidenceBase base;
    private AnalysisDefinition definition;
    private JsonObject metafor;

    @BeforeEach
    void evidence() throws Exception {
        metafor = JsonParser.parseString(resource("md-length-of-stay.json")).getAsJsonObject();
        base = EvidenceResources.load(MeanDifferenceExampleTest.class.getResource("/data/md-length-of-stay.htaevidence"));
        definition = base.getAnalyses().get(0);
    }

    @Test
    void theEvidenceBaseHoldsTheNumbersMetaforWasGiven() {
        List<String> rows = resource("md-length-of-stay.csv").lines().skip(1).toList();
        assertEquals(rows.size(), base.getStudies().size());
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            Study study = base.getStudies().get(i);
            EffectEstimateResult r = (EffectEstimateResult) study.getResults().get(0);
            assertEquals(f[0], study.getLabel());
            assertEquals(EffectMeasure.MD, r.getMeasure());
            assertEquals(List.of(Double.valueOf(f[1]), Double.valueOf(f[2]), Double.valueOf(f[3]), Double.valueOf(f[4])),
                    List.of(r.getEstimate().getValue(), r.getInterval().getLower().getValue(),
                            r.getInterval().getUpper().getValue(), r.getInterval().getLevel()), study.getLabel());
        }
    }

    @Test
    void theExampleIsRegisteredByItsOwnBundle() {
        AnalysisTypeDescriptor type = AnalysisRegistry.find(TYPE)
                .orElseThrow(() -> new AssertionError("not registered; problems: " + AnalysisRegistry.scan().problems()));
        assertEquals("com.example.hta.analysis", type.contributor());
        assertEquals("Reported mean differences", type.name());
    }

    @Test
    void dersimonianLairdPoolingOfReportedMeanDifferencesMatchesMetafor() {
        assertEquals(AnalysisMethod.DL, definition.getMethod(), "the file's definition asks for DL");
        check(AnalysisMethod.DL, metafor.getAsJsonObject("DL"));
    }

    @Test
    void commonEffectPoolingOfReportedMeanDifferencesMatchesMetafor() {
        check(AnalysisMethod.FE, metafor.getAsJsonObject("FE"));
    }

    private void check(AnalysisMethod method, JsonObject expected) {
        definition.setMethod(method);
        AnalysisResult result = Analyses.run(definition);
        MetaReport report = result.report();
        assertEquals(4, report.k(), "the hazard ratio is not a mean difference");
        assertEquals(List.of("s1-los", "s2-los", "s3-los", "s4-los"), result.input().sources());
        close(expected, "estimate", report.estimate());
        close(expected, "se", report.se());
        close(expected, "ci.lb", report.ciLower());
        close(expected, "ci.ub", report.ciUpper());
        close(expected, "tau2", report.tau2());
        close(expected, "QE", report.q());
        JsonArray weights = expected.getAsJsonArray("weights_pct");
        JsonArray sei = metafor.getAsJsonArray("sei");
        for (int i = 0; i < 4; i++) {
            closeValue(weights.get(i).getAsDouble(), report.studies().get(i).weightPercent(), "weight % of study " + i);
            closeValue(sei.get(i).getAsDouble() * sei.get(i).getAsDouble(), report.studies().get(i).vi(),
                    "vi of study " + i + " (the 90% interval needs its own z)");
        }
    }

    private static void close(JsonObject expected, String field, double actual) {
        closeValue(expected.get(field).getAsDouble(), actual, field);
    }

    private static void closeValue(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), 1e-12);
        assertTrue(Math.abs(actual - expected) <= TOLERANCE * scale,
                what + ": metafor " + expected + ", example " + actual);
    }

    static String resource(String name) {
        try (InputStream in = MeanDifferenceExampleTest.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                fail("missing test resource data/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
