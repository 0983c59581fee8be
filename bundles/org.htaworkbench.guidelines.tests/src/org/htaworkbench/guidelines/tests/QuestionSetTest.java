package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.GuidelineDataException;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Question data: the contributed Impella file, malformed files, and references the evidence base does not have. */
class QuestionSetTest {

    @Test
    void contributedImpellaQuestionsHaveTheThreeQuestionsOfTheIssueAndFourBodies() {
        QuestionSet q = TestSupport.builtIn().questionsFor("impella-cardiogenic-shock");
        assertEquals(List.of("STEMI with severe or refractory cardiogenic shock — microaxial flow pump",
                "AMI with cardiogenic shock — routine IABP or VA-ECMO", "Cardiogenic shock — short-term MCS as bridge"),
                q.questions().stream().map(x -> x.title()).toList());
        assertEquals(List.of("NICE", "ESC", "ACC/AHA", "MSAC"), q.bodies().stream().map(b -> b.key()).toList());
        assertEquals(0, TestSupport.builtIn().questionsFor("another-base").positions().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"questions\": [{\"id\": \"q\"}]}|needs an id and a title",
            "{\"questions\": [{\"id\": \"q\", \"title\": \"Q\"}, {\"id\": \"q\", \"title\": \"R\"}]}|repeated",
            "{\"questions\": [{\"id\": \"q\", \"title\": \"Q\"}], \"positions\": [{\"id\": \"p\", \"question\": \"x\", \"body\": \"B\", \"relatedGuidance\": \"IPG1\"}]}|unknown question 'x'",
            "{\"questions\": [{\"id\": \"q\", \"title\": \"Q\"}], \"positions\": [{\"id\": \"p\", \"question\": \"q\", \"body\": \"B\"}]}|exactly one of",
            "{\"questions\": [{\"id\": \"q\", \"title\": \"Q\"}], \"positions\": [{\"id\": \"p\", \"question\": \"q\", \"body\": \"B\", \"relatedGuidance\": \"I\", \"relation\": \"SIDEWAYS\"}]}|SIDEWAYS",
            "{\"questions\": [{\"id\": \"q\", \"title\": \"Q\"}], \"positions\": [{\"id\": \"p\", \"question\": \"q\", \"body\": \"B\", \"relatedGuidance\": \"I\", \"grades\": {\"colour\": {\"text\": \"x\"}}}]}|only be 'class' and 'level'",
            "{\"questions\": [ }|not a valid question file" })
    void malformedQuestionFileIsRejected(String json, String message) {
        GuidelineDataException e = assertThrows(GuidelineDataException.class, () -> TestSupport.questions(json));
        assertTrue(e.getMessage().startsWith("test.json"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void referencesTheEvidenceBaseLacksAreReportedAndShownUnresolved() throws GuidelineDataException {
        GuidelineComparison c = new GuidelineComparator(TestSupport.builtInSchemes()).compare(SampleEvidence.create(), "s",
                TestSupport.questions("""
                        {"evidenceBase": "other-base", "questions": [{"id": "q", "title": "Q"}],
                         "positions": [
                           {"id": "a", "question": "q", "body": "X", "relatedGuidance": "IPG999"},
                           {"id": "b", "question": "q", "body": "ESC", "assessment": {"body": "European", "year": 2016, "position": 0}},
                           {"id": "c", "question": "q", "body": "ESC", "assessment": {"body": "European", "position": 3}},
                           {"id": "d", "question": "q", "body": "ESC", "assessment": {"body": "European", "position": 0, "statementStartsWith": "Long-term"}}]}
                        """));
        assertEquals(5, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).contains("is for evidence base 'other-base'"));
        assertTrue(c.problems().get(1).contains("IPG999 is not in the evidence base"));
        assertTrue(c.problems().get(2).contains("0 existing assessments match European 2016"));
        assertTrue(c.problems().get(3).contains("has 1 positions, not 4"));
        assertTrue(c.problems().get(4).contains("does not start with 'Long-term'"));
        for (String id : List.of("a", "b", "c", "d")) {
            assertEquals(PositionStatus.UNRESOLVED, c.position(id).orElseThrow().status(), id);
        }
    }
}
