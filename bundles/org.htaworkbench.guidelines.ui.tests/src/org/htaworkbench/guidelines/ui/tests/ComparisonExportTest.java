package org.htaworkbench.guidelines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.guidelines.Body;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.SchemeRegistry;
import org.htaworkbench.guidelines.ui.ComparisonExport;
import org.htaworkbench.model.registry.EvidenceBaseRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CSV and HTML export of the comparison of the default evidence base. */
class ComparisonExportTest {

    private static GuidelineComparison comparison;

    @BeforeAll
    static void compare() throws Exception {
        var base = EvidenceBaseRegistry.defaultEvidenceBase().orElseThrow().load();
        var contributions = SchemeRegistry.fromPlatform();
        comparison = new GuidelineComparator(contributions.schemes()).compare(base, "default",
                contributions.questionsFor(base.getId()));
    }

    /** Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                f.append(ch);
            }
        }
        return rows;
    }

    @Test
    void csvHasTheHeaderAndOneRowPerCellEntry() {
        List<List<String>> rows = parse(ComparisonExport.csv(comparison));
        assertEquals(ComparisonExport.CSV_HEADER, rows.get(0));
        int expected = 0;
        for (Question q : comparison.questions()) {
            for (Body b : comparison.bodies()) {
                expected += Math.max(1, comparison.cell(q.id(), b.key()).size());
            }
        }
        assertEquals(expected, rows.size() - 1);
        for (List<String> r : rows) {
            assertEquals(ComparisonExport.CSV_HEADER.size(), r.size(), r.toString());
        }
    }

    @Test
    void csvKeepsThePublishedGradeAndTheBadge() {
        List<List<String>> rows = parse(ComparisonExport.csv(comparison));
        int id = ComparisonExport.CSV_HEADER.indexOf("position_id");
        List<String> acc = rows.stream().filter(r -> r.get(id).equals("acc-aha-2025-stemi-pump")).findFirst().orElseThrow();
        var p = comparison.position("acc-aha-2025-stemi-pump").orElseThrow();
        assertEquals(p.classGrade().text(), acc.get(ComparisonExport.CSV_HEADER.indexOf("published_class")));
        assertEquals(p.badge(), acc.get(ComparisonExport.CSV_HEADER.indexOf("badge")));
        assertEquals("true", acc.get(ComparisonExport.CSV_HEADER.indexOf("divergent")));
        assertEquals("certainty", acc.get(ComparisonExport.CSV_HEADER.indexOf("divergent_aspects")));
        List<String> nice = rows.stream().filter(r -> r.get(id).equals("nice-ipg10404")).findFirst().orElseThrow();
        assertEquals("not yet published", nice.get(ComparisonExport.CSV_HEADER.indexOf("status")));
        assertEquals("", nice.get(ComparisonExport.CSV_HEADER.indexOf("direction")));
    }

    @Test
    void csvFieldsAreQuotedAndQuotesDoubled() {
        assertEquals("plain", ComparisonExport.csvField("plain"));
        assertEquals("\"a, b\"", ComparisonExport.csvField("a, b"));
        assertEquals("\"say \"\"2a\"\"\"", ComparisonExport.csvField("say \"2a\""));
        assertEquals("\"two\nlines\"", ComparisonExport.csvField("two\nlines"));
        String csv = ComparisonExport.csv(comparison);
        assertTrue(parse(csv).stream().anyMatch(r -> r.stream().anyMatch(f -> f.contains(","))),
                "statements with commas survive the round trip");
    }

    @Test
    void csvFieldsNeutraliseFormulasButKeepNumbersAndSpaces() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", ComparisonExport.csvField("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", ComparisonExport.csvField("+1+2"));
        assertEquals("'@SUM(A1)", ComparisonExport.csvField("@SUM(A1)"));
        assertEquals("'-2+3", ComparisonExport.csvField("-2+3"));
        assertEquals("'\t=1", ComparisonExport.csvField("\t=1"));
        assertEquals("\"'\r=1\"", ComparisonExport.csvField("\r=1"));
        assertEquals("\"  padded  \"", ComparisonExport.csvField("  padded  "));
        assertEquals("-0.25", ComparisonExport.csvField("-0.25"));
        assertEquals("-1.2e-3", ComparisonExport.csvField("-1.2e-3"));
    }

    @Test
    void aFormulaInTheEvidenceBaseIsExportedAsText() throws Exception {
        String hostile = "=HYPERLINK(\"http://x\",\"y\")";
        var base = EvidenceBaseRegistry.defaultEvidenceBase().orElseThrow().load();
        base.getExistingAssessments().forEach(a -> a.setUrl(hostile));
        var contributions = SchemeRegistry.fromPlatform();
        String csv = ComparisonExport.csv(new GuidelineComparator(contributions.schemes()).compare(base, "default",
                contributions.questionsFor(base.getId())));
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), csv);
        int url = ComparisonExport.CSV_HEADER.indexOf("url");
        List<List<String>> rows = parse(csv);
        assertTrue(rows.stream().anyMatch(r -> r.get(url).equals("'" + hostile)), csv);
        for (List<String> row : rows) {
            for (String field : row) {
                assertFalse(!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 && !field.matches("[+-]?[0-9.]+"),
                        "no field starts like a formula: " + field);
            }
        }
    }

    @Test
    void htmlEscapesTextAndShowsMatrixDivergencesAndTimeline() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", ComparisonExport.esc("<b> & \"x\" 'y'"));
        String html = ComparisonExport.html(comparison);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (Body b : comparison.bodies()) {
            assertTrue(html.contains("<th>" + ComparisonExport.esc(b.key()) + "<br>"), b.key());
        }
        assertTrue(html.contains(ComparisonExport.esc("certainty: ACC/AHA 2025 moderate; ESC 2021 low; MSAC April 2024 low")));
        assertTrue(html.contains("class=\"badge for\">for / moderate / low certainty<"));
        assertTrue(html.contains("not yet published"));
        assertTrue(html.contains("Evidence timeline"));
        assertFalse(html.contains("ACC/AHA 2025 moderate; ESC 2021 low; MSAC April 2024 low</h3>") && html.contains("<script"));
    }

    @Test
    void exportRestrictedToSomeBodiesAndQuestions() {
        String csv = ComparisonExport.csv(comparison, List.of("ESC"), List.of(ViewSupport.Q1));
        List<List<String>> rows = parse(csv);
        assertEquals(1 + comparison.cell(ViewSupport.Q1, "ESC").size(), rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(2).equals("ESC")));
    }
}
