package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.htaworkbench.guidelines.Certainty;
import org.htaworkbench.guidelines.Direction;
import org.htaworkbench.guidelines.Grade;
import org.htaworkbench.guidelines.GradingScheme;
import org.htaworkbench.guidelines.GuidelineDataException;
import org.htaworkbench.guidelines.NormalisedPosition;
import org.htaworkbench.guidelines.Normalisation;
import org.htaworkbench.guidelines.PublishedGrade;
import org.htaworkbench.guidelines.SchemeSet;
import org.htaworkbench.guidelines.Strength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mapping table: it loads, its grades are unambiguous, and each published grade maps as documented. */
class MappingTablesTest {

    private static final SchemeSet SCHEMES = TestSupport.builtInSchemes();
    private static final SchemeSet WITH_EXAMPLE = exampleSchemes();

    private static SchemeSet exampleSchemes() {
        try {
            return TestSupport.contributions(TestSupport.CORE, TestSupport.EXAMPLE).schemes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static NormalisedPosition map(String scheme, String cls, String level) {
        GradingScheme s = WITH_EXAMPLE.get(scheme).orElseThrow(() -> new AssertionError("no scheme " + scheme));
        Normalisation n = Normalisation.of(s, new PublishedGrade(Grade.CLASS, cls, null, null),
                new PublishedGrade(Grade.LEVEL, level, null, null));
        assertTrue(n.problems().isEmpty(), () -> n.problems().toString());
        return n.position();
    }

    @Test
    void builtInSchemesAreTheSixOfTheIssue() {
        assertEquals(List.of("esc", "acc-aha", "nice-ipg", "nice-guideline", "msac", "grade"),
                SCHEMES.all().stream().map(GradingScheme::id).toList());
        assertTrue(TestSupport.builtIn().problems().isEmpty(), () -> TestSupport.builtIn().problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "esc", "acc-aha", "nice-ipg", "nice-guideline", "msac", "grade", "iqwig" })
    void everyCodeLabelAndAliasNamesExactlyOneGradeOfItsDimension(String id) {
        GradingScheme s = WITH_EXAMPLE.get(id).orElseThrow();
        assertFalse(s.grades(Grade.CLASS).isEmpty(), id + " has no class grades");
        for (Grade g : s.grades()) {
            for (String text : concat(g.code(), g.label(), g.aliases())) {
                List<Grade> matching = s.grades(g.dimension()).stream().filter(x -> x.matches(text)).toList();
                assertEquals(List.of(g), matching, id + ": '" + text + "' must name only " + g.code());
            }
            assertTrue(g.description() != null && !g.description().isBlank(), id + " " + g.code() + " has no description");
        }
    }

    private static List<String> concat(String code, String label, List<String> aliases) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(code, label));
        all.addAll(aliases);
        return all;
    }

