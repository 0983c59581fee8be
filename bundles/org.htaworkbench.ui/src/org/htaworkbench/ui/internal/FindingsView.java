package org.htaworkbench.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;

/**
 * The consistency-check findings on the open evidence base, recomputed in a background job whenever the
 * model changes (debounced), so the list stays live without blocking the UI thread. Double-click selects the
 * offending element in the Evidence Explorer.
 */
public class FindingsView extends ViewPart {

    public static final String ID = "org.htaworkbench.ui.views.findings";
    private static final long DEBOUNCE_MS = 300;

    private TableViewer viewer;
    private final EvidenceBaseObserver observer = new EvidenceBaseObserver(this::recheck, this::recheckDebounced);
    private volatile List<Finding> findings = List.of();

    private final Job checkJob = new Job("Checking the evidence base") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            EvidenceBase base = observer.current();
            if (base == null) {
                return Status.OK_STATUS;
            }
            List<Finding> result = ConsistencyChecker.check(base);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            findings = result;
            Display display = viewer.getControl().getDisplay();
            display.asyncExec(FindingsView.this::showFindings);
            return Status.OK_STATUS;
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        TableCsv.install(viewer.getTable());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnLabelProvider severity = new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).severity().name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return switch (((Finding) element).severity()) {
                    case ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                    case WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
                    case INFO -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
                };
            }
        };
        column(layout, "Severity", 8, severity);
        column(layout, "Check", 12, text(Finding::checkId));
        column(layout, "Study", 12, text(Finding::studyLabel));
        // first line only: some findings carry a table (the review overlap); the full text is the tooltip
        column(layout, "Message", 68, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).message().lines().findFirst().orElse("");
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Finding) element).message();
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(event -> selectInExplorer((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(viewer);

        observer.start();
        recheck();
    }

    private void recheck() {
        checkJob.cancel();
        checkJob.schedule();
    }

    private void recheckDebounced() {
        checkJob.cancel();
        checkJob.schedule(DEBOUNCE_MS);
    }

    private void showFindings() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Finding> current = findings;
        viewer.setInput(current);
        long errors = current.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = current.stream().filter(f -> f.severity() == Severity.WARNING).count();
        setContentDescription(current.size() + " findings: " + errors + " errors, " + warnings + " warnings, "
                + (current.size() - errors - warnings) + " notes");
    }

    private void selectInExplorer(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof Finding finding) || finding.element() == null) {
            return;
        }
        EvidenceExplorerView explorer = (EvidenceExplorerView) getSite().getPage().findView(EvidenceExplorerView.ID);
        if (explorer != null) {
            explorer.getViewer().setSelection(new StructuredSelection(finding.element()), true);
            getSite().getPage().activate(explorer);
        }
    }

    /** Findings currently shown (for tests and exports). */
    public List<Finding> getFindings() {
        return findings;
    }

    /** The background job that recomputes findings (tests join it). */
    public Job getCheckJob() {
        return checkJob;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider label) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(label);
    }

    private static ColumnLabelProvider text(Function<Finding, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Finding) element);
                return value == null ? "" : value;
            }
        };
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        checkJob.cancel();
        observer.dispose();
        super.dispose();
    }

}
