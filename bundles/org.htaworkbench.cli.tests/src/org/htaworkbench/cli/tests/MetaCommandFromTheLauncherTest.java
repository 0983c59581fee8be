package org.htaworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.htaworkbench.cli.Command;
import org.htaworkbench.testdata.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./workbench meta} reaches the analysis bundle's command through the commands extension point,
 * and reproduces metafor's dat.bcg REML fit (RR, metafor 3.8-1: estimate -0.7145323421581397,
 * tau2 0.3132432581364859; shared/reference/bcg.json, block rma.RR.REML_tight).
 */
class MetaCommandFromTheLauncherTest {

    @Test
    void metaIsListedInHelp() {
        assertTrue(CliRunner.run("help").out().contains("meta"));
    }

    @Test
    void bcgRemlRiskRatioEqualsMetafor(@TempDir Path dir) throws IOException {
        Path csv = TestData.copy(TestData.BCG_CSV, dir);
        CliRunner result = CliRunner.run("meta", csv.toString(), "--measure", "RR", "--method", "REML", "--format", "json");
        assertEquals(Command.OK, result.exitCode(), result.err());
        JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals(13, json.get("k").getAsInt());
        assertEquals(-0.7145323421581397, json.get("estimate").getAsDouble(), 1e-6);
        assertEquals(0.3132432581364859, json.get("tau2").getAsDouble(), 1e-6);
    }
}
