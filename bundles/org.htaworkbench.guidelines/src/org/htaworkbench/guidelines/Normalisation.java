package org.htaworkbench.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of mapping published grades through a scheme's table: the normalised position, the grades that matched,
 * one step per component saying which table row set it, and problems (unmatched wording).
 */
public record Normalisation(NormalisedPosition position, Grade classGrade, Grade levelGrade, List<Step> steps,
        List<String> problems) {

    /** Which table row set one component. */
    public record Step(Aspect aspect, String value, Grade from) {
        @Override
        public String toString() {
            return aspect.label() + " " + value + " from " + from.dimension() + " '" + from.code() + "' (" + from.source()
                    + (from.overridden() ? ", overridden" : "") + ")";
        }
    }

    public Normalisation {
        steps = List.copyOf(steps);
        problems = List.copyOf(problems);
    }

    public static Normalisation unmapped(String problem) {
        return new Normalisation(NormalisedPosition.UNMAPPED, null, null, List.of(), problem == null ? List.of() : List.of(problem));
    }

    public Optional<Step> step(Aspect aspect) {
        return steps.stream().filter(s -> s.aspect() == aspect).findFirst();
    }

    public boolean usesOverride() {
        return steps.stream().anyMatch(s -> s.from().overridden());
    }

    /**
     * Maps published grades. Direction and strength come from the class grade, else the level grade; certainty from the
     * level grade, else the class grade. A component no matching row sets is UNKNOWN / UNSPECIFIED.
     */
    public static Normalisation of(GradingScheme scheme, PublishedGrade classGrade, PublishedGrade levelGrade) {
        List<String> problems = new ArrayList<>();
        Grade c = match(scheme, Grade.CLASS, classGrade, problems);
        Grade l = match(scheme, Grade.LEVEL, levelGrade, problems);
        List<Step> steps = new ArrayList<>();
        Direction direction = Direction.UNKNOWN;
        Strength strength = Strength.UNSPECIFIED;
        Certainty certainty = Certainty.UNSPECIFIED;
        Grade dSource = firstSetting(c, l, Aspect.DIRECTION);
        if (dSource != null) {
            direction = dSource.direction();
            steps.add(new Step(Aspect.DIRECTION, direction.label(), dSource));
        }
        Grade sSource = firstSetting(c, l, Aspect.STRENGTH);
        if (sSource != null) {
            strength = sSource.strength();
            steps.add(new Step(Aspect.STRENGTH, strength.label(), sSource));
        }
        Grade cSource = firstSetting(l, c, Aspect.CERTAINTY);
        if (cSource != null) {
            certainty = cSource.certainty();
            steps.add(new Step(Aspect.CERTAINTY, certainty.label(), cSource));
        }
        if (direction == Direction.UNKNOWN && c == null && l == null && problems.isEmpty()) {
            problems.add("no grade published");
        }
        return new Normalisation(new NormalisedPosition(direction, strength, certainty), c, l, steps, problems);
    }

    private static Grade match(GradingScheme scheme, String dimension, PublishedGrade published, List<String> problems) {
        if (published == null || published.isEmpty()) {
            return null;
        }
        Optional<Grade> grade = scheme.find(dimension, published.text());
        if (grade.isEmpty()) {
            problems.add("'" + published.text() + "' is not a " + dimension + " grade of " + scheme.name() + " ("
                    + scheme.grades(dimension).stream().map(Grade::code).toList() + "); add it as an alias in a mapping override");
            return null;
        }
        return grade.get();
    }

    private static Grade firstSetting(Grade first, Grade second, Aspect aspect) {
        for (Grade g : new Grade[] { first, second }) {
            if (g == null) {
                continue;
            }
            boolean sets = switch (aspect) {
                case DIRECTION -> g.direction() != null;
                case STRENGTH -> g.strength() != null;
                case CERTAINTY -> g.certainty() != null;
            };
            if (sets) {
                return g;
            }
        }
        return null;
    }
}
