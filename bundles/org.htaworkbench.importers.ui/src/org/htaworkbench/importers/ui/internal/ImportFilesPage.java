package org.htaworkbench.importers.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FileImport;
import org.htaworkbench.importers.ImportFormats;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.session.EvidenceSession;

/**
 * The import wizard's page: the files (Add Files..., drag and drop, Remove), each read at once with progress and
 * Cancel and shown with its detected format, encoding, counts and search run (editable: an existing run or a new
 * one); below, the first records and every warning of the selected file.
 */
public class ImportFilesPage extends WizardPage {

    /** How many records of a file the preview shows. */
    static final int PREVIEW_RECORDS = 200;

    /** A file to import, what reading it gave, and the search run it goes to. */
    public static final class Row {
        private final Path path;
        private final FileImport.Result result;
        private String runName;

        Row(Path path, FileImport.Result result, String runName) {
            this.path = path;
            this.result = result;
            this.runName = runName;
        }

        public Path path() {
            return path;
        }

        public FileImport.Result result() {
            return result;
        }

        /** The run's id, database or abbreviation (an existing run), or the name of a new run. */
        public String runName() {
            return runName;
        }

        public void setRunName(String runName) {
            this.runName = runName;
        }
    }

    private final EvidenceSession session;
    private final ImportFormats formats;
    private final List<Row> rows = new ArrayList<>();
    private TableViewer files;
    private TableViewer preview;
    private Text problems;

