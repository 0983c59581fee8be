package org.htaworkbench.guidelines.ui.tests;

import static org.htaworkbench.guidelines.ui.tests.ViewSupport.Q1;
import static org.htaworkbench.guidelines.ui.tests.ViewSupport.Q2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swtchart.ISeries;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.ui.internal.GuidelineComparisonView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The comparison view in the running workbench, on the default (Impella) evidence base. */
class GuidelineComparisonViewTest {

    @AfterEach
    void resetFilters() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        view.setQuestionFilter("");
        for (String key : List.of("NICE", "ESC", "ACC/AHA", "MSAC")) {
            view.setBodyVisible(key, true);
        }
    }

    @Test
    void showsTheFourBodiesAsColumns() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        assertEquals(List.of("NICE", "ESC", "ACC/AHA", "MSAC"), view.shownColumns());
        assertEquals("impella-cardiogenic-shock", view.getComparison().evidenceBaseId());
    }

    @Test
    void accAhaCellShowsThePublishedGradeVerbatimAndTheCoreBadge() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        GuidelineComparison c = view.getComparison();
        ComparedPosition acc = c.cell(Q1, "ACC/AHA").get(0);
        List<String> texts = view.entryTexts(acc.id());
        assertTrue(texts.contains("Published: " + acc.published()), texts.toString());
        assertTrue(texts.contains(acc.badge()), texts.toString());
        assertEquals("for / moderate / moderate certainty", acc.badge());
        ComparedPosition esc = c.cell(Q1, "ESC").get(0);
        assertTrue(view.entryTexts(esc.id()).contains("for / moderate / low certainty"));
    }

    @Test
    void divergentRowsAndPositionsAreMarked() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        GuidelineComparison c = view.getComparison();
        assertTrue(view.isRowMarkedDivergent(Q1));
        assertTrue(view.isRowMarkedDivergent(Q2));
        for (String body : List.of("ACC/AHA", "ESC", "MSAC")) {
            ComparedPosition p = c.cell(Q1, body).get(0);
            assertTrue(view.isEntryMarkedDivergent(p.id()), body);
            assertTrue(view.entryTexts(p.id()).contains(GuidelineComparisonView.DIVERGENCE_MARKER + " diverges in certainty"), body);
        }
        for (ComparedPosition p : c.positions()) {
            assertEquals(c.isDivergent(p), view.isEntryMarkedDivergent(p.id()), p.id());
        }
    }

    @Test
    void niceCellOfTheImpellaQuestionSaysNotYetPublished() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        ComparedPosition nice = view.getComparison().position("nice-ipg10404").orElseThrow();
        assertEquals(PositionStatus.NOT_YET_PUBLISHED, nice.status());
        List<String> texts = view.entryTexts(nice.id());
        assertTrue(texts.contains("not yet published"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Published:")), "no grade is invented: " + texts);
        assertFalse(view.isEntryMarkedDivergent(nice.id()));
    }

    @Test
    void timelineHasOneSeriesForGuidelinesAndOneForKeyStudies() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        EvidenceTimeline t = view.getComparison().timeline();
        ISeries<?> studies = view.getChart().getSeriesSet().getSeries(GuidelineComparisonView.STUDY_SERIES);
        ISeries<?> guidelines = view.getChart().getSeriesSet().getSeries(GuidelineComparisonView.GUIDELINE_SERIES);
        assertEquals(10, studies.getXDateSeries().length, "the 10 key studies of the evidence base");
        assertEquals(t.events().stream().filter(e -> e.kind() == EvidenceTimeline.Kind.POSITION).count(),
                guidelines.getXDateSeries().length);
        assertTrue(guidelines.getXDateSeries().length >= 3, "ESC 2021, MSAC April 2024, ACC/AHA 2025 at least");
        assertEquals(2, view.getChart().getSeriesSet().getSeries().length);
    }

    @Test
    void selectingACellShowsStatementDocumentYearAndSource() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        ComparedPosition msac = view.getComparison().cell(Q1, "MSAC").get(0);
        view.select(msac.id());
        String text = view.getDetailText();
        assertTrue(text.contains("Document: " + msac.document()), text);
        assertTrue(text.contains("Year: " + msac.dateText()), text);
        assertTrue(text.contains("Source: " + msac.source()), text);
        assertTrue(text.contains(msac.statement().substring(0, 40)), text);
        assertTrue(text.contains("Divergences on this question"), text);
        assertTrue(text.contains("certainty: ACC/AHA 2025 moderate; ESC 2021 low; MSAC April 2024 low"), text);
    }

    @Test
    void filtersByBodyAndQuestion() throws Exception {
        GuidelineComparisonView view = ViewSupport.view();
        view.setBodyVisible("NICE", false);
        assertEquals(List.of("ESC", "ACC/AHA", "MSAC"), view.shownColumns());
        view.setQuestionFilter("microaxial");
        assertEquals(List.of(Q1), view.visibleQuestionIds());
        String csv = view.exportText("csv");
        assertFalse(csv.contains("\r\n" + Q2 + ","), "export follows the filters");
        assertFalse(csv.contains(",NICE,"));
        view.setBodyVisible("NICE", true);
        view.setQuestionFilter("");
        assertEquals(4, view.shownColumns().size());
        assertEquals(view.getComparison().questions().size(), view.visibleQuestionIds().size());
    }
}
