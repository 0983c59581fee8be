package org.htaworkbench.importers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.Study;

/**
 * Study-level data read from a file (a RevMan review, an extraction sheet): studies with their arms and results,
 * the outcome categories and definitions the results belong to, and analysis definitions, as model objects that are
 * in no evidence base yet, each with the position it was read at. They refer to each other (a result to its
 * outcome, an analysis to its results) and to nothing else, so that adding them to an evidence base
 * ({@link org.htaworkbench.importers.store.EvidenceImport#addStudies}) moves them as they are.
 *
 * @since 0.2
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ImportedStudyData {

    private final String description;
    private final List<Study> studies;
    private final List<OutcomeCategory> categories;
    private final List<OutcomeDefinition> outcomes;
    private final List<AnalysisDefinition> analyses;
    private final Map<EObject, Position> positions;

    private ImportedStudyData(Builder b) {
        description = b.description;
        studies = List.copyOf(b.studies);
        categories = List.copyOf(b.categories);
        outcomes = List.copyOf(b.outcomes);
        analyses = List.copyOf(b.analyses);
        positions = new IdentityHashMap<>(b.positions);
    }

    public static Builder builder(String description) {
        return new Builder(description);
    }

    /** What the data are, for messages ("RevMan 5 review 'Antibiotics for sore throat'"). */
    public String description() {
        return description;
    }

    public List<Study> studies() {
        return studies;
    }

    public List<OutcomeCategory> categories() {
        return categories;
    }

    public List<OutcomeDefinition> outcomes() {
        return outcomes;
    }

    public List<AnalysisDefinition> analyses() {
        return analyses;
    }

    /** Where an object (a study, a result, an outcome, an analysis) was read. */
    public Optional<Position> position(EObject object) {
        return Optional.ofNullable(positions.get(object));
    }

    /** Number of results over all studies. */
    public int resultCount() {
        return studies.stream().mapToInt(s -> s.getResults().size()).sum();
    }

    @Override
    public String toString() {
        return description + ": " + studies.size() + " studies, " + resultCount() + " results, " + outcomes.size()
                + " outcomes, " + analyses.size() + " analyses";
    }

    /** Collects study data while a file is read. @since 0.2 */
    public static final class Builder {
        private final String description;
        private final List<Study> studies = new ArrayList<>();
        private final List<OutcomeCategory> categories = new ArrayList<>();
        private final List<OutcomeDefinition> outcomes = new ArrayList<>();
        private final List<AnalysisDefinition> analyses = new ArrayList<>();
        private final Map<EObject, Position> positions = new IdentityHashMap<>();

        private Builder(String description) {
            this.description = description;
        }

        public Builder study(Study study, Position at) {
            studies.add(study);
            return at(study, at);
        }

        public Builder category(OutcomeCategory category, Position at) {
            categories.add(category);
            return at(category, at);
        }

        public Builder outcome(OutcomeDefinition outcome, Position at) {
            outcomes.add(outcome);
            return at(outcome, at);
        }

        public Builder analysis(AnalysisDefinition analysis, Position at) {
            analyses.add(analysis);
            return at(analysis, at);
        }

        /** Records where an object (e.g. a result added to a study) was read. */
        public Builder at(EObject object, Position at) {
            if (at != null) {
                positions.put(object, at);
            }
            return this;
        }

        public ImportedStudyData build() {
            return new ImportedStudyData(this);
        }
    }
}
