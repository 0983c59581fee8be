package org.htaworkbench.guidelines.internal;

import java.io.PrintStream;
import java.util.List;

import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.Explanation;
import org.htaworkbench.guidelines.Grade;
import org.htaworkbench.guidelines.GradingScheme;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.Normalisation;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.PublishedGrade;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.guidelines.Scope;
import org.htaworkbench.model.text.ControlChars;

/**
 * The text form of a comparison. Every line is printed through {@link #line}, which makes control characters
 * visible: statements, labels, documents and notes come from the evidence base and the question data, and a line
 * break in one of them must not add a line that reads like part of the report.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Prints the comparison as text; with {@code tables} also every scheme's mapping table. */
    public static void print(GuidelineComparison c, boolean tables, PrintStream out) {
        line(out, "Guideline comparison: " + c.evidenceBaseTitle());
        line(out, "Source: " + c.source());
        line(out, "Questions: " + c.questionSource());
        int n = 0;
        for (Question q : c.questions()) {
            out.println();
            line(out, "Q" + (++n) + " " + q.title());
            for (Scope.ScopeField f : Scope.ScopeField.values()) {
                if (q.scope().get(f) != null) {
                    line(out, "   " + capital(f.label()) + ": " + q.scope().get(f));
                }
            }
            for (ComparedPosition p : c.positions(q.id())) {
                printPosition(c, p, out);
            }
            QuestionAnalysis a = c.analysis(q.id()).orElseThrow();
            printAnalysis(c, a, out);
        }
        out.println();
        line(out, "Evidence timeline (key studies by publication year; positions by date):");
        for (EvidenceTimeline.Event e : c.timeline().events()) {
            line(out, String.format("  %-15s %-8s %s", e.date(), e.kind() == EvidenceTimeline.Kind.KEY_STUDY ? "study" : "position",
                    e.kind() == EvidenceTimeline.Kind.KEY_STUDY ? e.detail() : e.label() + " — " + e.detail()));
        }
        if (tables) {
            printTables(c, out);
        }
        if (!c.problems().isEmpty()) {
            out.println();
            line(out, "Problems matching the question data to the evidence base:");
            c.problems().forEach(p -> line(out, "  " + p));
        }
    }

    private static void printPosition(GuidelineComparison c, ComparedPosition p, PrintStream out) {
        out.println();
        line(out, "   [" + p.label() + "] " + p.relation().name().toLowerCase() + (c.isDivergent(p) ? "  <- diverges" : ""));
        if (p.status() != PositionStatus.PUBLISHED) {
            line(out, "      " + capital(p.status().label()) + (p.document() != null ? ": " + p.document() : ""));
            if (p.statusNote() != null) {
                line(out, "      " + p.statusNote());
            }
            note(p, out);
            return;
        }
        line(out, "      Document: " + p.document() + " (" + p.source() + (p.statusNote() != null ? "; " + p.statusNote() : "") + ")");
        if (p.statement() != null) {
            line(out, "      Statement: " + p.statement());
        }
        line(out, "      Published: " + grade(p.classGrade(), "class") + "; " + grade(p.levelGrade(), "level"));
        Normalisation n = p.normalisation();
        line(out, "      Normalised: " + p.normalised().badge()
                + (p.schemeName() != null ? "   [" + p.schemeName() + (n.usesOverride() ? ", with user overrides" : "") + "]" : ""));
        n.steps().forEach(s -> line(out, "         " + s));
        n.problems().forEach(s -> line(out, "         not mapped: " + s));
        if (!p.scope().equals(Scope.EMPTY)) {
            line(out, "      Scope: population " + p.scope().population() + "; intervention " + p.scope().intervention()
                    + "; comparator " + p.scope().comparator() + "; context " + p.scope().context());
        }
        EvidenceTimeline.PositionEvidence e = c.timeline().evidenceFor(p);
        if (e != null && p.date() != null) {
            line(out, "      Key studies published before " + p.dateText() + ": " + list(e.before())
                    + (e.sameYear().isEmpty() ? "" : "; same year (order unknown): " + list(e.sameYear()))
                    + (e.after().isEmpty() ? "" : "; after (cannot rest on them): " + list(e.after())));
        }
        note(p, out);
    }

    private static void note(ComparedPosition p, PrintStream out) {
        if (p.evidenceNote() != null) {
            line(out, "      Note: " + p.evidenceNote());
        }
    }

    private static String list(List<org.htaworkbench.guidelines.KeyStudy> studies) {
        return studies.isEmpty() ? "none" : String.join(", ", studies.stream().map(s -> s.label()).toList());
    }

    private static String grade(PublishedGrade g, String name) {
        if (g == null || g.isEmpty()) {
            return "no " + name + " printed";
        }
        return name + " '" + g.text() + "'" + (g.description() != null ? " (" + g.description() + ")" : "")
                + (g.isPrinted() ? "" : " [encoded from wording]");
    }

    private static void printAnalysis(GuidelineComparison c, QuestionAnalysis a, PrintStream out) {
        out.println();
        if (a.question().id().equals(Question.UNASSIGNED_ID)) {
            line(out, "   Not compared: these positions are not assigned to a question (supply --questions).");
            return;
        }
        if (a.divergences().isEmpty()) {
            line(out, "   Divergences: none" + (a.compared().size() < 2 ? " (fewer than 2 comparable positions)" : ""));
        } else {
            line(out, "   Divergences:");
            for (Divergence d : a.divergences()) {
                line(out, "   * " + d.summary());
                for (Explanation x : d.explanations()) {
                    line(out, "       - " + x.kind().label() + ": " + x.text());
                    x.details().forEach(detail -> line(out, "           " + detail));
                }
            }
        }
        a.agreements().forEach((aspect, value) -> line(out, "   Agree on " + aspect.label() + ": " + value));
        a.notes().forEach(note -> line(out, "   Note: " + note));
        a.excluded().forEach((id, reason) -> line(out, "   Not compared: "
                + c.position(id).map(ComparedPosition::label).orElse(id) + " — " + reason));
    }

    private static void printTables(GuidelineComparison c, PrintStream out) {
        out.println();
        line(out, "Mapping tables (dimension, code, direction, strength, certainty; source):");
        for (GradingScheme s : c.schemes().all()) {
            line(out, "  " + s.id() + " — " + s.name() + " [" + s.mappingTable() + "]");
            for (Grade g : s.grades()) {
                line(out, String.format("    %-6s %-32s %-14s %-12s %-12s %s%s", g.dimension(), g.code(), v(g.direction()),
                        v(g.strength()), v(g.certainty()), g.source(), g.overridden() ? " (override)" : ""));
            }
        }
    }

    /** Prints one line of the report with its control characters made visible ({@link ControlChars#visible}). */
    private static void line(PrintStream out, String text) {
        out.println(ControlChars.visible(text));
    }

    private static String v(Enum<?> e) {
        return e == null ? "-" : e.name();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
