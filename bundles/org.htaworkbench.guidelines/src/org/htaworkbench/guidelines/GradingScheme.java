package org.htaworkbench.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A grading scheme (ESC, ACC/AHA, NICE IPG, NICE guideline wording, MSAC, GRADE, or a contributed one) with its mapping
 * table.
 *
 * @param bodyKey short name of the body that uses the scheme (comparison column), e.g. {@code ESC}
 * @param bodyPattern regular expression (case-insensitive find) selecting existing assessments by their body; null
 *        when the scheme is only chosen explicitly or by guidance kind
 * @param guidanceKind a {@code GuidanceKind} literal of related guidance graded with this scheme, or null
 * @param mappingTable where the table was read from (for display)
 * @param contributor the contributing bundle
 */
public record GradingScheme(String id, String name, String bodyKey, Pattern bodyPattern, String guidanceKind,
        String description, String mappingTable, String contributor, List<Grade> grades) {

    public GradingScheme {
        grades = List.copyOf(grades);
    }

    public List<Grade> grades(String dimension) {
        return grades.stream().filter(g -> g.dimension().equals(dimension)).toList();
    }

    /** The grade of the dimension the published text names, if any. */
    public Optional<Grade> find(String dimension, String published) {
        return grades.stream().filter(g -> g.dimension().equals(dimension) && g.matches(published)).findFirst();
    }

    public boolean appliesToBody(String body) {
        return bodyPattern != null && body != null && bodyPattern.matcher(body).find();
    }

    /** A copy with the override rows applied: a row with an existing dimension and code replaces it, others are added. */
    public GradingScheme withOverrides(List<Grade> overrides) {
        List<Grade> result = new ArrayList<>(grades);
        for (Grade o : overrides) {
            int index = -1;
            for (int i = 0; i < result.size(); i++) {
                Grade g = result.get(i);
                if (g.dimension().equals(o.dimension()) && Grade.normalise(g.code()).equals(Grade.normalise(o.code()))) {
                    index = i;
                }
            }
            if (index >= 0) {
                Grade old = result.get(index);
                List<String> aliases = new ArrayList<>(old.aliases());
                o.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                result.set(index, new Grade(old.dimension(), old.code(), o.label() == null || o.label().isBlank() ? old.label() : o.label(),
                        aliases, o.direction(), o.strength(), o.certainty(),
                        o.description() == null || o.description().isBlank() ? old.description() : o.description(), o.source(), true));
            } else {
                result.add(o);
            }
        }
        return new GradingScheme(id, name, bodyKey, bodyPattern, guidanceKind, description, mappingTable, contributor, result);
    }
}
