package org.htaworkbench.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.model.query.ResultText;
import org.htaworkbench.ui.internal.editors.study.StudyEditors;

/**
 * The seed's Table 2 (study details of the key evidence) and Table 3 (every reported outcome) as sortable,
 * filterable tables computed from the model, with Copy and Export as CSV. Rebuilt when the model changes.
 * Double-click a row to open its study in the study editor.
 */
public class EvidenceTablesView extends ViewPart {

    public static final String ID = "org.htaworkbench.ui.views.evidenceTables";

    private CTabFolder tabs;
    private ColumnTable<Study> studyTable;
    private ColumnTable<Result> outcomeTable;
    private final EvidenceBaseObserver observer = new EvidenceBaseObserver(this::refresh, () -> {
        if (tabs != null && !tabs.isDisposed()) {
            tabs.getDisplay().asyncExec(this::refresh);
        }
    });

    @Override
    public void createPartControl(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        studyTable = new ColumnTable<>(tabs, List.of(
                new ColumnTable.Column<Study>("No.", 3, s -> s.getStudyNumber() == null ? "" : s.getStudyNumber().toString()),
                new ColumnTable.Column<Study>("Study", 10, EvidenceSummary::label),
                new ColumnTable.Column<Study>("Design", 14, s -> first(s.getDesignText(), s.getDesign().getLiteral())),
                new ColumnTable.Column<Study>("Country", 10, s -> first(s.getCountriesText(), String.join(", ", s.getCountries()))),
                new ColumnTable.Column<Study>("n", 6, s -> ResultText.printed(s.getN())),
                new ColumnTable.Column<Study>("Arms", 18, EvidenceTablesView::arms),
                new ColumnTable.Column<Study>("Population", 20, s -> first(s.getPopulationText(), s.getParticipantsText())),
                new ColumnTable.Column<Study>("Follow-up", 10, Study::getFollowUpText)));
        tab("Study details (Table 2)", studyTable);
        outcomeTable = new ColumnTable<>(tabs, List.of(
                new ColumnTable.Column<Result>("Study", 9, r -> r.getStudy() == null ? "" : EvidenceSummary.label(r.getStudy())),
                new ColumnTable.Column<Result>("Kind", 6, r -> r.getOutcome() == null ? "" : r.getOutcome().getKind().getLiteral().toLowerCase()),
                new ColumnTable.Column<Result>("Outcome", 22, r -> r.getOutcome() == null ? "" : r.getOutcome().getName()),
                new ColumnTable.Column<Result>("Population", 6, r -> r.getAnalysisPopulation() == null ? "" : r.getAnalysisPopulation().getLiteral()),
                new ColumnTable.Column<Result>("Reported result", 40, ResultText::of),
                new ColumnTable.Column<Result>("Source", 7, r -> r.getSource() == null ? "" : r.getSource().getLiteral())));
        tab("Study outcomes (Table 3)", outcomeTable);
        tabs.setSelection(0);
        // double-click a row to edit its study (Table 3: at that result)
        studyTable.viewer().addDoubleClickListener(event -> StudyEditors.openAll(getSite().getPage(), (IStructuredSelection) event.getSelection()));
        outcomeTable.viewer().addDoubleClickListener(event -> StudyEditors.openAll(getSite().getPage(), (IStructuredSelection) event.getSelection()));

        Action copy = new Action("Copy as CSV") {
            @Override
            public void run() {
                Clipboard clipboard = new Clipboard(tabs.getDisplay());
                try {
                    clipboard.setContents(new Object[] { currentCsv(true) }, new Transfer[] { TextTransfer.getInstance() });
                } finally {
                    clipboard.dispose();
                }
            }
        };
        Action export = new Action("Export as CSV...") {
            @Override
            public void run() {
                exportCsv();
            }
        };
        getViewSite().getActionBars().getMenuManager().add(copy);
        getViewSite().getActionBars().getMenuManager().add(export);
        getViewSite().getActionBars().getToolBarManager().add(export);

        observer.start();
        refresh();
    }

    private void tab(String title, ColumnTable<?> table) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(table.viewer().getTable().getParent().getParent());
    }

    private void refresh() {
        if (tabs == null || tabs.isDisposed()) {
            return;
        }
        EvidenceBase base = observer.current();
        if (base == null) {
            return;
        }
        List<Study> keyStudies = base.getStudies().stream().filter(s -> s.getRole() == StudyRole.KEY_EVIDENCE)
                .sorted(Comparator.comparing(s -> s.getStudyNumber() == null ? Integer.MAX_VALUE : s.getStudyNumber()))
                .toList();
        studyTable.setInput(keyStudies);
        List<Result> results = new ArrayList<>();
        keyStudies.forEach(s -> results.addAll(s.getResults()));
        outcomeTable.setInput(results);
    }

    /** CSV of the table on the selected tab: selected rows (or all visible rows when none is selected). */
    public String currentCsv(boolean selectedOnly) {
        return tabs.getSelectionIndex() == 0 ? studyTable.toCsv(studyTable.visibleRows(selectedOnly))
                : outcomeTable.toCsv(outcomeTable.visibleRows(selectedOnly));
    }

    private void exportCsv() {
        FileDialog dialog = new FileDialog(tabs.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setOverwrite(true);
        dialog.setFileName(tabs.getSelectionIndex() == 0 ? "table2-study-details.csv" : "table3-study-outcomes.csv");
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), currentCsv(false), StandardCharsets.UTF_8);
        } catch (IOException e) {
            MessageDialog.openError(tabs.getShell(), "Export failed", file + ": " + e.getMessage());
        }
    }

    private static String arms(Study study) {
        return study.getArms().stream().map(EvidenceTablesView::arm).collect(Collectors.joining("; "));
    }

    private static String arm(Arm arm) {
        String n = ResultText.printed(arm.getN());
        return arm.getLabel() + (n.isEmpty() ? "" : " (n=" + n + ")");
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    public ColumnTable<Study> studyTable() {
        return studyTable;
    }

    public ColumnTable<Result> outcomeTable() {
        return outcomeTable;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        observer.dispose();
        super.dispose();
    }
}
