package org.htaworkbench.guidelines.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.Explanation;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.KeyStudy;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.PublishedGrade;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.ui.ComparisonExport;

/**
 * What the Guideline Comparison view's detail pane says about one position: its document, status, published and
 * normalised grade, scope, the key studies it could have seen, its statement, the divergences of its question and
 * how its grade was normalised. Plain text with the ranges of its headings, so the view only styles and shows it.
 */
final class PositionDetail {

    /** A heading's place in the text. */
    record Range(int start, int length) {
    }

    /** The text and where its headings are. */
    record Styled(String text, List<Range> headings) {
    }

    private PositionDetail() {
    }

    /** The detail text of {@code p} in comparison {@code comparison}, with its headings' ranges. */
    static Styled describe(GuidelineComparison comparison, ComparedPosition p) {
        List<Range> headings = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        Function<String, Void> head = s -> {
            headings.add(new Range(b.length(), s.length()));
            b.append(s).append('\n');
            return null;
        };
        head.apply(p.label() + " \u2014 " + nz(p.bodyName()));
        Question q = comparison.questions().stream().filter(x -> x.id().equals(p.questionId())).findFirst().orElse(null);
        if (q != null) {
            b.append("Question: ").append(q.title()).append('\n');
        }
        b.append("Document: ").append(nz(p.document())).append('\n');
        b.append("Year: ").append(p.dateText() == null ? "unknown" : p.dateText()).append("    Source: ")
                .append(nz(p.source())).append(p.url() == null ? "" : "  " + p.url()).append('\n');
        b.append("Status: ").append(p.status().label()).append(nz(p.statusNote()).isEmpty() ? "" : " \u2014 " + p.statusNote())
                .append('\n');
        if (p.status() == PositionStatus.PUBLISHED) {
            grade(b, "Published class", p.classGrade());
            grade(b, "Published level", p.levelGrade());
            b.append("Normalised: ").append(p.badge()).append(p.schemeName() == null ? "" : "  (scheme: " + p.schemeName() + ")")
                    .append('\n');
        }
        String rel = ComparisonExport.relationText(p);
        if (!rel.isEmpty()) {
            b.append("Scope: ").append(rel).append(": ").append(scope(p)).append('\n');
        }
        EvidenceTimeline.PositionEvidence ev = comparison.timeline().evidenceFor(p);
        if (ev != null) {
            head.apply("Key studies it could have seen (evidence timeline)");
            studies(b, "published before", ev.before());
            studies(b, "same year, order unknown", ev.sameYear());
            studies(b, "published after (cannot rest on them)", ev.after());
            if (!p.cites().isEmpty()) {
                b.append("   cites: ").append(String.join(", ", p.cites())).append('\n');
            }
        }
        if (p.statement() != null && !p.statement().isBlank()) {
            head.apply("Statement");
            b.append('\u201C').append(p.statement()).append('\u201D').append('\n');
        }
        if (p.evidenceNote() != null && !p.evidenceNote().isBlank()) {
            b.append("Evidence note: ").append(p.evidenceNote()).append('\n');
        }
        comparison.analysis(p.questionId()).ifPresent(a -> {
            if (!a.divergences().isEmpty()) {
                head.apply("Divergences on this question");
            }
            for (Divergence d : a.divergences()) {
                b.append(GuidelineComparisonView.DIVERGENCE_MARKER).append(' ').append(d.summary()).append('\n');
                for (Explanation e : d.explanations()) {
                    b.append("   ").append(e.kind().label()).append(": ").append(e.text()).append('\n');
                    for (String line : e.details()) {
                        b.append("      \u2013 ").append(line).append('\n');
                    }
                }
            }
            if (!a.excluded().isEmpty()) {
                head.apply("Shown, not compared");
                a.excluded().forEach((id, why) -> b.append("   ").append(comparison.position(id).map(ComparedPosition::label)
                        .orElse(id)).append(": ").append(why).append('\n'));
            }
        });
        if (p.status() == PositionStatus.PUBLISHED && !p.normalisation().steps().isEmpty()) {
            head.apply("How the published grade was normalised (mapping table rows)");
            p.normalisation().steps().forEach(s -> b.append("   \u2022 ").append(s).append('\n'));
        }
        return new Styled(b.toString(), headings);
    }

    private static void grade(StringBuilder b, String what, PublishedGrade g) {
        if (g == null || g.isEmpty()) {
            return;
        }
        b.append(what).append(": \u201C").append(g.text()).append('\u201D');
        if (g.description() != null && !g.description().isBlank()) {
            b.append(" \u2014 ").append(g.description());
        }
        if (!g.isPrinted()) {
            b.append("  [encoded from wording: ").append(g.basis()).append(']');
        }
        b.append('\n');
    }

    private static void studies(StringBuilder b, String what, List<KeyStudy> list) {
        if (!list.isEmpty()) {
            b.append("   ").append(what).append(" (").append(list.size()).append("): ")
                    .append(list.stream().map(KeyStudy::describe).collect(Collectors.joining("; "))).append('\n');
        }
    }

    private static String scope(ComparedPosition p) {
        List<String> parts = new ArrayList<>();
        for (org.htaworkbench.guidelines.Scope.ScopeField f : org.htaworkbench.guidelines.Scope.ScopeField.values()) {
            String v = p.scope() == null ? null : p.scope().get(f);
            if (v != null && !v.isBlank()) {
                parts.add(f.label() + " " + v);
            }
        }
        return String.join("; ", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
