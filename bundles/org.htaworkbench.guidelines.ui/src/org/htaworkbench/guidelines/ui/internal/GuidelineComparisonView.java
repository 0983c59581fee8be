package org.htaworkbench.guidelines.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.swtchart.Chart;
import org.htaworkbench.guidelines.Body;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.SchemeRegistry;
import org.htaworkbench.guidelines.ui.ComparisonExport;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.session.EvidenceSessionListener;
import org.htaworkbench.session.EvidenceSessionTracker;
import org.osgi.framework.FrameworkUtil;

/**
 * The guideline comparison: questions (rows) x bodies (columns). Each cell shows the grade as published (verbatim)
 * and the normalised badge as text on a colour (never colour alone); positions taking part in a divergence carry a
 * marker and bold text; the row header says in which aspect the bodies diverge. Selecting a cell entry shows its
 * statement, document, year, source, the key studies it could have seen and the question's divergences with their
 * explanations. Below: the evidence timeline (SWTChart). Filters by body (check boxes) and question (text). Toolbar:
 * export to CSV and HTML ({@link ComparisonExport}).
 *
 * <p>
 * Which evidence base: the one open in the workbench's {@link EvidenceSession} (an OSGi service). The view follows
 * it: another base opened (File &gt; Open, New) is shown at once, an edit, undo or redo recomputes the comparison
 * (coalesced: one recomputation for a burst of notifications). The view keeps only the computed
 * {@link GuidelineComparison}, no copies of evidence.
 */
public class GuidelineComparisonView extends ViewPart {

    public static final String ID = "org.htaworkbench.guidelines.ui.views.comparison";
    public static final String GUIDELINE_SERIES = TimelineChart.GUIDELINE_SERIES;
    public static final String STUDY_SERIES = TimelineChart.STUDY_SERIES;
    /** Marker in front of positions and questions involved in a divergence (with bold text). */
    public static final String DIVERGENCE_MARKER = "\u25C6";

    private GuidelineComparison comparison;
    private String loadProblem;

    private Composite top;
    private Label title;
    private Composite bodyFilters;
    private Text questionFilter;
    private ScrolledComposite matrixScroll;
    private ComparisonMatrix matrix;
    private StyledText detail;
    private TimelineChart timeline;
    private Font bold;
    private Font heading;
    private final Set<String> hiddenBodies = new LinkedHashSet<>();
    private String selectedId;