    ImportFilesPage(EvidenceSession session, ImportFormats formats) {
        super("files");
        this.session = session;
        this.formats = formats;
        setTitle("Import search exports");
        setDescription("Add the files exported from the databases; each is read and checked before anything is imported.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        SashForm sash = new SashForm(top, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(1, 1).applyTo(sash);

        files = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        files.getTable().setHeaderVisible(true);
        files.getTable().setLinesVisible(true);
        files.setContentProvider(ArrayContentProvider.getInstance());
        column(files, "File", 190, r -> ((Row) r).path().getFileName().toString());
        column(files, "Format", 170, r -> ((Row) r).result().format() == null ? "not recognised"
                : ((Row) r).result().format().name());
        column(files, "Encoding", 110, r -> ((Row) r).result().encoding());
        column(files, "Read", 90, r -> counts(((Row) r).result()));
        column(files, "Warnings", 70, r -> Long.toString(((Row) r).result().warningCount()));
        column(files, "Skipped", 60, r -> Long.toString(((Row) r).result().skippedCount()));
        TableViewerColumn run = column(files, "Search run", 160, r -> ((Row) r).runName());
        run.setEditingSupport(new RunEditing(files));
        files.setInput(rows);
        files.addSelectionChangedListener(e -> showPreview());

        Composite lower = new Composite(sash, SWT.NONE);
        GridLayout ll = new GridLayout(1, false);
        ll.marginWidth = 0;
        lower.setLayout(ll);
        preview = new TableViewer(lower, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        preview.getTable().setHeaderVisible(true);
        preview.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(preview.getControl());
        column(preview, "#", 40, r -> Integer.toString(((ImportedRecord) r).position().record()));
        column(preview, "Line", 50, r -> Integer.toString(((ImportedRecord) r).position().line()));
        column(preview, "Year", 50, r -> ((ImportedRecord) r).text(BibField.YEAR));
        column(preview, "Title", 360, r -> title((ImportedRecord) r));
        column(preview, "Authors", 180, r -> String.join("; ", ((ImportedRecord) r).texts(BibField.AUTHOR)));
        column(preview, "DOI", 160, r -> ((ImportedRecord) r).text(BibField.DOI));
        problems = new Text(lower, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(problems);
        sash.setWeights(45, 55);

        Composite buttons = new Composite(top, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText("&Add Files...");
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> chooseFiles());
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText("&Remove");
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, e -> removeSelected());
        Label hint = new Label(buttons, SWT.WRAP);
        hint.setText("or drop files\non the list");

        DropTarget drop = new DropTarget(files.getControl(), DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] names) {
                    addFiles(java.util.Arrays.stream(names).map(Path::of).toList());
                }
            }
        });
        setControl(top);
    }

    private static TableViewerColumn column(TableViewer viewer, String title, int width,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().pack(); // the header's own width, so that no title is cut (fonts differ between desktops)
        c.getColumn().setWidth(Math.max(width, c.getColumn().getWidth()));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        return c;
    }

    private static String title(ImportedRecord r) {
        return r.kind() == ImportedRecord.Kind.TRIAL ? r.text(TrialField.REGISTRY_ID) + " " + r.text(TrialField.BRIEF_TITLE)
                : r.text(BibField.TITLE);
    }

    private static String counts(FileImport.Result r) {
        if (!r.readable()) {
            return "unreadable";
        }
        long trials = r.count(ImportedRecord.Kind.TRIAL);
        return trials > 0 ? trials + " trials" : r.count(ImportedRecord.Kind.BIBLIOGRAPHIC) + " records";
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Add search exports");
        dialog.setFilterExtensions(new String[] { "*.ris;*.nbib;*.txt;*.xml;*.json;*.csv;*.tsv;*.cgi", "*" });
        dialog.setFilterNames(new String[] { "Search exports", "All files" });
        if (dialog.open() == null) {
            return;
        }
        List<Path> chosen = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            chosen.add(Path.of(dialog.getFilterPath(), name));
        }
        addFiles(chosen);
    }

    /** Reads the files (in the wizard's progress area, cancellable) and adds them to the list. */
    public void addFiles(List<Path> paths) {
        Set<Path> known = new LinkedHashSet<>();
        rows.forEach(r -> known.add(r.path().toAbsolutePath()));
        List<Path> fresh = paths.stream().filter(p -> Files.isRegularFile(p) && known.add(p.toAbsolutePath())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<FileImport.Result> results = new ArrayList<>();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor sub = SubMonitor.convert(monitor, "Reading the exports", fresh.size());
                for (Path p : fresh) {
                    if (sub.isCanceled()) {
                        throw new InterruptedException();
                    }
                    sub.subTask(p.getFileName().toString());
                    results.add(FileImport.read(formats, ImportSource.of(p), null, sub::isCanceled));
                    sub.worked(1);
                }
            });
        } catch (InterruptedException e) {
            return; // cancelled: no file of this batch is added
        } catch (InvocationTargetException e) {
            setErrorMessage("Reading failed: " + e.getCause());
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).cancelled()) {
                return;
            }
            rows.add(new Row(fresh.get(i), results.get(i), suggestedRun(results.get(i))));
        }
        files.refresh();
        files.setSelection(new org.eclipse.jface.viewers.StructuredSelection(rows.get(rows.size() - 1)), true);
        updateStatus();
    }

    private String suggestedRun(FileImport.Result r) {
        EvidenceBase base = session.evidenceBase().orElse(null);
        String named = r.records().stream().map(x -> x.text(BibField.DATABASE)).filter(s -> !s.isBlank()).findFirst()
                .orElse(null);
        if (base != null && base.getEvidenceProcess() != null && named != null) {
            var run = org.htaworkbench.importers.store.EvidenceImport.findRun(base.getEvidenceProcess(), named);
            if (run.isPresent()) {
                return run.get().getDatabase();
            }
        }
        if (named != null) {
            return named;
        }
        return r.format() == null ? "" : r.format().name();
    }

    private void removeSelected() {
        rows.removeAll(((IStructuredSelection) files.getSelection()).toList());
        files.refresh();
        showPreview();
        updateStatus();
    }

    private void showPreview() {
        Object selected = ((IStructuredSelection) files.getSelection()).getFirstElement();
        if (!(selected instanceof Row row)) {
            preview.setInput(List.of());
            problems.setText("");
            return;
        }
        FileImport.Result r = row.result();
        preview.setInput(r.records().subList(0, Math.min(PREVIEW_RECORDS, r.records().size())));
        StringBuilder text = new StringBuilder();
        if (!r.readable()) {
            text.append(r.failure().getMessage()).append('\n');
        } else {
            text.append(r.format().name()).append(": ").append(r.detection().reason()).append('\n');
        }
        for (ImportProblem p : r.problems()) {
            text.append(p).append('\n');
        }
        problems.setText(text.toString());
    }

    private void updateStatus() {
        long unreadable = rows.stream().filter(r -> !r.result().readable()).count();
        setErrorMessage(unreadable == 0 ? null : unreadable + (unreadable == 1 ? " file is" : " files are")
                + " not readable and will not be imported; remove " + (unreadable == 1 ? "it" : "them") + " or see below why.");
        setPageComplete(!readableRows().isEmpty());
    }

    /** The files that were read, in list order. */
    public List<Row> readableRows() {
        return rows.stream().filter(r -> r.result().readable()).toList();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The names a file's run can be set to: the evidence base's runs, and the row's own name (a new run). */
    private List<String> runChoices(Row row) {
        Set<String> names = new LinkedHashSet<>();
        session.evidenceBase().filter(b -> b.getEvidenceProcess() != null)
                .ifPresent(b -> b.getEvidenceProcess().getDatabaseSearches().stream().map(DatabaseSearch::getDatabase)
                        .forEach(names::add));
        names.add(row.runName());
        return new ArrayList<>(names);
    }

    /** The run column: choose one of the evidence base's runs, or type the name of a new one. */
    private final class RunEditing extends EditingSupport {
        private final TableViewer viewer;
        private ComboBoxCellEditor editor;
        private List<String> choices = List.of();

        RunEditing(TableViewer viewer) {
            super(viewer);
            this.viewer = viewer;
        }

        @Override
        protected org.eclipse.jface.viewers.CellEditor getCellEditor(Object element) {
            choices = runChoices((Row) element);
            if (editor == null) {
                editor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.NONE);
            }
            editor.setItems(choices.toArray(String[]::new));
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return choices.indexOf(((Row) element).runName());
        }

        @Override
        protected void setValue(Object element, Object value) {
            Row row = (Row) element;
            int i = (Integer) value;
            String typed = ((org.eclipse.swt.custom.CCombo) editor.getControl()).getText().strip();
            String name = i >= 0 && i < choices.size() ? choices.get(i) : typed;
            if (!name.isEmpty()) {
                row.setRunName(name);
                viewer.update(row, null);
            }
        }
    }
}
