package org.htaworkbench.importers.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.session.EvidenceSessionListener;
import org.htaworkbench.session.EvidenceSessionTracker;
import org.osgi.framework.FrameworkUtil;

/**
 * The imported records of the open evidence base: search run, file, number, year, title, authors, journal, DOI. A
 * virtual table (rows are created only when they scroll into view, so 100,000 records scroll smoothly), filtered by
 * text in any column and sorted by a click on a column header. The records are read from the record store in a
 * background job whenever exports are added or removed (an import, its undo).
 */
public class RecordsView extends ViewPart {

    public static final String ID = "org.htaworkbench.importers.ui.views.records";

    /** One record as the table shows it (a small copy: the view never holds the records' raw fields). */
    public record Row(String run, String file, int number, String year, String title, String authors, String journal,
            String doi) {
        String searchable() {
            return String.join("\u0001", run, file, year, title, authors, journal, doi).toLowerCase(Locale.ROOT);
        }
    }

    private static final List<Function<Row, String>> COLUMNS = List.of(Row::run, Row::file, r -> Integer.toString(r.number()),
            Row::year, Row::title, Row::authors, Row::journal, Row::doi);

    private TableViewer table;
    private Text filter;
    private Label status;
    private List<Row> all = List.of();
    private List<Row> shown = List.of();
    private int sortColumn = -1;
    private boolean ascending = true;
    private EvidenceSession session;
    private EvidenceSessionTracker sessions;
    private Job loading;

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        filter = new Text(top, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("filter: words in any column");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> applyFilter());
        status = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(status);
        table = new TableViewer(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getControl());
        table.setUseHashlookup(true);
        table.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    table.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
            }
        });
        String[] titles = { "Search run", "File", "#", "Year", "Title", "Authors", "Journal", "DOI" };
        int[] widths = { 110, 140, 50, 50, 380, 200, 180, 180 };
        for (int i = 0; i < titles.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
            c.getColumn().setText(titles[i]);
            c.getColumn().setWidth(widths[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return COLUMNS.get(column).apply((Row) element);
                }
            });
            c.getColumn().addListener(SWT.Selection, e -> sortBy(column));
        }
        table.setInput(this);
        sessions = new EvidenceSessionTracker(FrameworkUtil.getBundle(RecordsView.class).getBundleContext(),
                new EvidenceSessionListener() {
                    @Override
                    public void opened(EvidenceSession opened) {
                        onDisplay(() -> {
                            session = opened;
                            reload();
                        });
                    }

                    @Override
                    public void changed(EvidenceSession changed, Notification notification) {
                        Object feature = notification.getFeature();
                        if (notification.getNotifier() instanceof DatabaseSearch || feature != null
                                && feature.equals(org.htaworkbench.model.EvidencePackage.Literals.EVIDENCE_PROCESS__DATABASE_SEARCHES)
                                || notification.getNotifier() instanceof EvidenceBase) {
                            onDisplay(RecordsView.this::reload);
                        }
                    }
                });
        sessions.open();
        if (session == null) {
            status.setText("No evidence base is open.");
        }
    }

    private void onDisplay(Runnable r) {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        table.getControl().getDisplay().asyncExec(() -> {
            if (!table.getControl().isDisposed()) {
                r.run();
            }
        });
    }

    /** Reads the records of every export in a background job and shows them when done. */
    void reload() {
        if (loading != null) {
            loading.cancel();
        }
        EvidenceBase base = session == null ? null : session.evidenceBase().orElse(null);
        if (base == null) {
            show(List.of(), "No evidence base is open.");
            return;
        }
        RecordStore store = RecordStore.at(session.recordFolder());
        List<DatabaseSearch> runs = base.getEvidenceProcess() == null ? List.of()
                : List.copyOf(base.getEvidenceProcess().getDatabaseSearches());
        List<SearchExport> exports = new ArrayList<>();
        List<String> runNames = new ArrayList<>();
        for (DatabaseSearch run : runs) {
            for (SearchExport e : run.getExports()) {
                exports.add(e);
                runNames.add(run.getDatabaseAbbreviation() != null && !run.getDatabaseAbbreviation().isEmpty()
                        ? run.getDatabaseAbbreviation() : run.getDatabase());
            }
        }
        status.setText("Reading the records\u2026");
        Job job = Job.create("Reading imported records", (IProgressMonitor monitor) -> {
            monitor.beginTask("Reading imported records", exports.size());
            List<Row> rows = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < exports.size(); i++) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                SearchExport e = exports.get(i);
                String run = runNames.get(i);
                int[] n = { 0 };
                try {
                    store.forEach(e, r -> rows.add(row(run, e.getFileName(), ++n[0], r)));
                } catch (IOException ex) {
                    missing.add(ex.getMessage());
                }
                monitor.worked(1);
            }
            String text = rows.size() + " records from " + exports.size() + (exports.size() == 1 ? " export" : " exports")
                    + (missing.isEmpty() ? "" : "; " + String.join("; ", missing));
            onDisplay(() -> show(rows, text));
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        loading = job;
        job.schedule();
    }

    private static Row row(String run, String file, int number, ImportedRecord r) {
        if (r.kind() == ImportedRecord.Kind.TRIAL) {
            return new Row(run, file, number, r.text(TrialField.START_DATE), r.text(TrialField.REGISTRY_ID) + " "
                    + r.text(TrialField.BRIEF_TITLE), r.text(TrialField.SPONSOR), "", "");
        }
        return new Row(run, file, number, r.text(BibField.YEAR), r.text(BibField.TITLE),
                String.join("; ", r.texts(BibField.AUTHOR)), r.text(BibField.JOURNAL), r.text(BibField.DOI));
    }

    private void show(List<Row> rows, String text) {
        all = rows;
        status.setText(text);
        applyFilter();
    }

    private void applyFilter() {
        String[] words = filter.getText().toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<Row> rows = new ArrayList<>();
        for (Row r : all) {
            String s = r.searchable();
            boolean match = true;
            for (String w : words) {
                match &= w.isEmpty() || s.contains(w);
            }
            if (match) {
                rows.add(r);
            }
        }
        if (sortColumn >= 0) {
            Comparator<Row> c = sortColumn == 2 ? Comparator.comparingInt(Row::number)
                    : Comparator.comparing(COLUMNS.get(sortColumn), String.CASE_INSENSITIVE_ORDER);
            rows.sort(ascending ? c : c.reversed());
        }
        shown = rows;
        table.setItemCount(shown.size());
        table.refresh();
    }

    private void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        table.getTable().setSortColumn(table.getTable().getColumn(column));
        table.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        applyFilter();
    }

    /** The rows shown (filtered and sorted), for tests. */
    public List<Row> shownRows() {
        return shown;
    }

    public void setFilter(String text) {
        filter.setText(text);
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void dispose() {
        if (sessions != null) {
            sessions.close();
        }
        if (loading != null) {
            loading.cancel();
        }
        super.dispose();
    }
}
