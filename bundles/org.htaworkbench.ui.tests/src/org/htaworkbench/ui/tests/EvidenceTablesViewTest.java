package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.model.query.ResultText;
import org.htaworkbench.ui.internal.EvidenceTablesView;
import org.junit.jupiter.api.Test;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

/** Table 2 and Table 3 of the seed, as the Evidence Tables view shows them. */
class EvidenceTablesViewTest {

    private static EvidenceTablesView view() throws Exception {
        return (EvidenceTablesView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(EvidenceTablesView.ID);
    }

    @Test
    void table2ListsTheTenKeyStudiesInTheSeedsOrder() throws Exception {
        EvidenceTablesView view = view();
        List<Study> rows = view.studyTable().visibleRows(false);
        assertEquals(10, rows.size());
        assertEquals("Møller J, 2024", EvidenceSummary.label(rows.get(0)));
        assertEquals("355", ResultText.printed(rows.get(0).getN()));
        String csv = view.studyTable().toCsv(rows);
        assertTrue(csv.startsWith("No.,Study,Design,Country,n,Arms,Population,Follow-up\n"), csv.substring(0, 80));
        List<String[]> records = new CsvParser(new CsvParserSettings()).parseAll(new java.io.StringReader(csv));
        assertEquals(11, records.size(), "a header and one record per study (cells may span lines)");
        assertEquals("355", records.get(1)[4]);
    }

    @Test
    void table3FilterFindsMollersLimbIschaemiaCountsAsPrinted() throws Exception {
        EvidenceTablesView view = view();
        view.outcomeTable().filterText().setText("limb ischaemia");
        while (Display.getCurrent().readAndDispatch()) {
            // let the filter apply
        }
        List<Result> rows = view.outcomeTable().visibleRows(false);
        assertTrue(rows.size() >= 2, "both arms of Møller 2024 and other studies' limb ischaemia results: " + rows.size());
        assertTrue(rows.stream().map(ResultText::of).anyMatch(t -> t.contains("10/179 (5.6%)")),
                rows.stream().map(ResultText::of).toList().toString());
        assertTrue(rows.stream().allMatch(r -> (r.getOutcome() == null ? "" : r.getOutcome().getName()).toLowerCase().contains("limb ischaemia")
                || ResultText.of(r).toLowerCase().contains("limb ischaemia")));
        view.outcomeTable().filterText().setText("");
    }
}
