package org.htaworkbench.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.Characteristic;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;

/** Short labels for messages: "Møller 2024", "Limb ischaemia". */
public final class Labels {

    private Labels() {
    }

    /** Surname of the first author and the year, e.g. "Møller 2024" for "Møller J, 2024". */
    public static String study(Study s) {
        if (s == null) {
            return null;
        }
        String name = s.getFirstAuthor();
        if (name == null || name.isBlank()) {
            name = s.getLabel();
        }
        if (name == null || name.isBlank()) {
            return s.getId();
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(0, comma);
        }
        name = name.strip();
        int space = name.indexOf(' ');
        if (space > 0) {
            name = name.substring(0, space);
        }
        Integer year = s.getYear() != null ? s.getYear() : s.getCitation() != null ? s.getCitation().getYear() : null;
        return year == null ? name : name + " " + year;
    }

    /** The study an element belongs to (nearest containing study). */
    public static Study studyOf(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Study s) {
                return s;
            }
        }
        return null;
    }

    /** Outcome name up to the first ';' (plus the subgroup), or null. */
    public static String outcome(Result r) {
        OutcomeDefinition o = r.getOutcome();
        String name = o == null ? null : o.getName();
        if (name != null) {
            int semi = name.indexOf(';');
            if (semi > 0) {
                name = name.substring(0, semi);
            }
            name = name.strip();
        }
        if (r instanceof org.htaworkbench.model.EffectEstimateResult e && e.getFactor() != null && !e.getFactor().isBlank()) {
            name = name == null ? e.getFactor().strip() : name + " [" + e.getFactor().strip() + "]";
        }
        if (r.getSubgroup() != null && !r.getSubgroup().isBlank()) {
            name = name == null ? r.getSubgroup() : name + " [" + r.getSubgroup().strip() + "]";
        }
        return name;
    }

    /** Outcome-like label for a characteristic (its name, with the parent's name for nested items). */
    public static String characteristic(Characteristic c) {
        if (c.eContainer() instanceof Characteristic parent && parent.getName() != null) {
            return parent.getName() + ": " + c.getName();
        }
        return c.getName();
    }

    /** Arm label, or "?". */
    public static String arm(Arm a) {
        if (a == null) {
            return "?";
        }
        return a.getLabel() != null ? a.getLabel() : a.getId();
    }

    /** "study / outcome: " or "study: ". */
    public static String prefix(String study, String outcome) {
        StringBuilder b = new StringBuilder();
        if (study != null) {
            b.append(study);
        }
        if (outcome != null && !outcome.isBlank()) {
            if (b.length() > 0) {
                b.append(" / ");
            }
            b.append(outcome);
        }
        return b.length() == 0 ? "" : b + ": ";
    }
}
