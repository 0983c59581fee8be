package org.htaworkbench.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.Severity;

/** Receives findings; helpers build the message prefix from the element. */
public interface Sink {

    void add(Finding finding);

    /** A finding about a result: prefix "study / outcome: ". */
    default void result(Severity severity, CheckId check, Result r, EObject element, String detail) {
        String study = Labels.study(r.getStudy() != null ? r.getStudy() : Labels.studyOf(r));
        String outcome = Labels.outcome(r);
        add(new Finding(severity, check, study, outcome, Labels.prefix(study, outcome) + detail, element));
    }

    /** A finding about a study. */
    default void study(Severity severity, CheckId check, Study s, EObject element, String detail) {
        String study = Labels.study(s);
        add(new Finding(severity, check, study, null, Labels.prefix(study, null) + detail, element));
    }

    /** A finding with explicit labels. */
    default void labelled(Severity severity, CheckId check, String study, String outcome, EObject element,
            String detail) {
        add(new Finding(severity, check, study, outcome, Labels.prefix(study, outcome) + detail, element));
    }
}
