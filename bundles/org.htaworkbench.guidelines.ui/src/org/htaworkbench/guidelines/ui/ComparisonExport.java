package org.htaworkbench.guidelines.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.htaworkbench.guidelines.Body;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.Explanation;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.KeyStudy;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.PublishedGrade;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.model.text.CsvCells;

/**
 * Writes a {@link GuidelineComparison} (optionally restricted to some bodies and questions, as filtered in the view) to
 * CSV and HTML. Pure functions of the comparison: no UI, no files; the view adds the file dialog.
 *
 * <p>
 * CSV: one row per matrix cell entry (a body's position on a question; a cell without any position gives one row with
 * status {@value #NO_POSITION}); RFC 4180 quoting, formulas neutralised ({@link #csvField}). HTML: a self-contained
 * page with the matrix (published grade verbatim and the normalised badge as text), the divergences with their
 * explanations and the evidence timeline.
 */
public final class ComparisonExport {

    /** Status written for a cell in which the evidence base holds no position of the body. */
    public static final String NO_POSITION = "no position recorded";

    public static final List<String> CSV_HEADER = List.of("question_id", "question", "body", "position_id", "label",
            "document", "date", "source", "url", "status", "relation", "published_class", "published_level",
            "grade_basis", "direction", "strength", "certainty", "badge", "divergent", "divergent_aspects",
            "key_studies_before", "key_studies_same_year", "key_studies_after", "statement");

    private ComparisonExport() {
    }

    /** CSV of every body and question. */
    public static String csv(GuidelineComparison c) {
        return csv(c, bodyKeys(c), questionIds(c));
    }

    /** CSV restricted to the given bodies and questions (in the comparison's order). */
    public static String csv(GuidelineComparison c, Collection<String> bodyKeys, Collection<String> questionIds) {
        StringBuilder b = new StringBuilder();
        row(b, CSV_HEADER);
        for (Question q : questions(c, questionIds)) {
            for (Body body : bodies(c, bodyKeys)) {
                List<ComparedPosition> cell = c.cell(q.id(), body.key());
                if (cell.isEmpty()) {
                    List<String> f = new ArrayList<>(java.util.Collections.nCopies(CSV_HEADER.size(), ""));
                    f.set(0, q.id());
                    f.set(1, q.title());
                    f.set(2, body.key());
                    f.set(9, NO_POSITION);
                    f.set(18, "false");
                    row(b, f);
                    continue;
                }
                for (ComparedPosition p : cell) {
                    boolean published = p.status() == PositionStatus.PUBLISHED;
                    EvidenceTimeline.PositionEvidence ev = c.timeline().evidenceFor(p);
                    row(b, List.of(q.id(), q.title(), body.key(), p.id(), p.label(), nz(p.document()),
                            nz(p.dateText()), nz(p.source()), nz(p.url()), p.status().label(),
                            p.relation().name().toLowerCase(java.util.Locale.ROOT), text(p.classGrade()),
                            text(p.levelGrade()), basis(p),
                            published ? p.normalised().direction().label() : "",
                            published ? p.normalised().strength().label() : "",
                            published ? p.normalised().certainty().label() : "", p.badge(),
                            Boolean.toString(c.isDivergent(p)), divergentAspects(c, p),
                            ev == null ? "" : studies(ev.before()), ev == null ? "" : studies(ev.sameYear()),
                            ev == null ? "" : studies(ev.after()), nz(p.statement())));
                }
            }
        }
        return b.toString();
    }

    /** HTML of every body and question. */
    public static String html(GuidelineComparison c) {
        return html(c, bodyKeys(c), questionIds(c));
    }

