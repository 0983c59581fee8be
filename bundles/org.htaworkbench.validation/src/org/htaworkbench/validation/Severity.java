package org.htaworkbench.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** Severity of a {@link Finding}; maps one to one onto EMF {@link Diagnostic} severities. */
public enum Severity {
    /** Data or a note (e.g. the review overlap, an estimate that cannot be expected to equal the crude one). */
    INFO(Diagnostic.INFO),
    /** Probably wrong, or wrong unless an explanation outside the printed numbers applies. */
    WARNING(Diagnostic.WARNING),
    /** Arithmetically impossible as printed (percentage not equal to events/total, estimate outside its CI ...). */
    ERROR(Diagnostic.ERROR);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic} severity constant. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** The severity for a {@link Diagnostic} severity (OK and CANCEL map to INFO). */
    public static Severity ofDiagnostic(int severity) {
        if ((severity & Diagnostic.ERROR) != 0) {
            return ERROR;
        }
        if ((severity & Diagnostic.WARNING) != 0) {
            return WARNING;
        }
        return INFO;
    }
}
