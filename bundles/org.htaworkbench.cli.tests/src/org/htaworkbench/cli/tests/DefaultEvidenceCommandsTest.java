package org.htaworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The evidence and validate commands on the default evidence base (the NICE Impella overview). */
class DefaultEvidenceCommandsTest {

    private static JsonObject json(CliRunner result) {
        assertEquals(Command.OK, result.exitCode(), result.err());
        return JsonParser.parseString(result.out()).getAsJsonObject();
    }

    @Test
    void evidenceSummaryCountsTheTenKeyStudiesAndTheSeedsOwnOutcomeCounts() {
        JsonObject summary = json(CliRunner.run("evidence", "--format", "json"));
        assertEquals(10, summary.getAsJsonObject("studies_by_role").get("KEY_EVIDENCE").getAsInt());
        assertEquals(1, summary.getAsJsonObject("key_studies_by_design").get("RANDOMISED_CONTROLLED_TRIAL").getAsInt());
        JsonObject mortality = null;
        for (JsonElement row : summary.getAsJsonArray("outcome_coverage")) {
            if (row.getAsJsonObject().get("category").getAsString().equals("In-hospital or 30-day mortality")) {
                mortality = row.getAsJsonObject();
            }
        }
        assertTrue(mortality != null, "mortality category present");
        // The seed: "In-hospital or 30-day mortality was reported in 9 studies".
        assertEquals(9, mortality.get("stated_count").getAsInt());
        assertEquals(9, mortality.get("key_study_count").getAsInt());
    }

    @Test
    void validateReportsThatMollersLimbIschaemiaRrIsReallyAnOddsRatio() {
        JsonObject report = json(CliRunner.run("validate", "--format", "json"));
        JsonArray findings = report.getAsJsonArray("findings");
        boolean found = false;
        for (JsonElement f : findings) {
            String message = f.getAsJsonObject().get("message").getAsString();
            if (message.contains("Møller") && message.contains("5.15") && message.contains("OR")) {
                found = true;
            }
        }
        assertTrue(found, "finding on Møller 2024 limb ischaemia RR 5.15 (an odds ratio) expected in " + findings);
        double cca = report.getAsJsonObject("review_overlap").get("cca").getAsDouble();
        assertTrue(cca > 0 && cca < 1, "CCA is a fraction: " + cca);
    }

    @Test
    void validateTextNamesCountsAndOverlap() {
        CliRunner result = CliRunner.run("validate");
        assertEquals(Command.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("findings ("), result.out());
        assertTrue(result.out().contains("Review overlap:"), result.out());
    }

    @Test
    void validateOfAMissingFileExitsWith2() {
        CliRunner result = CliRunner.run("validate", "/nonexistent/evidence.htaevidence");
        assertEquals(Command.UNREADABLE_INPUT, result.exitCode());
        assertTrue(result.err().contains("/nonexistent/evidence.htaevidence"), result.err());
    }
}