    @ParameterizedTest(name = "{0} ''{1}'' / ''{2}'' -> {3} {4} {5}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // ESC: seed prints class "2a", level "C"
            "esc; 2a; C; FOR; MODERATE; LOW",
            "esc; I; A; FOR; STRONG; HIGH",
            "esc; Class IIb; B; FOR; WEAK; MODERATE",
            "esc; III; A; AGAINST; STRONG; HIGH",
            // ACC/AHA: the seed's wordings
            "acc-aha; moderate; moderate quality of evidence from 1 or more RCTs, meta-analysis of moderate quality RCTs.; FOR; MODERATE; MODERATE",
            "acc-aha; No benefit (moderate); moderate quality of evidence from 1 or more RCTs, meta-analysis of moderate quality RCTs.; AGAINST; MODERATE; MODERATE",
            "acc-aha; moderate; moderate quality of evidence from 1 or more well designed, well executed nonrandomized studies, observational studies or registry studies, or meta-analyses of such studies.; FOR; MODERATE; MODERATE",
            "acc-aha; 1; A; FOR; STRONG; HIGH",
            "acc-aha; 2b; C-LD; FOR; WEAK; LOW",
            "acc-aha; 3: Harm; C-EO; AGAINST; STRONG; VERY_LOW",
            // NICE IPG: one grade sets all three
            "nice-ipg; special arrangements; -; FOR; WEAK; LOW",
            "nice-ipg; Standard arrangements; -; FOR; MODERATE; MODERATE",
            "nice-ipg; only in research; -; RESEARCH_ONLY; UNSPECIFIED; VERY_LOW",
            "nice-ipg; do not use; -; AGAINST; STRONG; UNSPECIFIED",
            // NICE guideline wording
            "nice-guideline; offer; -; FOR; STRONG; UNSPECIFIED",
            "nice-guideline; consider; -; FOR; WEAK; UNSPECIFIED",
            "nice-guideline; do not offer; -; AGAINST; STRONG; UNSPECIFIED",
            // MSAC
            "msac; supports public funding; low certainty; FOR; UNSPECIFIED; LOW",
            "msac; does not support public funding; very low; AGAINST; UNSPECIFIED; VERY_LOW",
            "msac; deferred; -; NO_POSITION; UNSPECIFIED; UNSPECIFIED",
            // GRADE
            "grade; strong recommendation for; high; FOR; STRONG; HIGH",
            "grade; conditional for; low; FOR; WEAK; LOW",
            "grade; conditional against; moderate; AGAINST; WEAK; MODERATE",
            "grade; strong against; very low; AGAINST; STRONG; VERY_LOW",
            "grade; only in research; very low; RESEARCH_ONLY; UNSPECIFIED; VERY_LOW",
            // IQWiG (the example bundle)
            "iqwig; considerable added benefit; hint; FOR; MODERATE; LOW",
            "iqwig; Beträchtlicher Zusatznutzen; Hinweis; FOR; MODERATE; MODERATE",
            "iqwig; major added benefit; proof; FOR; STRONG; HIGH",
            "iqwig; added benefit not proven; -; NO_POSITION; UNSPECIFIED; UNSPECIFIED",
            "iqwig; lesser benefit; indication; AGAINST; UNSPECIFIED; MODERATE" })
    void publishedGradeMapsAsDocumented(String scheme, String cls, String level, Direction d, Strength s, Certainty c) {
        assertEquals(new NormalisedPosition(d, s, c), map(scheme, cls, level));
    }

    @Test
    void unknownWordingIsNotMappedAndSaysSo() {
        GradingScheme esc = SCHEMES.get("esc").orElseThrow();
        Normalisation n = Normalisation.of(esc, new PublishedGrade(Grade.CLASS, "Class IV", null, null),
                new PublishedGrade(Grade.LEVEL, "C", null, null));
        assertEquals(Direction.UNKNOWN, n.position().direction());
        assertEquals(Certainty.LOW, n.position().certainty(), "the level still maps");
        assertEquals(1, n.problems().size());
        assertTrue(n.problems().get(0).contains("'Class IV' is not a class grade"), n.problems().get(0));
        assertNull(n.classGrade());
    }

    @Test
    void stepsNameTheTableRowThatSetEachComponent() {
        GradingScheme esc = SCHEMES.get("esc").orElseThrow();
        Normalisation n = Normalisation.of(esc, new PublishedGrade(Grade.CLASS, "2a", null, null),
                new PublishedGrade(Grade.LEVEL, "C", null, null));
        assertEquals("IIa", n.classGrade().code());
        assertEquals("C", n.levelGrade().code());
        assertTrue(n.step(org.htaworkbench.guidelines.Aspect.CERTAINTY).orElseThrow().from().source()
                .matches(".*data/schemes/esc\\.csv:\\d+"), n.steps().toString());
        assertEquals("for / moderate / low certainty", n.position().badge());
        assertEquals("for", n.position().styleKey());
    }

    @Test
    void matchingIgnoresCaseQuotesSpacesAndFinalFullStop() {
        Grade g = SCHEMES.get("acc-aha").orElseThrow().find(Grade.CLASS, "  \u2018No  Benefit (Moderate).\u2019 ").orElseThrow();
        assertEquals("3: No Benefit", g.code());
        assertEquals("no benefit (moderate)", Grade.normalise("'No benefit (moderate).'"));
    }

    // ---- overrides ----

    @Test
    void overrideReplacesARowAndIsMarked() throws GuidelineDataException {
        SchemeSet o = SCHEMES.withOverrides(new StringReader("""
                # read non-randomised evidence as GRADE does
                scheme,dimension,code,label,aliases,direction,strength,certainty,description
                acc-aha,level,B-NR,,,,,LOW,
                """), "override.csv");
        NormalisedPosition p = Normalisation.of(o.get("acc-aha").orElseThrow(), new PublishedGrade(Grade.CLASS, "moderate", null, null),
                new PublishedGrade(Grade.LEVEL, "B-NR", null, null)).position();
        assertEquals(Certainty.LOW, p.certainty());
        Grade row = o.get("acc-aha").orElseThrow().find(Grade.LEVEL, "B-NR").orElseThrow();
        assertTrue(row.overridden());
        assertEquals("override.csv:3", row.source());
        assertEquals("LOE B-NR (nonrandomized)", row.label(), "blank label keeps the built-in label");
        // the built-in set is unchanged
        assertEquals(Certainty.MODERATE, SCHEMES.get("acc-aha").orElseThrow().find(Grade.LEVEL, "B-NR").orElseThrow().certainty());
    }

    @Test
    void overrideAddsAGradeOrAnAlias() throws GuidelineDataException {
        SchemeSet o = SCHEMES.withOverrides(new StringReader("""
                scheme,dimension,code,label,aliases,direction,strength,certainty,description
                msac,class,supports public funding,,clinical need for the intervention,FOR,UNSPECIFIED,,
                nice-guideline,class,Recommendation 1.7,CG187 recommendation 1.7,,FOR,UNSPECIFIED,UNSPECIFIED,user reading
                """), "o.csv");
        assertTrue(o.get("msac").orElseThrow().find(Grade.CLASS, "Clinical need for the intervention").isPresent());
        assertTrue(o.get("msac").orElseThrow().find(Grade.CLASS, "supported").isPresent(), "built-in aliases stay");
        assertEquals(Direction.FOR, o.get("nice-guideline").orElseThrow().find(Grade.CLASS, "recommendation 1.7").orElseThrow().direction());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "nosuch,class,x,,,FOR,,,;unknown scheme 'nosuch'",
            "esc,grade,x,,,FOR,,,;o.csv:2: dimension must be 'class' or 'level'",
            "esc,class,x,,,SIDEWAYS,,,;o.csv:2",
            "esc,class,x,,,,,,;sets none of direction",
            "esc,class,x,,FOR;o.csv:2: 5 fields, expected 9" })
    void malformedOverrideIsRejectedWithFileAndLine(String row, String message) {
        String text = "scheme,dimension,code,label,aliases,direction,strength,certainty,description\n" + row + "\n";
        GuidelineDataException e = assertThrows(GuidelineDataException.class, () -> SCHEMES.withOverrides(new StringReader(text), "o.csv"));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "code,dimension;header must be",
            "dimension,code,label,aliases,direction,strength,certainty,description\\nclass,I,,,FOR,,,\\nclass,i,,,AGAINST,,,;repeats",
            "dimension,code,label,aliases,direction,strength,certainty,description\\nclass,\"I,,,FOR,,,;unterminated",
            "# only a comment;no header line",
            "dimension,code,label,aliases,direction,strength,certainty,description;no grades" })
    void malformedTableIsRejected(String text, String message) {
        GuidelineDataException e = assertThrows(GuidelineDataException.class,
                () -> SchemeSet.readMappingTable(new StringReader(text.replace("\\n", "\n")), "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
