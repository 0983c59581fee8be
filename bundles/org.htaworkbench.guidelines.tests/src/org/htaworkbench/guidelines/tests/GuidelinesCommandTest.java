package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.htaworkbench.cli.Command;
import org.htaworkbench.guidelines.internal.GuidelinesCommand;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code ./workbench guidelines}: output, formats, options and exit codes (the Command class, run directly). */
class GuidelinesCommandTest {

    private static Path dir;
    private static Path sample;
    private static final GuidelinesCommand COMMAND = new GuidelinesCommand(TestSupport::builtIn);

    @BeforeAll
    static void writeSample() throws IOException {
        dir = Files.createTempDirectory("guidelines-cmd");
        sample = dir.resolve("sample.htaevidence");
        EvidenceResources.save(SampleEvidence.create(), sample);
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void textShowsPublishedBesideNormalisedAndDivergencesWithExplanations() {
        TestSupport.Run r = TestSupport.run(COMMAND, sample.toString());
        assertEquals(Command.OK, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Q1 STEMI with severe or refractory cardiogenic shock — microaxial flow pump"), out);
        assertTrue(out.contains("Published: class '2a' (Conflicting evidence"), out);
        assertTrue(out.contains("Normalised: for / moderate / low certainty   [ESC class of recommendation and level of evidence]"), out);
        assertTrue(out.contains("Normalised: for / moderate / moderate certainty   [ACC/AHA"), out);
        assertTrue(out.contains("Not yet published: NICE interventional procedures guidance"), out);
        assertTrue(out.contains("* certainty: ACC/AHA 2025 moderate; ESC 2021 low; MSAC April 2024 low"), out);
        assertTrue(out.contains("* direction: ACC/AHA 2025 against; NICE IPG482 2014 for; ESC 2021 for"), out);
        assertTrue(out.contains("ESC 2021 cannot rest on it"), out);
        assertTrue(out.contains("Evidence timeline"), out);
        assertFalse(out.contains("Mapping tables"), "tables only with --tables");
        assertFalse(out.contains("Problems matching"), out);
    }

    @Test
    void textPrintsAStatementWithLineBreaksOnOneLine() throws IOException {
        EvidenceBase base = SampleEvidence.create();
        // the ESC statement keeps its start, by which the question data find the position
        base.getExistingAssessments().get(0).getPositions().get(0)
                .setStatement(SampleEvidence.ESC_STATEMENT + "\nFAKE LINE\u2028FAKE TOO\r\tend");
        Study moller = base.getStudies().get(0);
        moller.setFirstAuthor("Møller J\nFAKE AUTHOR");
        moller.setLabel("Møller J\nFAKE AUTHOR, 2024");
        Path file = dir.resolve("hostile.htaevidence");
        EvidenceResources.save(base, file);
        TestSupport.Run r = TestSupport.run(COMMAND, file.toString());
        assertEquals(Command.OK, r.code(), r.err());
        for (String line : r.out().split("\\R", -1)) {
            assertFalse(line.strip().startsWith("FAKE") || line.strip().startsWith("end"),
                    "a value started a line of its own: '" + line + "' in\n" + r.out());
        }
        assertTrue(r.out().contains("      Statement: " + SampleEvidence.ESC_STATEMENT + "\\nFAKE LINE\\u2028FAKE TOO\\r\\tend\n"),
                r.out());
    }

    @Test
    void jsonHoldsTheMatrixDivergencesAndTimeline() {
        TestSupport.Run r = TestSupport.run(COMMAND, sample.toString(), "--format", "json");
        assertEquals(Command.OK, r.code(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("impella-cardiogenic-shock", json.get("evidence_base").getAsString());
        JsonArray questions = json.getAsJsonArray("questions");
        JsonObject q1 = questions.get(0).getAsJsonObject();
        assertEquals("stemi-cs-microaxial-pump", q1.get("id").getAsString());
        JsonObject esc = find(q1.getAsJsonArray("positions"), "esc-2021-short-term-mcs-q1");
        assertEquals("2a", esc.getAsJsonObject("published").getAsJsonObject("class").get("text").getAsString());
        assertEquals("LOW", esc.getAsJsonObject("normalised").get("certainty").getAsString());
        assertTrue(esc.get("divergent").getAsBoolean());
        assertEquals(List.of("moller2024", "thiele2024", "sassani2025", "panuccio2022"),
                strings(esc.getAsJsonObject("key_studies").getAsJsonArray("published_after")));
        JsonObject div = q1.getAsJsonArray("divergences").get(0).getAsJsonObject();
        assertEquals("certainty", div.get("aspect").getAsString());
        assertEquals("evidence_timeline", div.getAsJsonArray("explanations").get(0).getAsJsonObject().get("kind").getAsString());
        JsonObject nice = find(q1.getAsJsonArray("positions"), "nice-ipg10404");
        assertEquals("NOT_YET_PUBLISHED", nice.get("status").getAsString());
        assertTrue(json.getAsJsonObject("timeline").getAsJsonArray("events").size() > 4);
        assertFalse(json.has("mapping_tables"));
    }

    @Test
    void tablesOptionPrintsEveryMappingTable() {
        TestSupport.Run r = TestSupport.run(COMMAND, sample.toString(), "--tables");
        assertEquals(Command.OK, r.code(), r.err());
        for (String id : List.of("esc", "acc-aha", "nice-ipg", "nice-guideline", "msac", "grade")) {
            assertTrue(r.out().contains("\n  " + id + " — "), id);
        }
        assertTrue(r.out().matches("(?s).*level\\s+B-NR\\s+-\\s+-\\s+MODERATE.*"), r.out());
        JsonObject json = JsonParser.parseString(TestSupport.run(COMMAND, sample.toString(), "--format=json", "--tables").out()).getAsJsonObject();
        assertEquals(6, json.getAsJsonArray("mapping_tables").size());
    }

    @Test
    void mappingsOverrideChangesTheNormalisedPositionAndTheDivergence() throws IOException {
        Path o = dir.resolve("override.csv");
        Files.writeString(o, """
                scheme,dimension,code,label,aliases,direction,strength,certainty,description
                esc,level,C,,,,,MODERATE,user reads ESC C as moderate
                msac,level,low,,,,,MODERATE,
                """, StandardCharsets.UTF_8);
        TestSupport.Run r = TestSupport.run(COMMAND, sample.toString(), "--mappings", o.toString());
        assertEquals(Command.OK, r.code(), r.err());
        assertTrue(r.out().contains("for / moderate / moderate certainty   [ESC class of recommendation and level of evidence, with user overrides]"), r.out());
        assertFalse(r.out().contains("* certainty: ACC/AHA 2025 moderate; ESC 2021 low"), r.out());
        assertTrue(r.out().contains("Agree on certainty: moderate"), r.out());
    }

    @Test
    void questionsOptionReplacesTheContributedQuestionData() throws IOException {
        Path q = dir.resolve("q.json");
        Files.writeString(q, """
                {"questions": [{"id": "only", "title": "Only ESC"}],
                 "positions": [{"id": "e", "question": "only", "body": "ESC", "assessment": {"body": "European", "position": 0}}]}
                """, StandardCharsets.UTF_8);
        TestSupport.Run r = TestSupport.run(COMMAND, sample.toString(), "--questions", q.toString());
        assertEquals(Command.OK, r.code(), r.err());
        assertTrue(r.out().contains("Q1 Only ESC"), r.out());
        assertTrue(r.out().contains("Q2 Positions not assigned to a question"), r.out());
        assertFalse(r.out().contains("microaxial flow pump\n"), r.out());
    }

    @Test
    void wrongUsageExitsOne() {
        TestSupport.Run r = TestSupport.run(COMMAND, sample.toString(), "--format", "xml");
        assertEquals(Command.USAGE, r.code());
        assertTrue(r.err().contains("--format must be one of text, json"), r.err());
        assertEquals(Command.USAGE, TestSupport.run(COMMAND, "a", "b").code());
        assertEquals(Command.USAGE, TestSupport.run(COMMAND, "--colour").code());
        assertEquals("", TestSupport.run(COMMAND, "--colour").out());
    }

    @Test
    void unreadableFilesExitTwo() throws IOException {
        TestSupport.Run missing = TestSupport.run(COMMAND, dir.resolve("missing.htaevidence").toString());
        assertEquals(Command.UNREADABLE_INPUT, missing.code());
        assertTrue(missing.err().contains("missing.htaevidence"), missing.err());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "scheme,dimension\n", StandardCharsets.UTF_8);
        TestSupport.Run badMappings = TestSupport.run(COMMAND, sample.toString(), "--mappings", bad.toString());
        assertEquals(Command.UNREADABLE_INPUT, badMappings.code());
        assertTrue(badMappings.err().contains("bad.csv:1: header must be"), badMappings.err());
        TestSupport.Run badQuestions = TestSupport.run(COMMAND, sample.toString(), "--questions", dir.resolve("none.json").toString());
        assertEquals(Command.UNREADABLE_INPUT, badQuestions.code());
        assertTrue(badQuestions.err().contains("none.json: cannot read question file"), badQuestions.err());
    }

    @Test
    void nameSummaryAndUsage() {
        assertEquals("guidelines", COMMAND.name());
        assertTrue(COMMAND.usage().startsWith("Usage: ./workbench guidelines [FILE] [--format text|json]"));
        assertEquals("guidelines", new GuidelinesCommand().name(), "the extension's no-argument constructor");
    }

    private static JsonObject find(JsonArray positions, String id) {
        for (var e : positions) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no position " + id);
    }

    private static List<String> strings(JsonArray a) {
        return a.asList().stream().map(e -> e.getAsString()).toList();
    }
}
