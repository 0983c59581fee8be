package org.htaworkbench.guidelines;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Questions and the mapping of an evidence base's positions onto them (a JSON file, e.g.
 * {@code data/questions/impella-cardiogenic-shock.json}; format in docs/guidelines.md). The file only points at
 * positions: the published wording is always read from the evidence base.
 */
public final class QuestionSet {

    /** Where a position comes from, and how it sits under a question (one JSON object of {@code positions}). */
    public static final class PositionSpec {
        public String id;
        public String question;
        public String body;
        public AssessmentRef assessment;
        public String relatedGuidance;
        public NotYetPublished notYetPublished;
        public String relation;
        public String scheme;
        public String status;
        public Map<String, GradeSpec> grades;
        public ScopeSpec scope;
        public String evidenceNote;
        public List<String> cites;
    }

    /** An {@code ExistingAssessment} position: body (case-insensitive substring), year, position index, statement check. */
    public static final class AssessmentRef {
        public String body;
        public Integer year;
        public Integer position;
        public String statementStartsWith;
    }

    public static final class NotYetPublished {
        public String document;
        public String note;
    }

    /** A grade encoded from wording when the evidence base prints none; {@code basis} says from which words. */
    public static final class GradeSpec {
        public String text;
        public String basis;
    }

    public static final class ScopeSpec {
        public String population;
        public String intervention;
        public String comparator;
        public String context;

        Scope toScope() {
            return new Scope(population, intervention, comparator, context);
        }
    }

    private static final class QuestionSpec {
        String id;
        String title;
        String population;
        String intervention;
        String comparator;
        String context;
    }

    private static final class FileSpec {
        String evidenceBase;
        String description;
        List<Body> bodies;
        List<QuestionSpec> questions;
        List<PositionSpec> positions;
    }

    private final String evidenceBase;
    private final String description;
    private final String location;
    private final List<Body> bodies;
    private final List<Question> questions;
    private final List<PositionSpec> positions;

    private QuestionSet(String evidenceBase, String description, String location, List<Body> bodies,
            List<Question> questions, List<PositionSpec> positions) {
        this.evidenceBase = evidenceBase;
        this.description = description;
        this.location = location;
        this.bodies = List.copyOf(bodies);
        this.questions = List.copyOf(questions);
        this.positions = List.copyOf(positions);
    }

    /** An empty set: every position of an evidence base is shown unassigned. */
    public static QuestionSet empty() {
        return new QuestionSet(null, null, "(none)", List.of(), List.of(), List.of());
    }

    public static QuestionSet read(Path file) throws GuidelineDataException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new GuidelineDataException(file + ": cannot read question file: " + e.getMessage(), e);
        }
    }

    public static QuestionSet read(Reader reader, String location) throws GuidelineDataException {
        FileSpec spec;
        try {
            spec = new Gson().fromJson(reader, FileSpec.class);
        } catch (JsonParseException e) {
            throw new GuidelineDataException(location + ": not a valid question file: " + e.getMessage(), e);
        }
        if (spec == null) {
            throw new GuidelineDataException(location + ": empty question file");
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (QuestionSpec q : spec.questions == null ? List.<QuestionSpec>of() : spec.questions) {
            if (q.id == null || q.title == null) {
                throw new GuidelineDataException(location + ": a question needs an id and a title");
            }
            if (!ids.add(q.id) || q.id.equals(Question.UNASSIGNED_ID)) {
                throw new GuidelineDataException(location + ": question id '" + q.id + "' repeated or reserved");
            }
            questions.add(new Question(q.id, q.title, new Scope(q.population, q.intervention, q.comparator, q.context)));
        }
        Set<String> positionIds = new HashSet<>();
        List<PositionSpec> positions = spec.positions == null ? List.of() : spec.positions;
        for (PositionSpec p : positions) {
            String where = location + ": position '" + p.id + "'";
            if (p.id == null || !positionIds.add(p.id)) {
                throw new GuidelineDataException(location + ": position id missing or repeated: " + p.id);
            }
            if (p.question == null || !ids.contains(p.question)) {
                throw new GuidelineDataException(where + " names unknown question '" + p.question + "'");
            }
            if (p.body == null) {
                throw new GuidelineDataException(where + " has no body");
            }
            int sources = (p.assessment != null ? 1 : 0) + (p.relatedGuidance != null ? 1 : 0) + (p.notYetPublished != null ? 1 : 0);
            if (sources != 1) {
                throw new GuidelineDataException(where + " needs exactly one of assessment, relatedGuidance, notYetPublished");
            }
            if (p.assessment != null && (p.assessment.body == null || p.assessment.position == null)) {
                throw new GuidelineDataException(where + ": assessment needs body and position (index)");
            }
            try {
                if (p.relation != null) {
                    Relation.valueOf(p.relation);
                }
                if (p.status != null) {
                    PositionStatus.valueOf(p.status);
                }
            } catch (IllegalArgumentException e) {
                throw new GuidelineDataException(where + ": " + e.getMessage());
            }
            if (p.grades != null) {
                for (String dimension : p.grades.keySet()) {
                    if (!dimension.equals(Grade.CLASS) && !dimension.equals(Grade.LEVEL)) {
                        throw new GuidelineDataException(where + ": grades may only be 'class' and 'level', not '" + dimension + "'");
                    }
                }
            }
        }
        return new QuestionSet(spec.evidenceBase, spec.description, location, spec.bodies == null ? List.of() : spec.bodies,
                questions, positions);
    }

    /** The evidence base id ({@code EvidenceBase.id}) these questions are for; null for any. */
    public String evidenceBase() {
        return evidenceBase;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    /** Column order and full names. */
    public List<Body> bodies() {
        return bodies;
    }

    public List<Question> questions() {
        return questions;
    }

    public List<PositionSpec> positions() {
        return positions;
    }
}
