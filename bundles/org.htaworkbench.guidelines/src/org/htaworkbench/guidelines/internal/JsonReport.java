package org.htaworkbench.guidelines.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.guidelines.ComparedPosition;
import org.htaworkbench.guidelines.Divergence;
import org.htaworkbench.guidelines.EvidenceTimeline;
import org.htaworkbench.guidelines.Explanation;
import org.htaworkbench.guidelines.Grade;
import org.htaworkbench.guidelines.GradingScheme;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.KeyStudy;
import org.htaworkbench.guidelines.PublishedGrade;
import org.htaworkbench.guidelines.Question;
import org.htaworkbench.guidelines.QuestionAnalysis;
import org.htaworkbench.guidelines.Scope;

import com.google.gson.GsonBuilder;

/** The JSON form of a comparison (field names in snake_case, like {@code ./workbench evidence}). */
public final class JsonReport {

    private JsonReport() {
    }

    public static String toJson(GuidelineComparison c, boolean tables) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(tree(c, tables));
    }

    public static Map<String, Object> tree(GuidelineComparison c, boolean tables) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", c.source());
        json.put("evidence_base", c.evidenceBaseId());
        json.put("title", c.evidenceBaseTitle());
        json.put("question_source", c.questionSource());
        json.put("bodies", c.bodies().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", b.key());
            m.put("name", b.name());
            return m;
        }).toList());
        json.put("questions", c.questions().stream().map(q -> question(c, q)).toList());
        json.put("timeline", timeline(c.timeline()));
        if (tables) {
            json.put("mapping_tables", c.schemes().all().stream().map(JsonReport::scheme).toList());
        }
        json.put("problems", c.problems());
        return json;
    }

    private static Map<String, Object> question(GuidelineComparison c, Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("title", q.title());
        m.put("scope", scope(q.scope()));
        m.put("positions", c.positions(q.id()).stream().map(p -> position(c, p)).toList());
        QuestionAnalysis a = c.analysis(q.id()).orElseThrow();
        m.put("compared", a.compared());
        m.put("not_compared", a.excluded());
        m.put("divergences", a.divergences().stream().map(JsonReport::divergence).toList());
        Map<String, String> agreements = new LinkedHashMap<>();
        a.agreements().forEach((k, v) -> agreements.put(k.name().toLowerCase(), v));
        m.put("agreements", agreements);
        m.put("notes", a.notes());
        return m;
    }

    private static Map<String, Object> scope(Scope s) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Scope.ScopeField f : Scope.ScopeField.values()) {
            m.put(f.label(), s.get(f));
        }
        return m;
    }

    private static Map<String, Object> position(GuidelineComparison c, ComparedPosition p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("label", p.label());
        m.put("body", p.bodyKey());
        m.put("body_name", p.bodyName());
        m.put("document", p.document());
        m.put("date", p.dateText());
        m.put("source", p.source());
        m.put("url", p.url());
        m.put("status", p.status().name());
        m.put("status_note", p.statusNote());
        m.put("relation", p.relation().name());
        m.put("statement", p.statement());
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("class", grade(p.classGrade()));
        published.put("level", grade(p.levelGrade()));
        m.put("published", published);
        m.put("scheme", p.schemeId());
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("direction", p.normalised().direction().name());
        n.put("strength", p.normalised().strength().name());
        n.put("certainty", p.normalised().certainty().name());
        n.put("badge", p.badge());
        n.put("style", p.normalised().styleKey());
        n.put("mapping", p.normalisation().steps().stream().map(Object::toString).toList());
        n.put("problems", p.normalisation().problems());
        m.put("normalised", n);
        m.put("scope", scope(p.scope()));
        m.put("evidence_note", p.evidenceNote());
        m.put("cites", p.cites());
        EvidenceTimeline.PositionEvidence e = c.timeline().evidenceFor(p);
        if (e != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("published_before", ids(e.before()));
            t.put("same_year", ids(e.sameYear()));
            t.put("published_after", ids(e.after()));
            m.put("key_studies", t);
        }
        m.put("divergent", c.isDivergent(p));
        return m;
    }

    private static List<String> ids(List<KeyStudy> studies) {
        return studies.stream().map(KeyStudy::id).toList();
    }

    private static Map<String, Object> grade(PublishedGrade g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", g.text());
        m.put("description", g.description());
        m.put("encoded_from_wording", g.basis());
        return m;
    }

    private static Map<String, Object> divergence(Divergence d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aspect", d.aspect().name().toLowerCase());
        m.put("summary", d.summary());
        m.put("stances", d.stances().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("position", s.positionId());
            x.put("label", s.label());
            x.put("value", s.value());
            x.put("published", s.published());
            return x;
        }).toList());
        m.put("explanations", d.explanations().stream().map(JsonReport::explanation).toList());
        return m;
    }

    private static Map<String, Object> explanation(Explanation x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", x.kind().name().toLowerCase());
        m.put("text", x.text());
        m.put("details", x.details());
        m.put("studies", x.studyIds());
        return m;
    }

    private static Map<String, Object> timeline(EvidenceTimeline t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", t.events().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", e.date().toString());
            x.put("year", e.date().year());
            x.put("month", e.date().hasMonth() ? e.date().month() : null);
            x.put("kind", e.kind().name().toLowerCase());
            x.put("id", e.id());
            x.put("label", e.label());
            x.put("detail", e.detail());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> scheme(GradingScheme s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("body", s.bodyKey());
        m.put("table", s.mappingTable());
        m.put("grades", s.grades().stream().map(g -> gradeRow(g)).toList());
        return m;
    }

    private static Map<String, Object> gradeRow(Grade g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dimension", g.dimension());
        m.put("code", g.code());
        m.put("label", g.label());
        m.put("aliases", g.aliases());
        m.put("direction", g.direction() == null ? null : g.direction().name());
        m.put("strength", g.strength() == null ? null : g.strength().name());
        m.put("certainty", g.certainty() == null ? null : g.certainty().name());
        m.put("description", g.description());
        m.put("source", g.source());
        m.put("overridden", g.overridden());
        return m;
    }
}
