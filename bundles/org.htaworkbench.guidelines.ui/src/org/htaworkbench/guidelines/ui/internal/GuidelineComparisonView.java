package org.htaworkbench.guidelines.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
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
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.QuestionAnalysis;
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
    private Composite matrix;
    private StyledText detail;
    private TimelineChart timeline;
    private Font bold;
    private Font heading;
    private final Set<String> hiddenBodies = new LinkedHashSet<>();
    private final Map<String, Composite> entries = new LinkedHashMap<>();
    private final Map<String, Label> rowHeaders = new LinkedHashMap<>();
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
        matrixScroll.setExpandHorizontal(true);
        matrixScroll.setExpandVertical(true);
        matrixScroll.addListener(SWT.Resize, e -> layoutMatrix());
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
        if (previous != null && entries.containsKey(previous)) {
            // a recomputation after an edit keeps the analyst's place
            select(previous);
            top.layout(true, true);
            return;
        }
        // Start on the first divergent position so the detail pane explains a divergence straight away.
        c.positions().stream().filter(c::isDivergent).filter(p -> entries.containsKey(p.id())).findFirst()
                .or(() -> c.positions().stream().filter(p -> entries.containsKey(p.id())).findFirst())
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
        if (matrix != null) {
            matrix.dispose();
        }
        entries.clear();
        rowHeaders.clear();
        matrix = new Composite(matrixScroll, SWT.NONE);
        matrix.setBackground(matrix.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        matrixScroll.setContent(matrix);
        if (comparison == null) {
            return;
        }
        List<String> bodies = visibleBodyKeys();
        GridLayout gl = new GridLayout(1 + bodies.size(), false);
        gl.horizontalSpacing = 1;
        gl.verticalSpacing = 1;
        gl.marginWidth = 1;
        gl.marginHeight = 1;
        matrix.setLayout(gl);
        Color white = matrix.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        header(matrix, "Question", null, white);
        for (String key : bodies) {
            Body b = comparison.bodies().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            header(matrix, b.key(), b.name(), white);
        }
        for (String qid : visibleQuestionIds()) {
            Question q = comparison.questions().stream().filter(x -> x.id().equals(qid)).findFirst().orElseThrow();
            rowHeader(matrix, q, white);
            for (String key : bodies) {
                cell(matrix, q, key, white);
            }
        }
        if (selectedId != null && entries.containsKey(selectedId)) {
            highlight(selectedId);
        } else if (selectedId != null) {
            selectedId = null;
            detail.setText("");
        }
        layoutMatrix();
    }

    private void header(Composite parent, String text, String tooltip, Color bg) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setBackground(bg);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        c.setLayout(new GridLayout(1, false));
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        l.setFont(heading);
        l.setBackground(bg);
        l.setToolTipText(tooltip);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (tooltip != null) {
            Label n = new Label(c, SWT.WRAP);
            n.setText(tooltip);
            n.setBackground(bg);
            n.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
    }

    private void rowHeader(Composite parent, Question q, Color bg) {
        QuestionAnalysis a = comparison.analysis(q.id()).orElse(null);
        boolean divergent = a != null && !a.divergences().isEmpty();
        Composite c = new Composite(parent, SWT.NONE);
        c.setBackground(bg);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
        c.setLayout(new GridLayout(1, false));
        Label l = new Label(c, SWT.WRAP);
        l.setText((divergent ? DIVERGENCE_MARKER + " " : "") + q.title());
        l.setFont(bold);
        l.setBackground(bg);
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rowHeaders.put(q.id(), l);
        if (divergent) {
            Label d = new Label(c, SWT.WRAP);
            d.setText("Bodies differ in " + a.divergences().stream().map(x -> x.aspect().label())
                    .collect(Collectors.joining(", ")) + (a.agreements().isEmpty() ? ""
                            : "; agree on " + a.agreements().entrySet().stream()
                                    .map(e -> e.getKey().label() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
            d.setFont(bold);
            d.setForeground(Palette.marker(c.getDisplay()));
            d.setBackground(bg);
            d.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            for (Divergence div : a.divergences()) {
                Label s = new Label(c, SWT.WRAP);
                s.setText(div.summary());
                s.setBackground(bg);
                s.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
        } else if (a != null && !a.agreements().isEmpty()) {
            Label d = new Label(c, SWT.WRAP);
            d.setText("No divergence among compared positions");
            d.setBackground(bg);
            d.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
    }

    private void cell(Composite parent, Question q, String bodyKey, Color bg) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setBackground(bg);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 2;
        gl.marginHeight = 2;
        c.setLayout(gl);
        List<ComparedPosition> cell = comparison.cell(q.id(), bodyKey);
        if (cell.isEmpty()) {
            Label l = new Label(c, SWT.WRAP);
            l.setText("\u2014 " + ComparisonExport.NO_POSITION);
            l.setBackground(bg);
        }
        for (ComparedPosition p : cell) {
            entry(c, p, bg);
        }
    }

    private void entry(Composite parent, ComparedPosition p, Color bg) {
        boolean divergent = comparison.isDivergent(p);
        Composite e = new Composite(parent, SWT.NONE);
        e.setBackground(bg);
        e.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 4;
        gl.marginHeight = 3;
        gl.verticalSpacing = 2;
        e.setLayout(gl);
        e.setData(p.id());
        entries.put(p.id(), e);

        String rel = ComparisonExport.relationText(p);
        Label head = label(e, (divergent ? DIVERGENCE_MARKER + " " : "") + p.label() + (rel.isEmpty() ? "" : " \u2014 " + rel));
        head.setFont(divergent ? bold : null);
        if (divergent) {
            head.setForeground(Palette.marker(e.getDisplay()));
        }
        if (p.status() == PositionStatus.PUBLISHED) {
            label(e, "Published: " + p.published() + (ComparisonExport.basis(p).isEmpty() ? "" : " (encoded from wording)"))
                    .setFont(divergent ? bold : null);
        } else {
            label(e, nz(p.statusNote()).isEmpty() ? nz(p.document()) : p.statusNote());
        }
        Label badge = new Label(e, SWT.BORDER | SWT.WRAP);
        badge.setText(" " + p.badge() + " ");
        Palette.apply(badge, p.status() == PositionStatus.PUBLISHED ? p.normalised().styleKey() : "status");
        if (divergent) {
            badge.setFont(bold);
        }
        badge.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        EvidenceTimeline.PositionEvidence ev = comparison.timeline().evidenceFor(p);
        if (ev != null) {
            int total = comparison.timeline().keyStudies().size();
            label(e, "Key studies published before: " + ev.before().size() + " of " + total
                    + (ev.sameYear().isEmpty() ? "" : "; same year: " + ev.sameYear().size())
                    + (ev.after().isEmpty() ? "" : "; after: " + ev.after().size()));
        }
        if (divergent) {
            String aspects = ComparisonExport.divergentAspects(comparison, p);
            Label d = label(e, DIVERGENCE_MARKER + " diverges in " + aspects);
            d.setFont(bold);
            d.setForeground(Palette.marker(e.getDisplay()));
        }
        hookSelection(e, p.id());
    }

    private Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        l.setBackground(parent.getBackground());
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return l;
    }

    private void hookSelection(Control c, String id) {
        c.addListener(SWT.MouseDown, ev -> select(id));
        c.setCursor(c.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                hookSelection(child, id);
            }
        }
    }

    private void layoutMatrix() {
        if (matrix == null || matrix.isDisposed() || comparison == null) {
            return;
        }
        int width = Math.max(matrixScroll.getClientArea().width, 700);
        int n = visibleBodyKeys().size();
        int qWidth = Math.min(300, Math.max(200, width / 5));
        int colWidth = n == 0 ? 0 : Math.max(170, (width - qWidth - 4 - n) / n);
        Control[] children = matrix.getChildren();
        for (int i = 0; i < children.length; i++) {
            GridData gd = (GridData) children[i].getLayoutData();
            gd.widthHint = (i % (n + 1) == 0 ? qWidth : colWidth) - 2;
            setWrapWidth(children[i], gd.widthHint - 8);
        }
        matrixScroll.setMinSize(matrix.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        matrix.layout(true, true);
    }

    private static void setWrapWidth(Control c, int width) {
        if (c instanceof Label l && (l.getStyle() & SWT.WRAP) != 0 && l.getLayoutData() instanceof GridData gd
                && gd.horizontalAlignment == SWT.FILL) {
            gd.widthHint = Math.max(50, width);
            l.requestLayout();
        }
        if (c instanceof Composite comp && comp.getLayout() instanceof GridLayout) {
            for (Control child : comp.getChildren()) {
                setWrapWidth(child, width - 2 * ((GridLayout) comp.getLayout()).marginWidth - 4);
            }
        }
    }

    /** Selects a cell entry (a position) and shows its details. */
    public void select(String positionId) {
        if (comparison == null || comparison.position(positionId).isEmpty()) {
            return;
        }
        selectedId = positionId;
        if (entries.containsKey(positionId)) {
            highlight(positionId);
        }
        showDetail(comparison.position(positionId).get());
    }

    private void highlight(String id) {
        Color white = matrix.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        for (Map.Entry<String, Composite> e : entries.entrySet()) {
            Color bg = e.getKey().equals(id) ? Palette.selection(matrix.getDisplay()) : white;
            paint(e.getValue(), bg);
        }
    }

    private static void paint(Control c, Color bg) {
        if (c instanceof Label l && "badge".equals(l.getData("role"))) {
            return;
        }
        c.setBackground(bg);
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                paint(child, bg);
            }
        }
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
        Composite e = entries.get(positionId);
        if (e == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Control c : e.getChildren()) {
            if (c instanceof Label l) {
                texts.add(l.getText().strip());
            }
        }
        return texts;
    }

    /** Whether a shown entry is drawn as divergent (bold header with the marker). */
    public boolean isEntryMarkedDivergent(String positionId) {
        Composite e = entries.get(positionId);
        if (e == null) {
            return false;
        }
        Label head = (Label) e.getChildren()[0];
        return head.getText().startsWith(DIVERGENCE_MARKER) && head.getFont().equals(bold);
    }

    /** Whether a shown row header carries the divergence marker. */
    public boolean isRowMarkedDivergent(String questionId) {
        Label l = rowHeaders.get(questionId);
        return l != null && l.getText().startsWith(DIVERGENCE_MARKER);
    }

    /** The column headers shown (body keys), in order. */
    public List<String> shownColumns() {
        List<String> keys = new ArrayList<>();
        if (matrix == null) {
            return keys;
        }
        int n = visibleBodyKeys().size();
        Control[] children = matrix.getChildren();
        for (int i = 1; i <= n && i < children.length; i++) {
            keys.add(((Label) ((Composite) children[i]).getChildren()[0]).getText());
        }
        return keys;
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
