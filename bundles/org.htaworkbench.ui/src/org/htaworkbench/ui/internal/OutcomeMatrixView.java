package org.htaworkbench.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.model.query.ResultText;

/**
 * Key studies (columns) × outcome categories (rows): each cell shows the first reported result and how many more
 * there are; empty cells are shaded so thin outcomes stand out. The last column compares the number of key studies
 * with a result to the count the source document states. Double-click a cell to select its results in the Evidence
 * Explorer.
 */
public class OutcomeMatrixView extends ViewPart {

    public static final String ID = "org.htaworkbench.ui.views.outcomeMatrix";

    /** One row: an outcome category and, per key study (in column order), its results in that category. */
    public record Row(OutcomeCategory category, List<List<Result>> cells) {
        int studiesReporting() {
            return (int) cells.stream().filter(c -> !c.isEmpty()).count();
        }
    }

    private Composite holder;
    private TableViewer viewer;
    private List<Study> columns = List.of();
    private final EvidenceBaseObserver observer = new EvidenceBaseObserver(this::rebuild, () -> {
        if (holder != null && !holder.isDisposed()) {
            holder.getDisplay().asyncExec(this::rebuild);
        }
    });

    @Override
    public void createPartControl(Composite parent) {
        holder = parent;
        observer.start();
        rebuild();
    }

    /** The matrix rows of an evidence base: outcome categories in the source's order, key studies by study number. */
    public static List<Row> rows(EvidenceBase base, List<Study> keyStudies) {
        List<OutcomeCategory> categories = new ArrayList<>(base.getOutcomeCategories());
        categories.sort(Comparator.comparingInt(OutcomeCategory::getOrder));
        List<Row> rows = new ArrayList<>();
        for (OutcomeCategory category : categories) {
            List<List<Result>> cells = new ArrayList<>();
            for (Study study : keyStudies) {
                cells.add(study.getResults().stream().filter(r -> r.getRestates() == null && r.getOutcome() != null
                        && r.getOutcome().getCategory() == category).toList());
            }
            rows.add(new Row(category, cells));
        }
        return rows;
    }

    public static List<Study> keyStudies(EvidenceBase base) {
        return base.getStudies().stream().filter(s -> s.getRole() == StudyRole.KEY_EVIDENCE)
                .sorted(Comparator.comparing(s -> s.getStudyNumber() == null ? Integer.MAX_VALUE : s.getStudyNumber()))
                .toList();
    }

    private void rebuild() {
        if (holder.isDisposed()) {
            return;
        }
        EvidenceBase base = observer.current();
        List<Study> studies = base == null ? List.of() : keyStudies(base);
        if (viewer == null || !studies.equals(columns)) {
            if (viewer != null) {
                viewer.getControl().dispose();
            }
            columns = studies;
            createViewer();
        }
        viewer.setInput(base == null ? List.of() : rows(base, columns));
        holder.layout();
    }

    private void createViewer() {
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        TableCsv.install(viewer.getTable());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Outcome category", 220, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                OutcomeCategory c = ((Row) element).category();
                return c.getName() + " (" + c.getKind().getLiteral().toLowerCase() + ")";
            }
        });
        Color empty = holder.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            column(EvidenceSummary.label(columns.get(i)), 150, new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    List<Result> results = ((Row) element).cells().get(index);
                    if (results.isEmpty()) {
                        return "";
                    }
                    return ResultText.of(results.get(0)) + (results.size() > 1 ? "  (+" + (results.size() - 1) + ")" : "");
                }

                @Override
                public Color getBackground(Object element) {
                    return ((Row) element).cells().get(index).isEmpty() ? empty : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((Row) element).cells().get(index).stream().map(ResultText::of).collect(Collectors.joining("\n"));
                }
            });
        }
        column("Key studies reporting (source says)", 160, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Row row = (Row) element;
                String stated = row.category().getReportedStudyCountText() == null ? "not stated"
                        : ResultText.printed(row.category().getReportedStudyCount());
                return row.studiesReporting() + " (" + (stated.isEmpty() ? "not stated" : stated) + ")";
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.getTable().addListener(SWT.MouseDoubleClick, event -> {
            ViewerCell cell = viewer.getCell(new Point(event.x, event.y));
            if (cell == null || cell.getColumnIndex() == 0 || cell.getColumnIndex() > columns.size()) {
                return;
            }
            List<Result> results = ((Row) cell.getElement()).cells().get(cell.getColumnIndex() - 1);
            EvidenceExplorerView explorer = (EvidenceExplorerView) getSite().getPage().findView(EvidenceExplorerView.ID);
            if (explorer != null && !results.isEmpty()) {
                explorer.getViewer().setSelection(new StructuredSelection(results), true);
                getSite().getPage().activate(explorer);
            }
        });
    }

    private void column(String title, int width, ColumnLabelProvider label) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        TableColumn tableColumn = column.getColumn();
        tableColumn.setText(title);
        tableColumn.setWidth(width);
        column.setLabelProvider(label);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public void dispose() {
        observer.dispose();
        super.dispose();
    }
}
