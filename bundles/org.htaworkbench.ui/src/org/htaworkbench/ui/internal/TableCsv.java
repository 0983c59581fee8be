package org.htaworkbench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.htaworkbench.model.text.CsvCells;

/**
 * Copy as CSV for any table of the workbench, as it is shown (columns in display order, rows as sorted and
 * filtered): Ctrl+C copies the selected rows, the context menu copies the selection or every row. Pastes into a
 * spreadsheet or R's {@code read.csv}.
 */
public final class TableCsv {

    private TableCsv() {
    }

    /**
     * Adds Ctrl+C and "Copy Rows as CSV" / "Copy All as CSV" to the table; when the table already has a context
     * menu the items are appended to it.
     */
    public static void install(Table table) {
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copy(table, true);
                e.doit = false;
            }
        });
        Menu menu = table.getMenu();
        if (menu == null) {
            menu = new Menu(table);
            table.setMenu(menu);
        } else if (menu.getItemCount() > 0) {
            new MenuItem(menu, SWT.SEPARATOR);
        }
        MenuItem rows = new MenuItem(menu, SWT.PUSH);
        rows.setText("Copy Rows as CSV\tCtrl+C");
        rows.addListener(SWT.Selection, e -> copy(table, true));
        MenuItem all = new MenuItem(menu, SWT.PUSH);
        all.setText("Copy All as CSV");
        all.addListener(SWT.Selection, e -> copy(table, false));
    }

    /** Puts the CSV of the selected rows (all rows when none is selected, or when {@code selectedOnly} is false) on the clipboard. */
    public static void copy(Table table, boolean selectedOnly) {
        String csv = toCsv(table, selectedOnly);
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { csv }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** RFC 4180 CSV ({@link #write}) with a header line of the column titles. */
    public static String toCsv(Table table, boolean selectedOnly) {
        int[] order = table.getColumnOrder();
        TableColumn[] columns = table.getColumns();
        List<String> headers = new ArrayList<>();
        for (int index : order) {
            headers.add(columns[index].getText());
        }
        TableItem[] items = selectedOnly && table.getSelectionCount() > 0 ? table.getSelection() : table.getItems();
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : items) {
            List<String> row = new ArrayList<>();
            for (int index : order) {
                row.add(item.getText(index));
            }
            rows.add(row);
        }
        return write(headers, rows);
    }

    /**
     * RFC 4180 CSV with a header line and "\n" line ends, every cell by the workbench's CSV rule
     * ({@link CsvCells#field}): a cell a spreadsheet would run as a formula ({@code =HYPERLINK(...)},
     * {@code @SUM(A1)}, {@code -2+3}) gets a leading apostrophe while plain numbers such as {@code -0.25} stay numbers,
     * and leading and trailing spaces are kept (the field is quoted). The rule is shared with the guideline
     * comparison export; univocity's writer cannot quote by value and trimmed such spaces.
     */
    public static String write(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(CsvCells.record(headers)).append('\n');
        for (List<String> row : rows) {
            out.append(CsvCells.record(row)).append('\n');
        }
        return out.toString();
    }
}
