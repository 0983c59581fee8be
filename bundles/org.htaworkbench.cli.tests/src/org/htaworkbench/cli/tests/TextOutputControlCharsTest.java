package org.htaworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.htaworkbench.cli.Command;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.OutcomeKind;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyDesign;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.model.values.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Labels with line breaks and other control characters must not add lines to the text output of {@code evidence}
 * and {@code validate}: each value is printed on its line with the controls escaped ({@code \n} as backslash, n).
 */
class TextOutputControlCharsTest {

    private static final EvidenceFactory F = EvidenceFactory.eINSTANCE;
    private static final String LABEL = "A\nFAKE LINE";
    private static final String REVIEW_LABEL = "Review\nFAKE LINE";
    private static final String TITLE = "Hostile base\u2028FAKE TITLE";

    /**
     * A key study labelled "A\nFAKE LINE" with a result in a category, and a key review labelled "Review\nFAKE LINE"
     * that includes it (so that the label reaches the findings and the review-overlap matrix).
     */
    private static Path write(Path dir) throws Exception {
        EvidenceBase base = F.createEvidenceBase();
        base.setId("hostile");
        base.setTitle(TITLE);
        OutcomeCategory mortality = F.createOutcomeCategory();
        mortality.setId("cat-mortality");
        mortality.setName("Mortality");
        mortality.setKind(OutcomeKind.EFFICACY);
        base.getOutcomeCategories().add(mortality);
        OutcomeDefinition death = F.createOutcomeDefinition();
        death.setId("death");
        death.setName("Death");
        death.setKind(OutcomeKind.EFFICACY);
        death.setCategory(mortality);
        base.getOutcomes().add(death);

        Study study = F.createStudy();
        study.setId("a2020");
        study.setLabel(LABEL);
        study.setYear(2020);
        study.setDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
        study.setRole(StudyRole.KEY_EVIDENCE);
        study.setStudyNumber(1);
        Arm pump = F.createArm();
        pump.setId("a2020-pump");
        pump.setLabel("Pump");
        pump.setKind(ArmKind.INTERVENTION);
        study.getArms().add(pump);
        ArmCountResult deaths = F.createArmCountResult();
        deaths.setId("a2020-death");
        deaths.setOutcome(death);
        deaths.setArm(pump);
        deaths.setEvents(Reported.of("12"));
        deaths.setTotal(Reported.of("10"));
        study.getResults().add(deaths);
        base.getStudies().add(study);

        Study review = F.createStudy();
        review.setId("review2021");
        review.setLabel(REVIEW_LABEL);
        review.setYear(2021);
        review.setDesign(StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS);
        review.setRole(StudyRole.KEY_EVIDENCE);
        review.setStudyNumber(2);
        review.getIncludedStudies().add(study);
        base.getStudies().add(review);

        Path file = dir.resolve("hostile.htaevidence");
        EvidenceResources.save(base, file);
        assertEquals(LABEL, EvidenceResources.load(file).getStudies().get(0).getLabel(),
                "precondition: the line break survives saving and loading");
        return file;
    }

    private static CliRunner ok(String... args) {
        CliRunner result = CliRunner.run(args);
        assertEquals(Command.OK, result.exitCode(), result.err());
        return result;
    }

    private static void assertNoInjectedLine(String out) {
        for (String line : out.split("\\R", -1)) {
            assertTrue(!line.startsWith("FAKE"), "a label started a line of its own: '" + line + "' in\n" + out);
        }
    }

    @Test
    void evidenceTextPrintsALabelWithALineBreakOnOneLine(@TempDir Path dir) throws Exception {
        String out = ok("evidence", write(dir).toString()).out();
        assertNoInjectedLine(out);
        List<String> withLabel = out.lines().filter(l -> l.contains("FAKE LINE")).toList();
        assertEquals(List.of("      A\\nFAKE LINE"), withLabel, out);
        assertTrue(out.startsWith("Hostile base\\u2028FAKE TITLE\n"), out);
    }

    @Test
    void evidenceJsonKeepsTheLabelExactlyAndEscapesItForJson(@TempDir Path dir) throws Exception {
        String out = ok("evidence", write(dir).toString(), "--format", "json").out();
        assertNoInjectedLine(out);
        assertTrue(out.contains("\"A\\nFAKE LINE\"") && out.contains("\\u2028"), out);
        JsonObject json = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(TITLE, json.get("title").getAsString());
        JsonObject mortality = json.getAsJsonArray("outcome_coverage").get(0).getAsJsonObject();
        assertEquals(LABEL, mortality.getAsJsonArray("key_studies").get(0).getAsString());
    }

    @Test
    void validateTextPrintsFindingsAndTheOverlapMatrixOneLineEach(@TempDir Path dir) throws Exception {
        String out = ok("validate", write(dir).toString()).out();
        assertNoInjectedLine(out);
        assertTrue(out.contains("A\\nFAKE 2020"), out);
        List<String> lines = out.lines().toList();
        int overlap = lines.indexOf(lines.stream().filter(l -> l.startsWith("Review overlap: ")).findFirst().orElseThrow());
        String study = "A\\nFAKE 2020";
        String review = "Review\\nFAKE 2021";
        assertEquals(List.of(" ".repeat(study.length()) + " | " + review, study + " | x" + " ".repeat(review.length() - 1)),
                lines.subList(overlap + 1, lines.size()), "matrix: a header line and one line per primary study");
    }

    @Test
    void validateTextOfTheDefaultBaseHoldsEveryFindingVerbatim() {
        String text = ok("validate").out();
        JsonObject json = JsonParser.parseString(ok("validate", "--format", "json").out()).getAsJsonObject();
        for (JsonElement e : json.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            String line = f.get("severity").getAsString() + " [" + f.get("check").getAsString() + "] "
                    + f.get("message").getAsString() + "\n";
            assertTrue(text.contains(line), "printable findings are printed unchanged: " + line);
        }
    }
}
