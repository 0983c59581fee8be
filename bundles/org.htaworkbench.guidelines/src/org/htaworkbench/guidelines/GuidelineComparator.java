package org.htaworkbench.guidelines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.htaworkbench.guidelines.internal.DivergenceAnalysis;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.ExistingAssessment;
import org.htaworkbench.model.GuidelinePosition;
import org.htaworkbench.model.RelatedGuidance;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyRole;

/**
 * Builds a {@link GuidelineComparison} from an evidence base, the grading schemes and question data. Pure: no
 * extension registry, no UI; tests call it directly.
 */
public final class GuidelineComparator {

    private final SchemeSet schemes;

    public GuidelineComparator(SchemeSet schemes) {
        this.schemes = schemes;
    }

    /**
     * @param questions question data for this evidence base ({@link QuestionSet#empty()} for none): positions it does not
     *        assign are listed under the "unassigned" question
     */
    public GuidelineComparison compare(EvidenceBase base, String source, QuestionSet questions) {
        List<String> problems = new ArrayList<>();
        if (questions.evidenceBase() != null && !questions.evidenceBase().equals(base.getId())) {
            problems.add(questions.location() + " is for evidence base '" + questions.evidenceBase() + "', not '"
                    + base.getId() + "'");
        }
        List<ComparedPosition> positions = new ArrayList<>();
        Set<Object> used = new HashSet<>();
        for (QuestionSet.PositionSpec spec : questions.positions()) {
            positions.add(resolve(base, spec, used, problems));
        }
        List<Question> questionList = new ArrayList<>(questions.questions());
        List<ComparedPosition> unassigned = unassigned(base, used);
        if (!unassigned.isEmpty()) {
            questionList.add(new Question(Question.UNASSIGNED_ID, "Positions not assigned to a question", Scope.EMPTY));
            positions.addAll(unassigned);
        }
        List<Body> bodies = new ArrayList<>(questions.bodies());
        for (ComparedPosition p : positions) {
            if (bodies.stream().noneMatch(b -> b.key().equals(p.bodyKey()))) {
                bodies.add(new Body(p.bodyKey(), p.bodyName() == null ? p.bodyKey() : p.bodyName()));
            }
        }
        EvidenceTimeline timeline = new EvidenceTimeline(keyStudies(base), positions);
        List<QuestionAnalysis> analyses = new ArrayList<>();
        for (Question q : questionList) {
            analyses.add(DivergenceAnalysis.analyse(q, positions.stream().filter(p -> p.questionId().equals(q.id())).toList(), timeline));
        }
        return new GuidelineComparison(source, base.getId(), base.getTitle(), questions.location(), bodies, questionList,
                positions, analyses, timeline, schemes, problems);
    }

    /** Key studies (role KEY_EVIDENCE) in study-number order. */
    public static List<KeyStudy> keyStudies(EvidenceBase base) {
        List<KeyStudy> result = new ArrayList<>();
        for (Study s : base.getStudies()) {
            if (s.getRole() != StudyRole.KEY_EVIDENCE) {
                continue;
            }
            String design = s.getDesign() == null ? null : s.getDesign().getLiteral();
            int rank = switch (design == null ? "" : design) {
                case "RANDOMISED_CONTROLLED_TRIAL" -> 0;
                case "IPD_META_ANALYSIS" -> 1;
                case "SYSTEMATIC_REVIEW_META_ANALYSIS", "SYSTEMATIC_REVIEW", "NETWORK_META_ANALYSIS" -> 2;
                default -> 3;
            };
            String label = s.getFirstAuthor() != null ? shortAuthor(s.getFirstAuthor()) + (s.getYear() == null ? "" : " " + s.getYear())
                    : s.getLabel() != null ? s.getLabel() : s.getId();
            result.add(new KeyStudy(s.getId(), label, s.getYear(), design, s.getDesignText(), s.getTrialOrRegistryName(),
                    s.getStudyNumber(), rank));
        }
        result.sort(Comparator.comparing((KeyStudy k) -> k.studyNumber() == null ? Integer.MAX_VALUE : k.studyNumber()));
        return result;
    }

