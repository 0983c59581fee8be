package org.htaworkbench.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.validation.internal.Checks;

/**
 * Headless facade of the consistency checks, for the command line and the Findings view:
 * {@code ConsistencyChecker.check(base)} returns every finding in document order (the evidence base first, then its
 * contents depth-first). It runs the same checks as the EMF validator ({@link EvidenceValidation}) but not EMF's basic
 * constraints. Thread-safe; the base must not be modified while it runs.
 */
public final class ConsistencyChecker {

    private ConsistencyChecker() {
    }

    /** All findings for the base and everything it contains. */
    public static List<Finding> check(EvidenceBase base) {
        List<Finding> out = new ArrayList<>();
        Checks.run(base, out::add);
        for (Iterator<EObject> it = base.eAllContents(); it.hasNext();) {
            Checks.run(it.next(), out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /** Findings about one element only (not its contents). */
    public static List<Finding> checkElement(EObject element) {
        List<Finding> out = new ArrayList<>();
        Checks.run(element, out::add);
        return Collections.unmodifiableList(out);
    }

    /** The review overlap matrix and CCA. */
    public static ReviewOverlap reviewOverlap(EvidenceBase base) {
        return ReviewOverlap.of(base);
    }
}
