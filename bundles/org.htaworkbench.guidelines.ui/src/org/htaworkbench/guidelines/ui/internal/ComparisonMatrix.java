package org.htaworkbench.guidelines.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.htaworkbench.guidelines.Body;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.guidelines.ui.ComparisonExport;

/**
 * The questions x bodies grid of the Guideline Comparison view, drawn into a scrolled composite: a header row of
 * bodies, one row per question (its header says where the bodies diverge), one cell entry per position. The view
 * decides what is shown (filters) and what is selected; the matrix draws it and reports clicks on an entry.
 */
final class ComparisonMatrix {

    private final ScrolledComposite scroll;
    private final Font bold;
    private final Font heading;
    private final Consumer<String> onEntryClicked;
    private final Map<String, Composite> entries = new LinkedHashMap<>();
    private final Map<String, Label> rowHeaders = new LinkedHashMap<>();
    private GuidelineComparison comparison;
    private int columns;
    private Composite grid;

    ComparisonMatrix(ScrolledComposite scroll, Font bold, Font heading, Consumer<String> onEntryClicked) {
        this.scroll = scroll;
        this.bold = bold;
        this.heading = heading;
        this.onEntryClicked = onEntryClicked;
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> layout());
    }

    /** Redraws the grid for these bodies (columns) and questions (rows), in the order given; none when null. */
    void show(GuidelineComparison shown, List<String> bodyKeys, List<String> questionIds) {
        if (grid != null) {
            grid.dispose();
        }
        entries.clear();
        rowHeaders.clear();
        comparison = shown;
        columns = bodyKeys.size();
        grid = new Composite(scroll, SWT.NONE);
        grid.setBackground(grid.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        scroll.setContent(grid);
        if (comparison == null) {
            return;
        }
        GridLayout gl = new GridLayout(1 + columns, false);
        gl.horizontalSpacing = 1;
        gl.verticalSpacing = 1;
        gl.marginWidth = 1;
        gl.marginHeight = 1;
        grid.setLayout(gl);
        Color white = grid.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        header(grid, "Question", null, white);
        for (String key : bodyKeys) {
            Body b = comparison.bodies().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            header(grid, b.key(), b.name(), white);
        }
        for (String qid : questionIds) {
            Question q = comparison.questions().stream().filter(x -> x.id().equals(qid)).findFirst().orElseThrow();
            rowHeader(grid, q, white);
            for (String key : bodyKeys) {
                cell(grid, q, key, white);
            }
        }
        layout();
    }

    boolean showsEntry(String positionId) {
        return entries.containsKey(positionId);
    }

    /** Paints the entry of this position as selected and every other entry as not; null selects none. */
    void highlight(String positionId) {
        Color white = grid.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        for (Map.Entry<String, Composite> e : entries.entrySet()) {
            Color bg = e.getKey().equals(positionId) ? Palette.selection(grid.getDisplay()) : white;
            paint(e.getValue(), bg);
        }
    }

    /** Shares the width out: the question column gets a fifth (200-300 px), the bodies the rest, wrapping text. */
    void layout() {
        if (grid == null || grid.isDisposed() || comparison == null) {
            return;
        }
        int width = Math.max(scroll.getClientArea().width, 700);
        int qWidth = Math.min(300, Math.max(200, width / 5));
        int colWidth = columns == 0 ? 0 : Math.max(170, (width - qWidth - 4 - columns) / columns);
        Control[] children = grid.getChildren();
        for (int i = 0; i < children.length; i++) {
            GridData gd = (GridData) children[i].getLayoutData();
            gd.widthHint = (i % (columns + 1) == 0 ? qWidth : colWidth) - 2;
            setWrapWidth(children[i], gd.widthHint - 8);
        }
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        grid.layout(true, true);
    }

    /** Texts of the labels of a shown cell entry (header, published grade, badge, key studies, marker). */
    List<String> entryTexts(String positionId) {
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
    boolean isEntryMarkedDivergent(String positionId) {
        Composite e = entries.get(positionId);
        if (e == null) {
            return false;
        }
        Label head = (Label) e.getChildren()[0];
        return head.getText().startsWith(GuidelineComparisonView.DIVERGENCE_MARKER) && head.getFont().equals(bold);
    }

    /** Whether a shown row header carries the divergence marker. */
    boolean isRowMarkedDivergent(String questionId) {
        Label l = rowHeaders.get(questionId);
        return l != null && l.getText().startsWith(GuidelineComparisonView.DIVERGENCE_MARKER);
    }

    /** The column headers shown (body keys), in order. */
    List<String> shownColumns() {
        List<String> keys = new ArrayList<>();
        if (grid == null || comparison == null) {
            return keys;
        }
        Control[] children = grid.getChildren();
        for (int i = 1; i <= columns && i < children.length; i++) {
            keys.add(((Label) ((Composite) children[i]).getChildren()[0]).getText());
        }
        return keys;
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
        l.setText((divergent ? GuidelineComparisonView.DIVERGENCE_MARKER + " " : "") + q.title());
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
        String marker = GuidelineComparisonView.DIVERGENCE_MARKER;
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
        Label head = label(e, (divergent ? marker + " " : "") + p.label() + (rel.isEmpty() ? "" : " \u2014 " + rel));
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
            Label d = label(e, marker + " diverges in " + aspects);
            d.setFont(bold);
            d.setForeground(Palette.marker(e.getDisplay()));
        }
        hookClicks(e, p.id());
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        l.setBackground(parent.getBackground());
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return l;
    }

    private void hookClicks(Control c, String id) {
        c.addListener(SWT.MouseDown, ev -> onEntryClicked.accept(id));
        c.setCursor(c.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                hookClicks(child, id);
            }
        }
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
