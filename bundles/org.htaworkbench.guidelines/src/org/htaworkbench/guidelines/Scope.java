package org.htaworkbench.guidelines;

/** Population, intervention, comparator and context (of a question, or of one position's own statement). */
public record Scope(String population, String intervention, String comparator, String context) {

    public static final Scope EMPTY = new Scope(null, null, null, null);

    public String get(ScopeField field) {
        return switch (field) {
            case POPULATION -> population;
            case INTERVENTION -> intervention;
            case COMPARATOR -> comparator;
            case CONTEXT -> context;
        };
    }

    /** The four fields of a scope. */
    public enum ScopeField {
        POPULATION("population"), INTERVENTION("intervention"), COMPARATOR("comparator"), CONTEXT("context");

        private final String label;

        ScopeField(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