    /** A self-contained HTML page restricted to the given bodies and questions. */
    public static String html(GuidelineComparison c, Collection<String> bodyKeys, Collection<String> questionIds) {
        List<Body> bodies = bodies(c, bodyKeys);
        List<Question> questions = questions(c, questionIds);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>Guideline comparison: ")
                .append(esc(c.evidenceBaseTitle())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;color:#111}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}")
                .append(".badge{display:inline-block;padding:1px 4px;border:1px solid #444;border-radius:3px}")
                .append(".for{background:#d6f0dc;color:#0b3d1a}.against{background:#f8d3d1;color:#5c0a0a}")
                .append(".research-only{background:#fbe7bd;color:#4d3300}.no-position,.unknown,.status{background:#e8e8e8;color:#222}")
                .append(".divergent{font-weight:bold}.marker{color:#8a3b00}\n</style>\n</head>\n<body>\n");
        h.append("<h1>Guideline comparison: ").append(esc(c.evidenceBaseTitle())).append("</h1>\n");
        h.append("<p>Each cell: the grade as published (verbatim) and the normalised position as text ")
                .append("(direction / strength / certainty). <span class=\"marker\">&#9670;</span> <b>bold</b>: ")
                .append("the position diverges from another body on the question.</p>\n");
        h.append("<table>\n<thead><tr><th>Question</th>");
        for (Body body : bodies) {
            h.append("<th>").append(esc(body.key())).append("<br><small>").append(esc(body.name())).append("</small></th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Question q : questions) {
            QuestionAnalysis a = c.analysis(q.id()).orElse(null);
            boolean divergent = a != null && !a.divergences().isEmpty();
            h.append("<tr><th").append(divergent ? " class=\"divergent\"" : "").append(">")
                    .append(divergent ? "<span class=\"marker\">&#9670;</span> " : "").append(esc(q.title()));
            if (divergent) {
                h.append("<br><small>diverges in ").append(esc(a.divergences().stream().map(d -> d.aspect().label())
                        .collect(Collectors.joining(", ")))).append("</small>");
            }
            h.append("</th>");
            for (Body body : bodies) {
                h.append("<td>");
                List<ComparedPosition> cell = c.cell(q.id(), body.key());
                if (cell.isEmpty()) {
                    h.append("<i>").append(NO_POSITION).append("</i>");
                }
                for (int i = 0; i < cell.size(); i++) {
                    ComparedPosition p = cell.get(i);
                    boolean div = c.isDivergent(p);
                    h.append(i > 0 ? "<hr>" : "").append("<div").append(div ? " class=\"divergent\"" : "").append(">")
                            .append(div ? "<span class=\"marker\">&#9670;</span> " : "").append(esc(p.label()))
                            .append("</div>");
                    if (p.status() == PositionStatus.PUBLISHED) {
                        h.append("<div>Published: ").append(esc(p.published())).append(basis(p).isEmpty() ? "" : " (encoded from wording)")
                                .append("</div>");
                    }
                    String style = p.status() == PositionStatus.PUBLISHED ? p.normalised().styleKey() : "status";
                    h.append("<div><span class=\"badge ").append(style).append("\">").append(esc(p.badge())).append("</span></div>");
                    if (p.relation() != org.htaworkbench.guidelines.Relation.DIRECT) {
                        h.append("<div><small>").append(esc(relationText(p))).append("</small></div>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<h2>Divergences</h2>\n");
        boolean any = false;
        for (Question q : questions) {
            for (Divergence d : c.analysis(q.id()).map(QuestionAnalysis::divergences).orElse(List.of())) {
                if (d.stances().stream().noneMatch(s -> c.position(s.positionId()).map(p -> bodyKeys.contains(p.bodyKey())).orElse(false))) {
                    continue;
                }
                any = true;
                h.append("<h3>").append(esc(q.title())).append(": ").append(esc(d.summary())).append("</h3>\n<ul>\n");
                for (Explanation e : d.explanations()) {
                    h.append("<li><b>").append(esc(e.kind().label())).append(":</b> ").append(esc(e.text()));
                    if (!e.details().isEmpty()) {
                        h.append("<ul>");
                        for (String detail : e.details()) {
                            h.append("<li>").append(esc(detail)).append("</li>");
                        }
                        h.append("</ul>");
                    }
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
        }
        if (!any) {
            h.append("<p>No divergences among the shown positions.</p>\n");
        }
        h.append("<h2>Evidence timeline</h2>\n<table>\n<thead><tr><th>Date</th><th>Kind</th><th>Event</th></tr></thead>\n<tbody>\n");
        for (EvidenceTimeline.Event e : c.timeline().events()) {
            h.append("<tr><td>").append(esc(e.date().toString())).append("</td><td>")
                    .append(e.kind() == EvidenceTimeline.Kind.KEY_STUDY ? "key study" : "guideline / HTA decision")
                    .append("</td><td>").append(esc(e.kind() == EvidenceTimeline.Kind.KEY_STUDY ? e.detail() : e.label()
                            + (e.detail() == null ? "" : ": " + e.detail())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p><small>Source: ").append(esc(nz(c.source()))).append("; question data ")
                .append(esc(nz(c.questionSource()))).append("</small></p>\n</body>\n</html>\n");
        return h.toString();
    }

    /** e.g. "broader question: any short-term MCS"; empty for a direct answer. */
    public static String relationText(ComparedPosition p) {
        return switch (p.relation()) {
            case DIRECT -> "";
            case BROADER -> "answers a broader question";
            case NARROWER -> "answers a narrower question";
            case OVERLAPPING -> "answers a partly overlapping question";
            case ADJACENT -> "adjacent question: shown, not compared";
            case UNASSIGNED -> "not assigned to a question: not compared";
        };
    }

    /** The aspects (direction, strength, certainty) in which the position takes part in a divergence. */
    public static String divergentAspects(GuidelineComparison c, ComparedPosition p) {
        return c.analysis(p.questionId()).map(a -> a.divergences().stream()
                .filter(d -> d.positionIds().contains(p.id())).map(d -> d.aspect().label())
                .collect(Collectors.joining("; "))).orElse("");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * One CSV field by the workbench's rule for every CSV it writes ({@link CsvCells#field}): a value a spreadsheet
     * would run as a formula ({@code =HYPERLINK(...)} in a statement) gets a leading apostrophe, plain numbers such as
     * {@code -0.25} stay as they are; quoted when it holds a comma, quote, CR or LF or has leading or trailing white
     * space (quotes doubled).
     */
    public static String csvField(String s) {
        return CsvCells.field(s);
    }

    private static void row(StringBuilder b, List<String> fields) {
        b.append(CsvCells.record(fields)).append("\r\n");
    }

    private static List<String> bodyKeys(GuidelineComparison c) {
        return c.bodies().stream().map(Body::key).toList();
    }

    private static List<String> questionIds(GuidelineComparison c) {
        return c.questions().stream().map(Question::id).toList();
    }

    private static List<Body> bodies(GuidelineComparison c, Collection<String> keys) {
        return c.bodies().stream().filter(b -> keys.contains(b.key())).toList();
    }

    private static List<Question> questions(GuidelineComparison c, Collection<String> ids) {
        return c.questions().stream().filter(q -> ids.contains(q.id())).toList();
    }

    private static String text(PublishedGrade g) {
        return g == null || g.isEmpty() ? "" : g.text();
    }

    /** How grades not printed as grades were encoded (empty when every grade is printed). */
    public static String basis(ComparedPosition p) {
        List<String> b = new ArrayList<>();
        for (PublishedGrade g : new PublishedGrade[] { p.classGrade(), p.levelGrade() }) {
            if (g != null && !g.isEmpty() && !g.isPrinted()) {
                b.add(g.dimension() + " encoded: " + g.basis());
            }
        }
        return String.join("; ", b);
    }

    private static String studies(List<KeyStudy> s) {
        return s.stream().map(KeyStudy::label).collect(Collectors.joining("; "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
