package org.htaworkbench.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;


/**
 * A sortable, filterable table of model elements with CSV export: click a header to sort (again to reverse),
 * type in the filter box to keep rows whose any column contains the text.
 */
public class ColumnTable<T> {

    /** One column: its title, relative width and the text shown for an element. */
    public record Column<T>(String title, int weight, Function<T, String> text) {
    }

    private final List<Column<T>> columns;
    private final TableViewer viewer;
    private final Text filterText;
    private Column<T> sortColumn;
    private boolean descending;

    public ColumnTable(Composite parent, List<Column<T>> columns) {
        this.columns = columns;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Filter:");
        filterText = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("type to filter rows");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column<T> column : columns) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.title());
            layout.setColumnData(tableColumn, new ColumnWeightData(column.weight(), 40));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    return textOf(column, (T) element);
                }
            });
            tableColumn.addListener(SWT.Selection, e -> sortBy(column, tableColumn));
        }
        viewer.addFilter(new ViewerFilter() {
            @Override
            @SuppressWarnings("unchecked")
            public boolean select(Viewer v, Object parentElement, Object element) {
                String filter = filterText.getText().strip().toLowerCase(Locale.ROOT);
                if (filter.isEmpty()) {
                    return true;
                }
                return columns.stream().anyMatch(c -> textOf(c, (T) element).toLowerCase(Locale.ROOT).contains(filter));
            }
        });
        filterText.addModifyListener(e -> viewer.refresh());
    }

    private static <T> String textOf(Column<T> column, T element) {
        String text = column.text().apply(element);
        return text == null ? "" : text;
    }

    private void sortBy(Column<T> column, TableColumn tableColumn) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Comparator<String> natural = ColumnTable::compareNaturally;
        viewer.setComparator(new ViewerComparator() {
            @Override
            @SuppressWarnings("unchecked")
            public int compare(Viewer v, Object a, Object b) {
                int order = natural.compare(textOf(column, (T) a), textOf(column, (T) b));
                return descending ? -order : order;
            }
        });
        viewer.getTable().setSortColumn(tableColumn);
        viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
    }

    /** Numbers sort as numbers ("9" before "10"), everything else alphabetically. */
    static int compareNaturally(String a, String b) {
        Double x = leadingNumber(a);
        Double y = leadingNumber(b);
        if (x != null && y != null && !x.equals(y)) {
            return Double.compare(x, y);
        }
        return a.compareToIgnoreCase(b);
    }

    private static Double leadingNumber(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(-?[0-9][0-9,]*(\\.[0-9]+)?)").matcher(s);
        return m.find() ? Double.valueOf(m.group(1).replace(",", "")) : null;
    }

    public void setInput(List<T> rows) {
        viewer.setInput(rows);
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Text filterText() {
        return filterText;
    }

    /** The rows in the order and filtering shown; only the selected ones when {@code selectedOnly}. */
    @SuppressWarnings("unchecked")
    public List<T> visibleRows(boolean selectedOnly) {
        List<T> rows = new ArrayList<>();
        if (selectedOnly) {
            for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
                rows.add((T) o);
            }
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        for (var item : viewer.getTable().getItems()) {
            rows.add((T) item.getData());
        }
        return rows;
    }

    /** RFC 4180 CSV of the given rows with a header line, formulas neutralised ({@link TableCsv#write}). */
    public String toCsv(List<T> rows) {
        return TableCsv.write(columns.stream().map(Column::title).toList(),
                rows.stream().map(row -> columns.stream().map(c -> textOf(c, row)).toList()).toList());
    }
}
