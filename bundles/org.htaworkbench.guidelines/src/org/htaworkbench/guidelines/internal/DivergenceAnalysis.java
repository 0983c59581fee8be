package org.htaworkbench.guidelines.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.htaworkbench.guidelines.Aspect;
import org.htaworkbench.guidelines.Availability;
import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.Explanation;
import org.htaworkbench.guidelines.KeyStudy;
import org.htaworkbench.guidelines.PositionStatus;
import org.htaworkbench.guidelines.PublishedGrade;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.guidelines.Relation;
import org.htaworkbench.guidelines.Scope;

/**
 * Divergence rules (docs/guidelines.md): per question, the compared positions (relation not ADJACENT/UNASSIGNED,
 * published, mapped) diverge in an aspect when the positions that state a value for it hold two or more different
 * values. Each divergence is explained by the evidence timeline, the published evidence basis, recorded citations and
 * notes, encoded grades, and scope differences among the involved positions.
 */
public final class DivergenceAnalysis {

    private DivergenceAnalysis() {
    }

    public static QuestionAnalysis analyse(Question question, List<ComparedPosition> positions, EvidenceTimeline timeline) {
        List<ComparedPosition> compared = new ArrayList<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        for (ComparedPosition p : positions) {
            if (p.isCompared()) {
                compared.add(p);
            } else if (p.status() != PositionStatus.PUBLISHED) {
                excluded.put(p.id(), p.status().label());
            } else if (!p.relation().isCompared()) {
                excluded.put(p.id(), p.relation() == Relation.ADJACENT ? "adjacent question (shown for context, not compared)"
                        : "not assigned to a question");
            } else {
                excluded.put(p.id(), "grade not mapped: " + String.join("; ", p.normalisation().problems()));
            }
        }
        List<Divergence> divergences = new ArrayList<>();
        Map<Aspect, String> agreements = new EnumMap<>(Aspect.class);
        List<String> notes = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            List<ComparedPosition> stating = compared.stream().filter(p -> p.normalised().isSpecified(aspect)).toList();
            List<ComparedPosition> silent = compared.stream().filter(p -> !p.normalised().isSpecified(aspect)).toList();
            if (!silent.isEmpty() && compared.size() > 1) {
                notes.add(labels(silent) + (silent.size() == 1 ? " states" : " state") + " no " + aspect.label()
                        + ": not compared on " + aspect.label());
            }
            Set<String> allValues = new LinkedHashSet<>();
            stating.forEach(p -> allValues.add(p.normalised().label(aspect)));
            if (allValues.size() == 1 && stating.size() > 1) {
                agreements.put(aspect, allValues.iterator().next());
            }
            if (aspect == Aspect.STRENGTH) {
                // Strength is only compared among positions of the same direction: "moderate against" and "weak for"
                // differ in direction, not in strength.
                stating = stating.stream().filter(p -> stating(compared, p, aspect)).toList();
            }
            Set<String> values = new LinkedHashSet<>();
            stating.forEach(p -> values.add(p.normalised().label(aspect)));
            if (values.size() > 1) {
                List<Divergence.Stance> stances = stating.stream()
                        .map(p -> new Divergence.Stance(p.id(), p.label(), p.normalised().label(aspect), published(p, aspect))).toList();
                divergences.add(new Divergence(question.id(), aspect, stances, explain(aspect, question, stating, timeline)));
            }
        }
        return new QuestionAnalysis(question, compared.stream().map(ComparedPosition::id).toList(), excluded, divergences,
                agreements, notes);
    }

    /** Whether another compared position with the same direction states a different strength. */
    private static boolean stating(List<ComparedPosition> compared, ComparedPosition p, Aspect aspect) {
        return compared.stream().anyMatch(o -> o != p && o.normalised().direction() == p.normalised().direction()
                && o.normalised().isSpecified(aspect) && !o.normalised().label(aspect).equals(p.normalised().label(aspect)));
    }

    private static String published(ComparedPosition p, Aspect aspect) {
        PublishedGrade g = aspect == Aspect.CERTAINTY ? p.levelGrade() : p.classGrade();
        if (g == null || g.isEmpty()) {
            g = aspect == Aspect.CERTAINTY ? p.classGrade() : p.levelGrade();
        }
        return g == null || g.isEmpty() ? null : g.text();
    }

    static List<Explanation> explain(Aspect aspect, Question question, List<ComparedPosition> involved, EvidenceTimeline timeline) {
        List<Explanation> result = new ArrayList<>();
        List<String> ids = involved.stream().map(ComparedPosition::id).toList();
        timeline(involved, timeline, ids, result);
        basis(involved, ids, result);
        cited(involved, ids, result);
        for (Scope.ScopeField field : Scope.ScopeField.values()) {
            scope(field, involved, ids, result);
        }
        List<String> relation = new ArrayList<>();
        for (ComparedPosition p : involved) {
            if (p.relation() != Relation.DIRECT) {
                String r = switch (p.relation()) {
                    case BROADER -> "answers a broader question than";
                    case NARROWER -> "answers a narrower question than";
                    case OVERLAPPING -> "answers a question that only partly overlaps";
                    default -> "relates to";
                };
                relation.add(p.label() + " " + r + " '" + question.title() + "'");
            }
        }
        if (!relation.isEmpty()) {
            result.add(new Explanation(Explanation.Kind.QUESTION_RELATION,
                    "Not every position answers exactly this question.", relation, ids, List.of()));
        }
        return result;
    }

    private static void timeline(List<ComparedPosition> involved, EvidenceTimeline timeline, List<String> ids, List<Explanation> result) {
        List<KeyStudy> studies = timeline.keyStudies();
        if (studies.isEmpty()) {
            return;
        }
        List<String> summary = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ComparedPosition p : involved) {
            if (!seen.add(p.sourceKey())) {
                continue;
            }
            EvidenceTimeline.PositionEvidence e = timeline.evidenceFor(p);
            if (e == null || p.date() == null) {
                summary.add(p.label() + ": date unknown");
                continue;
            }
            summary.add(p.label() + ": " + e.before().size() + " of " + studies.size() + " key studies published before"
                    + (e.sameYear().isEmpty() ? "" : ", " + e.sameYear().size() + " in the same year (order unknown)")
                    + (e.after().isEmpty() ? "" : ", " + e.after().size() + " after"));
        }
        // Group studies whose availability differs across the involved positions by their availability pattern.
        Map<List<Availability>, List<KeyStudy>> groups = new LinkedHashMap<>();
        List<KeyStudy> ordered = new ArrayList<>(studies);
        ordered.sort((a, b) -> a.designRank() != b.designRank() ? Integer.compare(a.designRank(), b.designRank())
                : Integer.compare(Objects.requireNonNullElse(a.year(), 0), Objects.requireNonNullElse(b.year(), 0)));
        List<ComparedPosition> distinct = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (ComparedPosition p : involved) {
            if (keys.add(p.sourceKey())) {
                distinct.add(p);
            }
        }
        for (KeyStudy s : ordered) {
            List<Availability> pattern = distinct.stream().map(p -> timeline.availability(s, p)).toList();
            if (new LinkedHashSet<>(pattern).size() > 1) {
                groups.computeIfAbsent(pattern, k -> new ArrayList<>()).add(s);
            }
        }
        if (groups.isEmpty()) {
            result.add(new Explanation(Explanation.Kind.EVIDENCE_TIMELINE,
                    "The key studies stand in the same place relative to every position's date: the timeline does not explain this difference.",
                    summary, ids, List.of()));
            return;
        }
        List<String> details = new ArrayList<>(summary);
        List<String> studyIds = new ArrayList<>();
        for (Map.Entry<List<Availability>, List<KeyStudy>> g : groups.entrySet()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                ComparedPosition p = distinct.get(i);
                parts.add(switch (g.getKey().get(i)) {
                    case PUBLISHED_BEFORE -> "before " + p.label();
                    case SAME_YEAR -> "same year as " + p.label() + " (cannot tell from the years which came first)";
                    case PUBLISHED_AFTER -> "after " + p.label() + " (" + p.label() + " cannot rest on it)";
                    case UNKNOWN -> "undated relative to " + p.label();
                });
            }
            details.add(String.join(", ", g.getValue().stream().map(KeyStudy::describe).toList()) + ": published "
                    + String.join("; ", parts));
            g.getValue().forEach(s -> studyIds.add(s.id()));
        }
        KeyStudy first = groups.values().iterator().next().get(0);
        List<String> cannot = new ArrayList<>();
        for (ComparedPosition p : distinct) {
            if (timeline.availability(first, p) == Availability.PUBLISHED_AFTER) {
                cannot.add(p.label());
            }
        }
        String text = "The positions could not all have seen the same key evidence"
                + (cannot.isEmpty() ? "." : ": " + first.describe() + " was published after " + String.join(" and ", cannot) + ".");
        result.add(new Explanation(Explanation.Kind.EVIDENCE_TIMELINE, text, details, ids, studyIds));
    }

    private static void basis(List<ComparedPosition> involved, List<String> ids, List<Explanation> result) {
        List<String> details = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ComparedPosition p : involved) {
            if (!seen.add(p.sourceKey())) {
                continue;
            }
            PublishedGrade l = p.levelGrade();
            String mapped = p.normalisation().levelGrade() != null ? " [" + p.schemeName() + ": " + p.normalisation().levelGrade().code()
                    + " — " + p.normalisation().levelGrade().description() + "]" : "";
            if (l != null && !l.isEmpty()) {
                details.add(p.label() + ": level '" + l.text() + "'" + (l.description() != null ? " (" + l.description() + ")" : "") + mapped);
            } else {
                details.add(p.label() + ": no level of evidence published");
            }
            for (PublishedGrade g : new PublishedGrade[] { p.classGrade(), p.levelGrade() }) {
                if (g != null && !g.isEmpty() && !g.isPrinted()) {
                    encoded.add(p.label() + ": " + g.dimension() + " '" + g.text() + "' — " + g.basis());
                }
            }
        }
        result.add(new Explanation(Explanation.Kind.EVIDENCE_BASIS, "What each position says its evidence is.", details, ids, List.of()));
        if (!encoded.isEmpty()) {
            result.add(new Explanation(Explanation.Kind.GRADE_BASIS, "Some grades are encoded from the published wording, not printed as grades.",
                    encoded, ids, List.of()));
        }
    }

    private static void cited(List<ComparedPosition> involved, List<String> ids, List<Explanation> result) {
        List<String> details = new ArrayList<>();
        List<String> studyIds = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean anyCites = false;
        for (ComparedPosition p : involved) {
            if (!seen.add(p.sourceKey() + "|" + p.evidenceNote())) {
                continue;
            }
            if (!p.cites().isEmpty()) {
                anyCites = true;
                details.add(p.label() + " cites: " + String.join(", ", p.cites()));
                studyIds.addAll(p.cites());
            }
            if (p.evidenceNote() != null && !p.evidenceNote().isBlank()) {
                details.add(p.label() + ": " + p.evidenceNote());
            }
        }
        String text = anyCites ? "Studies the positions cite, and notes on their published wording."
                : details.isEmpty() ? "The evidence base records no study citations for these positions."
                : "The evidence base records no study citations for these positions; notes on their published wording:";
        result.add(new Explanation(Explanation.Kind.CITED_EVIDENCE, text, details, ids, studyIds));
    }

    private static void scope(Scope.ScopeField field, List<ComparedPosition> involved, List<String> ids, List<Explanation> result) {
        Set<String> values = new LinkedHashSet<>();
        List<String> details = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ComparedPosition p : involved) {
            String v = p.scope().get(field);
            if (v == null || v.isBlank() || v.trim().equalsIgnoreCase("not stated") || !seen.add(p.label())) {
                continue;
            }
            values.add(v.trim().toLowerCase());
            details.add(p.label() + ": " + v);
        }
        if (values.size() > 1) {
            Explanation.Kind kind = switch (field) {
                case POPULATION -> Explanation.Kind.POPULATION;
                case INTERVENTION -> Explanation.Kind.INTERVENTION;
                case COMPARATOR -> Explanation.Kind.COMPARATOR;
                case CONTEXT -> Explanation.Kind.CONTEXT;
            };
            result.add(new Explanation(kind, "The positions differ in " + field.label() + ".", details, ids, List.of()));
        }
    }

    private static String labels(List<ComparedPosition> positions) {
        return String.join(", ", positions.stream().map(ComparedPosition::label).distinct().toList());
    }
}