    /** How long a burst of model notifications is collected before the comparison is recomputed once. */
    static final int RECOMPUTE_DELAY_MS = 150;
    private EvidenceSessionTracker sessions;
    private EvidenceSession session;
    private boolean recomputePending;
    private final EvidenceSessionListener sessionListener = new EvidenceSessionListener() {
        @Override
        public void opened(EvidenceSession opened) {
            onDisplay(() -> {
                session = opened;
                showSession();
            });
        }

        @Override
        public void ended(EvidenceSession ended) {
            onDisplay(() -> {
                if (session == ended) {
                    session = null;
                    showProblem("The workbench's evidence session has ended.");
                }
            });
        }

        @Override
        public void changed(EvidenceSession changed, Notification notification) {
            onDisplay(GuidelineComparisonView.this::scheduleRecompute);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Display display = parent.getDisplay();
        FontData[] fd = parent.getFont().getFontData();
        for (FontData f : fd) {
            f.setStyle(SWT.BOLD);
        }
        bold = new Font(display, fd);
        FontData[] hd = parent.getFont().getFontData();
        for (FontData f : hd) {
            f.setStyle(SWT.BOLD);
            f.setHeight(f.getHeight() + 2);
        }
        heading = new Font(display, hd);

        top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        title = new Label(top, SWT.WRAP);
        title.setFont(heading);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite filters = new Composite(top, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout fl = new GridLayout(4, false);
        fl.marginWidth = 0;
        fl.marginHeight = 0;
        filters.setLayout(fl);
        new Label(filters, SWT.NONE).setText("Bodies:");
        bodyFilters = new Composite(filters, SWT.NONE);
        RowLayout rl = new RowLayout(SWT.HORIZONTAL);
        rl.marginTop = rl.marginBottom = rl.marginLeft = 0;
        bodyFilters.setLayout(rl);
        new Label(filters, SWT.NONE).setText("   Questions containing:");
        questionFilter = new Text(filters, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        questionFilter.setMessage("filter questions");
        GridData qd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        qd.widthHint = 180;
        questionFilter.setLayoutData(qd);
        questionFilter.addModifyListener(e -> rebuildMatrix());

        legend(top);

        SashForm sash = new SashForm(top, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        matrixScroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        matrix = new ComparisonMatrix(matrixScroll, bold, heading, this::select);
        SashForm lower = new SashForm(sash, SWT.HORIZONTAL);
        detail = new StyledText(lower, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        detail.setMargins(6, 4, 6, 4);
        timeline = new TimelineChart(lower);
        lower.setWeights(44, 56);
        sash.setWeights(52, 48);

        contributeActions();
        trackSession();
    }

    /** Follows the session service; when none is registered (yet) the title says so and the view waits for one. */
    private void trackSession() {
        sessions = new EvidenceSessionTracker(FrameworkUtil.getBundle(GuidelineComparisonView.class).getBundleContext(),
                sessionListener);
        sessions.open();
        if (session == null) {
            showProblem("No evidence base is open yet.");
        }
    }

    /** Runs on the view's display thread: at once when called there, else as soon as the display gets to it. */
    private void onDisplay(Runnable runnable) {
        if (top == null || top.isDisposed()) {
            return;
        }
        Display display = top.getDisplay();
        if (Display.getCurrent() == display) {
            runnable.run();
        } else {
            display.asyncExec(() -> {
                if (!top.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void scheduleRecompute() {
        if (recomputePending) {
            return;
        }
        recomputePending = true;
        top.getDisplay().timerExec(RECOMPUTE_DELAY_MS, () -> {
            recomputePending = false;
            if (!top.isDisposed()) {
                showSession();
            }
        });
    }

    /** Shows the comparison for the session's evidence base, or why there is none. */
    private void showSession() {
        if (session == null) {
            return;
        }
        EvidenceBase base = session.evidenceBase().orElse(null);
        if (base == null) {
            showProblem(session.loadProblem() == null ? "No evidence base is open." : session.loadProblem());
            return;
        }
        show(base, session.sourceName());
    }

    private void showProblem(String problem) {
        loadProblem = problem;
        title.setText(problem);
    }

    private void legend(Composite parent) {
        Composite legend = new Composite(parent, SWT.NONE);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout rl = new RowLayout(SWT.HORIZONTAL);
        rl.marginLeft = 0;
        rl.center = true;
        rl.spacing = 6;
        legend.setLayout(rl);
        new Label(legend, SWT.NONE).setText("Badge = normalised direction / strength / certainty:");
        for (String key : List.of("for", "against", "research-only", "no-position")) {
            Label l = new Label(legend, SWT.BORDER);
            l.setText(" " + key.replace('-', ' ') + " ");
            Palette.apply(l, key);
        }
        Label np = new Label(legend, SWT.BORDER);
        np.setText(" not yet published / no grade ");
        Palette.apply(np, "status");
        Label m = new Label(legend, SWT.NONE);
        m.setText("   " + DIVERGENCE_MARKER + " bold = differs from another body on this question (see the row header)");
        m.setFont(bold);
        m.setForeground(Palette.marker(legend.getDisplay()));
    }

    private void contributeActions() {
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        Action csv = new Action("Export CSV\u2026") {
            @Override
            public void run() {
                export("csv");
            }
        };
        csv.setToolTipText("Export the shown comparison (filters applied) to CSV: one row per cell");
        Action html = new Action("Export HTML\u2026") {
            @Override
            public void run() {
                export("html");
            }
        };
        html.setToolTipText("Export the shown comparison (filters applied) with divergences and timeline to HTML");
        tb.add(csv);
        tb.add(html);
        getViewSite().getActionBars().getMenuManager().add(csv);
        getViewSite().getActionBars().getMenuManager().add(html);
    }

    private void export(String format) {
        if (comparison == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName("guideline-comparison." + format);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), exportText(format), StandardCharsets.UTF_8);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export failed", "Could not write " + file + ": " + e.getMessage());
        }
    }

    /** The export of what is shown (filters applied): {@code csv} or {@code html}. */
    public String exportText(String format) {
        List<String> bodies = visibleBodyKeys();
        List<String> questions = visibleQuestionIds();
        return "csv".equals(format) ? ComparisonExport.csv(comparison, bodies, questions)
                : ComparisonExport.html(comparison, bodies, questions);
    }

    /** Computes the comparison for an evidence base and shows it. */
    public void show(EvidenceBase base, String source) {
        SchemeRegistry.Contributions contributions = SchemeRegistry.fromPlatform();
        GuidelineComparison c = new GuidelineComparator(contributions.schemes()).compare(base, source,
                contributions.questionsFor(base.getId()));
        show(c);
    }

    /** Shows a computed comparison. */
    public void show(GuidelineComparison c) {
        comparison = c;
        loadProblem = null;
        title.setText("Guideline comparison \u2014 " + nz(c.evidenceBaseTitle()));
        for (Control ctl : bodyFilters.getChildren()) {
            ctl.dispose();
        }
        hiddenBodies.retainAll(c.bodies().stream().map(Body::key).toList());
        for (Body b : c.bodies()) {
            Button check = new Button(bodyFilters, SWT.CHECK);
            check.setText(b.key());
            check.setToolTipText(b.name());
            check.setData(b.key());
            check.setSelection(!hiddenBodies.contains(b.key()));
            check.addListener(SWT.Selection, e -> setBodyVisible(b.key(), check.getSelection()));
        }
        timeline.show(c.timeline());
        String previous = selectedId;
        selectedId = null;
        rebuildMatrix();
        if (previous != null && matrix.showsEntry(previous)) {
            // a recomputation after an edit keeps the analyst's place
            select(previous);
            top.layout(true, true);
            return;
        }
        // Start on the first divergent position so the detail pane explains a divergence straight away.
        c.positions().stream().filter(c::isDivergent).filter(p -> matrix.showsEntry(p.id())).findFirst()
                .or(() -> c.positions().stream().filter(p -> matrix.showsEntry(p.id())).findFirst())
                .ifPresent(p -> select(p.id()));
        top.layout(true, true);
    }

    public void setBodyVisible(String key, boolean visible) {
        if (visible) {
            hiddenBodies.remove(key);
        } else {
            hiddenBodies.add(key);
        }
        for (Control ctl : bodyFilters.getChildren()) {
            if (key.equals(ctl.getData()) && ((Button) ctl).getSelection() != visible) {
                ((Button) ctl).setSelection(visible);
            }
        }
        rebuildMatrix();
    }

    public void setQuestionFilter(String text) {
        questionFilter.setText(text == null ? "" : text);
        rebuildMatrix();
    }

    public List<String> visibleBodyKeys() {
        return comparison == null ? List.of()
                : comparison.bodies().stream().map(Body::key).filter(k -> !hiddenBodies.contains(k)).toList();
    }

    public List<String> visibleQuestionIds() {
        if (comparison == null) {
            return List.of();
        }
        String f = questionFilter.getText().trim().toLowerCase(Locale.ROOT);
        return comparison.questions().stream().filter(q -> f.isEmpty() || matches(q, f)).map(Question::id).toList();
    }

    private static boolean matches(Question q, String f) {
        String all = String.join(" ", nz(q.title()), nz(q.scope().population()), nz(q.scope().intervention()),
                nz(q.scope().comparator()), nz(q.scope().context()));
        return all.toLowerCase(Locale.ROOT).contains(f);
    }

    private void rebuildMatrix() {
        matrix.show(comparison, visibleBodyKeys(), visibleQuestionIds());
        if (selectedId != null && matrix.showsEntry(selectedId)) {
            matrix.highlight(selectedId);
        } else if (selectedId != null) {
            selectedId = null;
            detail.setText("");
        }
    }

    /** Selects a cell entry (a position) and shows its details. */
    public void select(String positionId) {
        if (comparison == null || comparison.position(positionId).isEmpty()) {
            return;
        }
        selectedId = positionId;
        if (matrix.showsEntry(positionId)) {
            matrix.highlight(positionId);
        }
        showDetail(comparison.position(positionId).get());
    }

    private void showDetail(ComparedPosition p) {
        PositionDetail.Styled text = PositionDetail.describe(comparison, p);
        detail.setText(text.text());
        detail.setStyleRanges(text.headings().stream()
                .map(r -> new StyleRange(r.start(), r.length(), null, null, SWT.BOLD)).toArray(StyleRange[]::new));
        detail.setTopIndex(0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // --- for tests and the screenshot ---

    public GuidelineComparison getComparison() {
        return comparison;
    }

    public String getLoadProblem() {
        return loadProblem;
    }

    public Chart getChart() {
        return timeline.getChart();
    }

    public String getDetailText() {
        return detail.getText();
    }

    public String getSelectedId() {
        return selectedId;
    }

    /** Texts of the labels of a shown cell entry (header, published grade, badge, key studies, marker). */
    public List<String> entryTexts(String positionId) {
        return matrix.entryTexts(positionId);
    }

    /** Whether a shown entry is drawn as divergent (bold header with the marker). */
    public boolean isEntryMarkedDivergent(String positionId) {
        return matrix.isEntryMarkedDivergent(positionId);
    }

    /** Whether a shown row header carries the divergence marker. */
    public boolean isRowMarkedDivergent(String questionId) {
        return matrix.isRowMarkedDivergent(questionId);
    }

    /** The column headers shown (body keys), in order. */
    public List<String> shownColumns() {
        return matrix.shownColumns();
    }

    @Override
    public void setFocus() {
        matrixScroll.setFocus();
    }

    @Override
    public void dispose() {
        if (sessions != null) {
            sessions.close();
        }
        if (bold != null) {
            bold.dispose();
        }
        if (heading != null) {
            heading.dispose();
        }
        super.dispose();
    }
}
