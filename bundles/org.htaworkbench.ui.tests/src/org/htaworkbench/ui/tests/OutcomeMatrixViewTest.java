package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.ui.internal.OutcomeMatrixView;
import org.junit.jupiter.api.Test;

/** Key studies × outcome categories of the default evidence base, against the seed's own counts. */
class OutcomeMatrixViewTest {

    @Test
    void mortalityRowShowsNineKeyStudiesAsTheSeedStates() throws Exception {
        OutcomeMatrixView view = (OutcomeMatrixView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(OutcomeMatrixView.ID);
        var table = view.getViewer().getTable();
        assertEquals(12, table.getColumnCount(), "category, 10 key studies, count");
        assertEquals("Møller J, 2024", table.getColumn(1).getText());
        TableItem mortality = null;
        for (TableItem item : table.getItems()) {
            if (item.getText(0).startsWith("In-hospital or 30-day mortality")) {
                mortality = item;
            }
        }
        assertTrue(mortality != null, "mortality row present");
        // "In-hospital or 30-day mortality ... reported in 9 studies" (seed); Møller 2024 reports 180-day and 6-month
        // mortality, not in-hospital or 30-day, so its cell is empty
        assertEquals("9 (9)", mortality.getText(11));
        assertEquals("", mortality.getText(1));
        assertTrue(!mortality.getText(2).isEmpty(), "Thiele 2024 reports 30-day mortality");
    }
}
