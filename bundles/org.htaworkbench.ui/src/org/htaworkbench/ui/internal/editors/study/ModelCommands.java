package org.htaworkbench.ui.internal.editors.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Commands for typed attribute values: null when nothing would change (so an unchanged field never makes the
 * evidence base dirty), an {@link InvalidInputException} naming the field when the text does not fit.
 */
final class ModelCommands {

    private ModelCommands() {
    }

    /** Sets a single-valued attribute; an empty text clears it. */
    static Command setText(EditingDomain domain, EObject owner, EAttribute attribute, String typed) {
        String value = typed == null || typed.isBlank() ? null : typed.strip();
        Object old = owner.eGet(attribute);
        if (Objects.equals(old, value) || (old == null || "".equals(old)) && value == null) {
            return null;
        }
        return SetCommand.create(domain, owner, attribute, value);
    }

    /** Sets an Integer attribute from its text (e.g. a year); an empty text clears it. */
    static Command setInteger(EditingDomain domain, EObject owner, EAttribute attribute, String typed, String field)
            throws InvalidInputException {
        String input = typed == null ? "" : typed.strip();
        Integer value;
        if (input.isEmpty()) {
            value = null;
        } else {
            try {
                value = Integer.valueOf(input);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field + ": '" + input + "' is not a whole number.");
            }
        }
        return set(domain, owner, attribute, value);
    }

    /** Sets a many-valued string attribute from comma-separated text ("Denmark, Germany, UK"). */
    static Command setCommaSeparated(EditingDomain domain, EObject owner, EAttribute attribute, String typed) {
        List<String> values = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return set(domain, owner, attribute, values);
    }

    /** Sets any attribute value (a list for many-valued attributes); null when it is the value already. */
    static Command set(EditingDomain domain, EObject owner, EAttribute attribute, Object value) {
        if (Objects.equals(owner.eGet(attribute), value)) {
            return null;
        }
        return SetCommand.create(domain, owner, attribute, value);
    }

    static String commaSeparated(List<?> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
