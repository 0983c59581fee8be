package org.htaworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.htaworkbench.ui.internal.FindingsView;
import org.htaworkbench.ui.internal.TableCsv;
import org.junit.jupiter.api.Test;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

/**
 * Copy as CSV from a table (here the Findings view): Ctrl+C copies the selected rows as shown, with quoting; formulas
 * are neutralised and padding kept.
 */
class TableCsvTest {

    @Test
    void ctrlCCopiesTheSelectedFindingsAndTheMenuCopiesAll() throws Exception {
        FindingsView view = (FindingsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(FindingsView.ID);
        Thread.sleep(500);
        view.getCheckJob().join();
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // show the findings
        }
        Table table = view.getViewer().getTable();
        assertTrue(table.getItemCount() > 10, "the default evidence base has findings");
        table.setSelection(new int[] { 0, 2 });

        Event key = new Event();
        key.keyCode = 'c';
        key.stateMask = SWT.MOD1;
        table.notifyListeners(SWT.KeyDown, key);
        Clipboard clipboard = new Clipboard(display);
        String copied;
        try {
            copied = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        List<String[]> rows = parse(copied);
        assertEquals(3, rows.size(), "header and the two selected rows: " + copied);
        assertEquals(table.getColumn(0).getText(), rows.get(0)[0]);
        assertEquals(table.getItem(2).getText(3), rows.get(2)[3], "messages with commas survive the quoting");

        List<String[]> all = parse(TableCsv.toCsv(table, false));
        assertEquals(table.getItemCount() + 1, all.size());
        assertEquals(table.getColumnCount(), all.get(0).length);
        List<String> menu = java.util.Arrays.stream(table.getMenu().getItems()).map(i -> i.getText()).toList();
        assertTrue(menu.contains("Copy All as CSV") && menu.stream().anyMatch(t -> t.startsWith("Copy Rows as CSV")),
                menu.toString());
    }

    /** Cells as an evidence base may hold them: formulas, an expression, a tab, padding, and a negative effect size. */
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "@SUM(A1)", "-2+3",
            "\t=1", "  padded  ", "-0.25");
    private static final List<String> HEADERS = List.of("link", "sum", "at", "expression", "tab", "padded", "effect");
    /** Formulas prefixed with an apostrophe, the number kept, the spaces kept inside quotes. */
    private static final String EXPECTED = "link,sum,at,expression,tab,padded,effect\n"
            + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1+2,'@SUM(A1),'-2+3,'\t=1,\"  padded  \",-0.25\n";

    @Test
    void writeNeutralisesFormulasKeepsNumbersAndKeepsSpaces() {
        assertEquals(EXPECTED, TableCsv.write(HEADERS, List.of(HOSTILE)));
    }

    @Test
    void copyAsCsvOfATableNeutralisesFormulas() {
        Shell shell = new Shell(Display.getCurrent());
        try {
            Table table = new Table(shell, SWT.MULTI);
            for (String header : HEADERS) {
                new TableColumn(table, SWT.LEFT).setText(header);
            }
            new TableItem(table, SWT.NONE).setText(HOSTILE.toArray(String[]::new));
            assertEquals(EXPECTED, TableCsv.toCsv(table, false));
        } finally {
            shell.dispose();
        }
    }

    private static List<String[]> parse(String csv) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setLineSeparator("\n");
        return new CsvParser(settings).parseAll(new StringReader(csv));
    }
}
