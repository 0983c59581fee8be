package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.guidelines.Availability;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.KeyStudy;
import org.htaworkbench.guidelines.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evidence timeline: which key studies were published before each position's date. */
class TimelineTest {

    private static GuidelineComparison compare() {
        return new GuidelineComparator(TestSupport.builtInSchemes()).compare(SampleEvidence.create(), "sample",
                TestSupport.builtIn().questionsFor("impella-cardiogenic-shock"));
    }

    private static List<String> ids(List<KeyStudy> studies) {
        return studies.stream().map(KeyStudy::id).toList();
    }

    @ParameterizedTest
    @CsvSource({ "2023, 2024, 0, PUBLISHED_BEFORE", "2024, 2024, 4, SAME_YEAR", "2024, 2021, 0, PUBLISHED_AFTER",
            "2025, 2024, 4, PUBLISHED_AFTER", "2022, 2025, 0, PUBLISHED_BEFORE" })
    void availabilityComparesYearsAndOnlyOrdersASameYearWithBothMonths(int study, int year, int month, Availability expected) {
        assertEquals(expected, Availability.of(study, new PartialDate(year, month)));
    }

    @Test
    void missingDateIsUnknown() {
        assertEquals(Availability.UNKNOWN, Availability.of(null, PartialDate.ofYear(2024)));
        assertEquals(Availability.UNKNOWN, Availability.of(2024, null));
    }

    @Test
    void partialDatesParseAndOrder() {
        assertEquals(new PartialDate(2024, 4), PartialDate.parseMonthYear("April 2024"));
        assertEquals(new PartialDate(2021, 11), PartialDate.parseMonthYear("Last updated 17 November 2021"));
        assertNull(PartialDate.parseMonthYear("2024"));
        assertEquals("April 2024", new PartialDate(2024, 4).toString());
        assertEquals(0, PartialDate.ofYear(2024).orderAgainst(new PartialDate(2024, 4)), "month unknown on one side");
        assertTrue(new PartialDate(2024, 3).orderAgainst(new PartialDate(2024, 4)) < 0);
        assertTrue(PartialDate.ofYear(2025).orderAgainst(new PartialDate(2024, 12)) > 0);
    }

    @Test
    void esc2021PredatesDanGerShockAndEveryKeyStudy() {
        GuidelineComparison c = compare();
        ComparedPosition esc = c.position("esc-2021-short-term-mcs-q1").orElseThrow();
        EvidenceTimeline.PositionEvidence e = c.timeline().evidenceFor(esc);
        assertEquals(List.of(), ids(e.before()));
        assertEquals(List.of("moller2024", "thiele2024", "sassani2025", "panuccio2022"), ids(e.after()));
        KeyStudy moller = c.timeline().keyStudies().get(0);
        assertEquals("Møller 2024 (DanGer Shock; randomised controlled trial)", moller.describe());
        assertEquals(Availability.PUBLISHED_AFTER, c.timeline().availability(moller, esc));
    }

    @Test
    void msacApril2024CannotBeOrderedAgainst2024StudiesFromYearsAlone() {
        GuidelineComparison c = compare();
        ComparedPosition msac = c.position("msac-2024-impella").orElseThrow();
        assertEquals(new PartialDate(2024, 4), msac.date());
        EvidenceTimeline.PositionEvidence e = c.timeline().evidenceFor(msac);
        assertEquals(List.of("panuccio2022"), ids(e.before()));
        assertEquals(List.of("moller2024", "thiele2024"), ids(e.sameYear()));
        assertEquals(List.of("sassani2025"), ids(e.after()));
    }

    @Test
    void accAha2025CouldHaveSeenDanGerShock() {
        GuidelineComparison c = compare();
        EvidenceTimeline.PositionEvidence e = c.timeline().evidenceFor(c.position("acc-aha-2025-stemi-pump").orElseThrow());
        assertEquals(List.of("moller2024", "thiele2024", "panuccio2022"), ids(e.before()));
        assertEquals(List.of("sassani2025"), ids(e.sameYear()));
        assertTrue(e.after().isEmpty());
    }

    @Test
    void onlyKeyStudiesAreOnTheTimelineAndEventsAreSortedAndNotRepeated() {
        GuidelineComparison c = compare();
        assertFalse(ids(c.timeline().keyStudies()).contains("schrage2019"), "other relevant studies are not key evidence");
        List<EvidenceTimeline.Event> events = c.timeline().events();
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).date().compareTo(events.get(i).date()) <= 0, events.toString());
        }
        assertEquals(1, events.stream().filter(e -> e.label().equals("ACC/AHA 2025")).count(),
                "three ACC/AHA statements of one document are one event");
        assertEquals(1, events.stream().filter(e -> e.label().equals("ESC 2021")).count());
        assertTrue(events.stream().noneMatch(e -> e.label().startsWith("NICE") && e.detail() != null && e.detail().contains("IPG10404")),
                "the unpublished NICE recommendation has no date");
        assertEquals(4, events.stream().filter(e -> e.kind() == EvidenceTimeline.Kind.KEY_STUDY).count());
    }
}
