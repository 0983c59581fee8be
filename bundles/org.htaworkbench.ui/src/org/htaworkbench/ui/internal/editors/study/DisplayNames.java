package org.htaworkbench.ui.internal.editors.study;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Readable names of the model's enumeration literals: "RANDOMISED_CONTROLLED_TRIAL" reads "Randomised controlled
 * trial", acronyms stay upper case ("IPD meta analysis"), literals that are already names ("Impella CP") are kept.
 */
public final class DisplayNames {

    private static final Set<String> ACRONYMS = Set.of("RCT", "IPD", "VA", "ECMO", "IABP", "MCS", "LV", "PCI", "CABG",
            "RR", "OR", "HR", "MD", "SMD", "RD", "NNT", "NNH", "RRR", "HTA");

    private DisplayNames() {
    }

    public static String of(Enumerator literal) {
        return literal == null ? "" : of(literal.getLiteral());
    }

    static String of(String literal) {
        if (literal == null || literal.isEmpty() || !literal.equals(literal.toUpperCase(Locale.ROOT))) {
            return literal == null ? "" : literal;
        }
        StringBuilder name = new StringBuilder();
        for (String word : literal.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(' ');
            }
            if (ACRONYMS.contains(word)) {
                name.append(word);
            } else if (name.isEmpty()) {
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            } else {
                name.append(word.toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }
}