    /** "Møller J" becomes "Møller". */
    private static String shortAuthor(String author) {
        String a = author.trim();
        int space = a.lastIndexOf(' ');
        if (space > 0 && a.substring(space + 1).chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '.')) {
            return a.substring(0, space);
        }
        return a;
    }

    private ComparedPosition resolve(EvidenceBase base, QuestionSet.PositionSpec spec, Set<Object> used, List<String> problems) {
        Relation relation = spec.relation == null ? Relation.DIRECT : Relation.valueOf(spec.relation);
        Scope scope = spec.scope == null ? Scope.EMPTY : spec.scope.toScope();
        List<String> cites = spec.cites == null ? List.of() : spec.cites;
        for (String c : cites) {
            if (base.getStudies().stream().noneMatch(s -> c.equals(s.getId()))) {
                problems.add("position '" + spec.id + "' cites unknown study '" + c + "'");
            }
        }
        if (spec.notYetPublished != null) {
            return new ComparedPosition(spec.id, spec.question, "not-yet-published:" + spec.id, spec.body, spec.body,
                    spec.notYetPublished.document, null, null, "Not yet published", null, null,
                    PositionStatus.NOT_YET_PUBLISHED, spec.notYetPublished.note, relation, null, null, null, null,
                    Normalisation.unmapped(null), scope, spec.evidenceNote, cites);
        }
        if (spec.relatedGuidance != null) {
            Optional<RelatedGuidance> g = base.getRelatedGuidance().stream()
                    .filter(r -> spec.relatedGuidance.equalsIgnoreCase(r.getIdentifier())).findFirst();
            if (g.isEmpty()) {
                problems.add("position '" + spec.id + "': related guidance " + spec.relatedGuidance + " is not in the evidence base");
                return unresolved(spec, relation, scope, cites, "Related NICE guidance " + spec.relatedGuidance);
            }
            used.add(g.get());
            return fromGuidance(g.get(), spec.id, spec.question, spec.body, relation, scope, spec, cites);
        }
        QuestionSet.AssessmentRef ref = spec.assessment;
        List<ExistingAssessment> candidates = base.getExistingAssessments().stream()
                .filter(a -> a.getBody() != null && a.getBody().toLowerCase(Locale.ROOT).contains(ref.body.toLowerCase(Locale.ROOT)))
                .filter(a -> ref.year == null || ref.year.equals(a.getYear())).toList();
        String where = ref.body + (ref.year == null ? "" : " " + ref.year) + " position " + (ref.position + 1);
        if (candidates.size() != 1) {
            problems.add("position '" + spec.id + "': " + candidates.size() + " existing assessments match " + ref.body
                    + (ref.year == null ? "" : " " + ref.year) + " (expected 1)");
            return unresolved(spec, relation, scope, cites, "Existing assessment " + where);
        }
        ExistingAssessment a = candidates.get(0);
        if (ref.position < 0 || ref.position >= a.getPositions().size()) {
            problems.add("position '" + spec.id + "': " + a.getBody() + " has " + a.getPositions().size() + " positions, not "
                    + (ref.position + 1));
            return unresolved(spec, relation, scope, cites, "Existing assessment " + where);
        }
        GuidelinePosition gp = a.getPositions().get(ref.position);
        if (ref.statementStartsWith != null && (gp.getStatement() == null
                || !prefixKey(gp.getStatement()).startsWith(prefixKey(ref.statementStartsWith)))) {
            problems.add("position '" + spec.id + "': statement of " + where + " does not start with '"
                    + ref.statementStartsWith + "'");
            return unresolved(spec, relation, scope, cites, "Existing assessment " + where);
        }
        used.add(gp);
        return fromAssessment(a, gp, spec.id, spec.question, spec.body, relation, scope, spec, cites);
    }

    /** Matching key for statement prefixes: {@link Grade#normalise} without leading quotes. */
    private static String prefixKey(String text) {
        return Grade.normalise(text.replaceFirst("^[\\s'\"\u2018\u201C]+", ""));
    }

    private static ComparedPosition unresolved(QuestionSet.PositionSpec spec, Relation relation, Scope scope,
            List<String> cites, String source) {
        return new ComparedPosition(spec.id, spec.question, "unresolved:" + spec.id, spec.body, spec.body, null, null, null,
                source, null, null, PositionStatus.UNRESOLVED, "the question data point at a position the evidence base does not have",
                relation, null, null, null, null, Normalisation.unmapped("position not found"), scope, spec.evidenceNote, cites);
    }

    private ComparedPosition fromAssessment(ExistingAssessment a, GuidelinePosition gp, String id, String questionId,
            String bodyKey, Relation relation, Scope scope, QuestionSet.PositionSpec spec, List<String> cites) {
        PublishedGrade cls = published(Grade.CLASS, gp.getRecommendationClass(), gp.getClassDescription(), spec);
        PublishedGrade lvl = published(Grade.LEVEL, gp.getLevelOfEvidence(), gp.getLevelDescription(), spec);
        Optional<GradingScheme> scheme = spec != null && spec.scheme != null ? schemes.get(spec.scheme) : schemes.forBody(a.getBody());
        PartialDate date = PartialDate.parseMonthYear(a.getDate());
        if (date == null && a.getYear() != null) {
            date = PartialDate.ofYear(a.getYear());
        }
        String dateText = a.getDate() != null && !a.getDate().isBlank() ? a.getDate() : a.getYear() == null ? null : a.getYear().toString();
        EvidenceBase base = (EvidenceBase) a.eContainer();
        int ai = base == null ? 0 : base.getExistingAssessments().indexOf(a);
        String sourceKey = "assessment:" + ai + ":" + a.getPositions().indexOf(gp);
        Normalisation n = normalise(scheme, spec, cls, lvl, a.getBody());
        return new ComparedPosition(id, questionId, sourceKey, bodyKey, a.getBody(), a.getDocument(), date, dateText,
                "Existing assessments", a.getUrl(), gp.getStatement(), PositionStatus.PUBLISHED, null, relation, cls, lvl,
                scheme.map(GradingScheme::id).orElse(null), scheme.map(GradingScheme::name).orElse(null), n, scope,
                spec == null ? null : spec.evidenceNote, cites);
    }

    private ComparedPosition fromGuidance(RelatedGuidance g, String id, String questionId, String bodyKey, Relation relation,
            Scope scope, QuestionSet.PositionSpec spec, List<String> cites) {
        String kind = g.getKind() == null ? null : g.getKind().getLiteral();
        Optional<GradingScheme> scheme = spec != null && spec.scheme != null ? schemes.get(spec.scheme) : schemes.forGuidanceKind(kind);
        PublishedGrade cls = published(Grade.CLASS, g.getRecommendation(), null, spec);
        PublishedGrade lvl = published(Grade.LEVEL, null, null, spec);
        PositionStatus status = spec != null && spec.status != null ? PositionStatus.valueOf(spec.status) : PositionStatus.PUBLISHED;
        Normalisation n = status == PositionStatus.WORDING_NOT_AVAILABLE
                ? Normalisation.unmapped("the evidence base records '" + g.getRecommendation() + "' but not its wording")
                : normalise(scheme, spec, cls, lvl, g.getIdentifier());
        String source = "Related NICE guidance " + (g.getIdentifier() == null ? "" : g.getIdentifier());
        String body = bodyKey == null ? "NICE" : bodyKey;
        return new ComparedPosition(id, questionId, "guidance:" + g.getIdentifier(), body,
                "National Institute for Health and Care Excellence", g.getTitle(),
                g.getYear() == null ? null : PartialDate.ofYear(g.getYear()), g.getYear() == null ? null : g.getYear().toString(),
                source, g.getUrl(), g.getText(), status, g.getStatus(), relation, cls, lvl,
                scheme.map(GradingScheme::id).orElse(null), scheme.map(GradingScheme::name).orElse(null), n, scope,
                spec == null ? null : spec.evidenceNote, cites);
    }

    private static PublishedGrade published(String dimension, String printed, String description, QuestionSet.PositionSpec spec) {
        if (printed != null && !printed.isBlank()) {
            return new PublishedGrade(dimension, printed, description, null);
        }
        if (spec != null && spec.grades != null && spec.grades.containsKey(dimension)) {
            QuestionSet.GradeSpec g = spec.grades.get(dimension);
            return new PublishedGrade(dimension, g.text, description,
                    g.basis == null || g.basis.isBlank() ? "encoded by the question data (no basis given)" : g.basis);
        }
        return new PublishedGrade(dimension, null, description, null);
    }

    private static Normalisation normalise(Optional<GradingScheme> scheme, QuestionSet.PositionSpec spec, PublishedGrade cls,
            PublishedGrade lvl, String what) {
        if (scheme.isEmpty()) {
            return Normalisation.unmapped(spec != null && spec.scheme != null ? "unknown scheme '" + spec.scheme + "'"
                    : "no grading scheme applies to " + what);
        }
        return Normalisation.of(scheme.get(), cls, lvl);
    }

    private List<ComparedPosition> unassigned(EvidenceBase base, Set<Object> used) {
        List<ComparedPosition> result = new ArrayList<>();
        Map<String, Integer> counter = new LinkedHashMap<>();
        for (ExistingAssessment a : base.getExistingAssessments()) {
            for (GuidelinePosition gp : a.getPositions()) {
                if (used.contains(gp)) {
                    continue;
                }
                Optional<GradingScheme> scheme = schemes.forBody(a.getBody());
                String key = scheme.map(GradingScheme::bodyKey).orElse(a.getBody() == null ? "?" : a.getBody());
                int n = counter.merge(key, 1, Integer::sum);
                result.add(fromAssessment(a, gp, "unassigned-" + slug(key) + "-" + n, Question.UNASSIGNED_ID, key,
                        Relation.UNASSIGNED, Scope.EMPTY, null, List.of()));
            }
        }
        for (RelatedGuidance g : base.getRelatedGuidance()) {
            if (!used.contains(g)) {
                result.add(fromGuidance(g, "unassigned-" + slug(String.valueOf(g.getIdentifier())), Question.UNASSIGNED_ID, "NICE",
                        Relation.UNASSIGNED, Scope.EMPTY, null, List.of()));
            }
        }
        return result;
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
