package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the stored verbatim texts against the seed document itself: an unchanged copy of
 * shared/seed/000_40de2706bbf25dc3.txt committed as this bundle's fixture {@value #SEED}.
 * The seed's table cells are re-assembled here independently of the encoder: page headers dropped, rows split
 * by page breaks joined, HTML markup and LaTeX math delimiters removed ($I^2=89.8\%$ becomes I²=89.8%).
 */
class SeedTextTest {

    static final String SEED = "/data/nice-ip-overview-impella-cardiogenic-shock.txt";
    static final String HEADER = "Interventional procedure overview";
    static List<String> lines;

    @BeforeAll
    static void readSeed() throws IOException {
        try (var in = SeedTextTest.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IOException("test fixture " + SEED + " missing from the bundle (build.properties bin.includes)");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static String clean(String s) {
        s = s.replaceAll("</?(p|ul|li|i|b|span)( [^>]*)?>", " ");
        s = s.replace("$", "").replace("\\%", "%").replace("I^2", "I²").replace("I ²", "I²").replace("^2", "²");
        return s.replaceAll("\\s+", " ").strip();
    }

    static String norm(String s) {
        return clean(s).replaceAll(" ?([=<>]) ?", "$1");
    }

    static int find(String prefix, int from) {
        for (int i = from; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        throw new AssertionError("seed has no line starting " + prefix);
    }

    /** Rows of a tab-separated table; a row starts where startsRow matches, other lines continue the cells. */
    static List<String[]> table(String start, String end, int ncols, Pattern startsRow, String... headers) {
        int s = find(start, 0), e = end == null ? lines.size() : find(end, s + 1);
        List<String[]> rows = new ArrayList<>();
        outer:
        for (String l : lines.subList(s + 1, e)) {
            if (l.isBlank() || l.startsWith(HEADER) || l.startsWith("--")) continue;
            for (String h : headers) if (l.startsWith(h)) continue outer;
            String[] cells = l.split("\t", -1);
            if (startsRow.matcher(l).find() || rows.isEmpty()) {
                String[] r = new String[ncols];
                java.util.Arrays.fill(r, "");
                for (int i = 0; i < Math.min(ncols, cells.length); i++) r[i] = cells[i];
                rows.add(r);
            } else {
                String[] r = rows.get(rows.size() - 1);
                for (int i = 0; i < Math.min(ncols, cells.length); i++) if (!cells[i].isBlank()) r[i] = r[i].isEmpty() ? cells[i] : r[i] + " " + cells[i];
            }
        }
        for (String[] r : rows) for (int i = 0; i < ncols; i++) r[i] = clean(r[i]);
        return rows;
    }

    static final Pattern AUTHOR_ROW = Pattern.compile("^(<p>)?(?!et al)[A-Z][^\\t]{0,160}?\\((19|20)\\d\\d\\)|^(Nakamura M, Imamura T, Ueno H|Wernly B, Karami M, Engstrom AE et al\\.)\\t");

    @Test
    void table3TextsAreVerbatim() {
        List<String[]> t3 = table("Table 3 Study outcomes", "Procedure technique", 3, Pattern.compile("^[^\\t]+\\t"), "First author, date\t");
        assertEquals(10, t3.size());
        int checked = 0;
        for (Study s : Seed.byRole(StudyRole.KEY_EVIDENCE)) {
            String row = norm(t3.get(s.getStudyNumber() - 1)[1] + " " + t3.get(s.getStudyNumber() - 1)[2]);
            for (Result r : s.getResults()) {
                if (r.getSource() != SourceLocation.TABLE_3) continue;
                assertNotNull(r.getText(), r.getId());
                assertTrue(row.contains(norm(r.getText())), () -> r.getId() + " text not in Table 3 row: " + r.getText());
                checked++;
            }
        }
        assertEquals(319, checked);
    }

    @Test
    void table2CellsAreVerbatim() {
        List<String[]> t2 = table("Table 2 Study details", "Table 3 Study outcomes", 7, Pattern.compile("^\\d+\\t"), "Study no.\t");
        assertEquals(10, t2.size());
        for (Study s : Seed.byRole(StudyRole.KEY_EVIDENCE)) {
            String[] r = t2.get(s.getStudyNumber() - 1);
            assertEquals(String.valueOf(s.getStudyNumber()), r[0]);
            assertTrue(r[1].startsWith(s.getLabel().replace("Higuchi R", "Higuchi R")), s.getLabel());
            assertEquals(r[2], s.getPopulationText(), s.getLabel());
            assertEquals(r[3], s.getDesignText(), s.getLabel());
            assertEquals(r[5], s.getInterventionText(), s.getLabel());
            assertEquals(r[6], s.getFollowUpText(), s.getLabel());
            for (String c : s.getInclusionCriteria()) assertTrue(norm(r[4]).contains(norm(c)), s.getLabel() + " inclusion " + c);
            // "non-" hyphenated across a page break in Thiele's cell is read as "non-myocardial"
            String cells = norm(r[4] + " " + r[3] + " " + r[5]).replace("non- ", "non-");
            for (String c : s.getExclusionCriteria()) assertTrue(cells.contains(norm(c)), s.getLabel() + " exclusion " + c);
        }
    }

    @Test
    void table5aAnd5bRowsAreVerbatim() {
        List<String[]> a = table("Table 5a additional studies", "Table 5b additional studies", 4, AUTHOR_ROW, "Study\tNumber of people");
        List<String[]> b = table("Table 5b additional studies", null, 4, AUTHOR_ROW, "Study\tNumber of people");
        assertEquals(20, a.size());
        assertEquals(119, b.size());
        check(a, Seed.byRole(StudyRole.ADVERSE_EVENT_CASE_REPORT));
        check(b, Seed.byRole(StudyRole.OTHER_RELEVANT));
    }

    static void check(List<String[]> rows, List<Study> studies) {
        assertEquals(rows.size(), studies.size());
        for (int i = 0; i < rows.size(); i++) {
            Study s = studies.get(i);
            String[] r = rows.get(i);
            assertEquals(r[0], s.getCitation().getText());
            assertEquals(r[1], s.getParticipantsText(), s.getLabel());
            assertEquals(r[2], s.getKeyFindingsText(), s.getLabel());
            assertEquals(r[3], s.getReasonNotIncluded(), s.getLabel());
        }
    }

    @Test
    void summariesSectionsAndSearchQueriesOccurInSeed() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) if (!l.startsWith(HEADER)) sb.append(l).append('\n');
        String seed = norm(sb.toString());
        int n = 0;
        for (OutcomeCategory c : Seed.base().getOutcomeCategories()) {
            if (c.getReportedStudyCountText() != null) assertTrue(seed.contains(norm(c.getReportedStudyCountText())), c.getName());
            for (SummaryStatement st : c.getSummaryStatements()) { assertTrue(seed.contains(norm(st.getText())), st.getText()); n++; }
        }
        assertEquals(37, n);
        for (ValidityNote v : Seed.base().getValidityNotes()) assertTrue(seed.contains(norm(v.getText())), v.getText());
        for (SearchStrategy s : Seed.base().getEvidenceProcess().getSearchStrategies()) {
            assertTrue(seed.contains(norm(s.getTitle())), s.getTitle());
            for (SearchLine l : s.getLines()) assertTrue(seed.contains(norm(l.getQuery())), l.getQuery());
        }
        for (ExistingAssessment e : Seed.base().getExistingAssessments())
            for (GuidelinePosition p : e.getPositions()) assertTrue(seed.contains(norm(p.getStatement())), p.getStatement());
        for (TextSection t : Seed.base().getAssessment().getSections()) {
            for (String para : t.getText().split("\n")) assertTrue(seed.contains(norm(para.replaceAll("\\[([^\\]]*)\\]\\(#\\)", "[$1](#)"))), t.getHeading() + ": " + para);
        }
    }
}
