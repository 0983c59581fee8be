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

/** The text form of a comparison. */
public final class TextReport {

    private TextReport() {
    }

    public static void print(GuidelineComparison c, boolean tables, PrintStream out) {
        out.println("Guideline comparison: " + c.evidenceBaseTitle());
        out.println("Source: " + c.source());
        out.println("Questions: " + c.questionSource());
        int n = 0;
        for (Question q : c.questions()) {
            out.println();
            out.println("Q" + (++n) + " " + q.title());
            for (Scope.ScopeField f : Scope.ScopeField.values()) {
                if (q.scope().get(f) != null) {
                    out.println("   " + capital(f.label()) + ": " + q.scope().get(f));
                }
            }
            for (ComparedPosition p : c.positions(q.id())) {
                printPosition(c, p, out);
            }
            QuestionAnalysis a = c.analysis(q.id()).orElseThrow();
            printAnalysis(c, a, out);
        }
        out.println();
        out.println("Evidence timeline (key studies by publication year; positions by date):");
        for (EvidenceTimeline.Event e : c.timeline().events()) {
            out.printf("  %-15s %-8s %s%n", e.date(), e.kind() == EvidenceTimeline.Kind.KEY_STUDY ? "study" : "position",
                    e.kind() == EvidenceTimeline.Kind.KEY_STUDY ? e.detail() : e.label() + " — " + e.detail());
        }
        if (tables) {
            printTables(c, out);
        }
        if (!c.problems().isEmpty()) {
            out.println();
            out.println("Problems matching the question data to the evidence base:");
            c.problems().forEach(p -> out.println("  " + p));
        }
    }

    private static void printPosition(GuidelineComparison c, ComparedPosition p, PrintStream out) {
        out.println();
        out.println("   [" + p.label() + "] " + p.relation().name().toLowerCase() + (c.isDivergent(p) ? "  <- diverges" : ""));
        if (p.status() != PositionStatus.PUBLISHED) {
            out.println("      " + capital(p.status().label()) + (p.document() != null ? ": " + p.document() : ""));
            if (p.statusNote() != null) {
                out.println("      " + p.statusNote());
            }
            note(p, out);
            return;
        }
        out.println("      Document: " + p.document() + " (" + p.source() + (p.statusNote() != null ? "; " + p.statusNote() : "") + ")");
        if (p.statement() != null) {
            out.println("      Statement: " + p.statement());
        }
        out.println("      Published: " + grade(p.classGrade(), "class") + "; " + grade(p.levelGrade(), "level"));
        Normalisation n = p.normalisation();
        out.println("      Normalised: " + p.normalised().badge()
                + (p.schemeName() != null ? "   [" + p.schemeName() + (n.usesOverride() ? ", with user overrides" : "") + "]" : ""));
        n.steps().forEach(s -> out.println("         " + s));
        n.problems().forEach(s -> out.println("         not mapped: " + s));
        if (!p.scope().equals(Scope.EMPTY)) {
            out.println("      Scope: population " + p.scope().population() + "; intervention " + p.scope().intervention()
                    + "; comparator " + p.scope().comparator() + "; context " + p.scope().context());
        }
        EvidenceTimeline.PositionEvidence e = c.timeline().evidenceFor(p);
        if (e != null && p.date() != null) {
            out.println("      Key studies published before " + p.dateText() + ": " + list(e.before())
                    + (e.sameYear().isEmpty() ? "" : "; same year (order unknown): " + list(e.sameYear()))
                    + (e.after().isEmpty() ? "" : "; after (cannot rest on them): " + list(e.after())));
        }
        note(p, out);
    }

    private static void note(ComparedPosition p, PrintStream out) {
        if (p.evidenceNote() != null) {
            out.println("      Note: " + p.evidenceNote());
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
            out.println("   Not compared: these positions are not assigned to a question (supply --questions).");
            return;
        }
        if (a.divergences().isEmpty()) {
            out.println("   Divergences: none" + (a.compared().size() < 2 ? " (fewer than 2 comparable positions)" : ""));
        } else {
            out.println("   Divergences:");
            for (Divergence d : a.divergences()) {
                out.println("   * " + d.summary());
                for (Explanation x : d.explanations()) {
                    out.println("       - " + x.kind().label() + ": " + x.text());
                    x.details().forEach(line -> out.println("           " + line));
                }
            }
        }
        a.agreements().forEach((aspect, value) -> out.println("   Agree on " + aspect.label() + ": " + value));
        a.notes().forEach(note -> out.println("   Note: " + note));
        a.excluded().forEach((id, reason) -> out.println("   Not compared: "
                + c.position(id).map(ComparedPosition::label).orElse(id) + " — " + reason));
    }

    private static void printTables(GuidelineComparison c, PrintStream out) {
        out.println();
        out.println("Mapping tables (dimension, code, direction, strength, certainty; source):");
        for (GradingScheme s : c.schemes().all()) {
            out.println("  " + s.id() + " — " + s.name() + " [" + s.mappingTable() + "]");
            for (Grade g : s.grades()) {
                out.printf("    %-6s %-32s %-14s %-12s %-12s %s%s%n", g.dimension(), g.code(), v(g.direction()), v(g.strength()),
                        v(g.certainty()), g.source(), g.overridden() ? " (override)" : "");
            }
        }
    }

    private static String v(Enum<?> e) {
        return e == null ? "-" : e.name();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
