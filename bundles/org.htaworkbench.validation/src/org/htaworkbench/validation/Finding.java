package org.htaworkbench.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * One result of a consistency check.
 *
 * @param severity     how serious
 * @param check        which check produced it
 * @param studyLabel   short study label ("Møller 2024"), or null for findings about the whole evidence base
 * @param outcomeLabel outcome as printed (shortened at the first ';'), or null
 * @param message      the complete, self-contained message, starting with "study / outcome: "
 * @param element      the offending model element (a result, interval, study ...), or null
 */
public record Finding(Severity severity, CheckId check, String studyLabel, String outcomeLabel, String message,
        EObject element) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    /** The check's string id, e.g. {@code effect.counts}. */
    public String checkId() {
        return check.id();
    }

    /**
     * The id of the offending element, or of its nearest container that has one (results, studies and arms have
     * ids), or null.
     */
    public String elementId() {
        for (EObject o = element; o != null; o = o.eContainer()) {
            EAttribute idAttribute = o.eClass().getEIDAttribute();
            if (idAttribute != null) {
                Object id = o.eGet(idAttribute);
                if (id != null) {
                    return id.toString();
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return severity + " [" + check.id() + "] " + message;
    }
}
