package org.htaworkbench.validation.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;
import org.htaworkbench.validation.internal.Printed.Range;

/**
 * Check {@code restatement.rounding}: a result that {@code restates} another (a summary sentence repeating a table
 * value, usually with fewer decimals) must be a rounding of it: for every number both print (estimate, percentage,
 * CI limits, counts, I², p ...), the ranges of true values the two printed numbers stand for must overlap. "24%" for
 * "24.0%" passes; "54%" for "54.5%" passes (half-even); "16%" for "6.4%" does not.
 */
public final class RestatementCheck {

    private RestatementCheck() {
    }

    public static void check(Result r, Sink sink) {
        Result original = r.getRestates();
        if (original == null || original.eClass() != r.eClass()) {
            return;
        }
        EClass c = r.eClass();
        StringBuilder problems = new StringBuilder();
        EObject first = null;
        for (EReference ref : c.getEAllContainments()) {
            if (ref.isMany()) {
                continue;
            }
            Object a = r.eGet(ref);
            Object b = original.eGet(ref);
            if (a instanceof ReportedValue ra && b instanceof ReportedValue rb) {
                if (differs(ra, rb)) {
                    problems.append(problems.length() > 0 ? "; " : "").append(ref.getName()).append(' ')
                            .append(Printed.text(ra)).append(" vs ").append(Printed.text(rb));
                    first = first == null ? ra : first;
                }
            } else if (a instanceof Interval ia && b instanceof Interval ib) {
                for (EReference limit : new EReference[] {EvidencePackage.Literals.INTERVAL__LOWER,
                        EvidencePackage.Literals.INTERVAL__UPPER}) {
                    ReportedValue la = (ReportedValue) ia.eGet(limit);
                    ReportedValue lb = (ReportedValue) ib.eGet(limit);
                    if (la != null && lb != null && differs(la, lb)) {
                        problems.append(problems.length() > 0 ? "; " : "").append(ref.getName()).append(' ')
                                .append(limit.getName()).append(' ').append(Printed.text(la)).append(" vs ")
                                .append(Printed.text(lb));
                        first = first == null ? la : first;
                    }
                }
            }
        }
        if (problems.length() > 0) {
            String where = r.getSource() == null ? "" : " (" + r.getSource().getLiteral() + ")";
            String origWhere = original.getSource() == null ? "" : " (" + original.getSource().getLiteral() + ")";
            sink.result(Severity.WARNING, CheckId.RESTATEMENT, r, first, "the restatement" + where
                    + " is not a rounding of the value it restates" + origWhere + ": " + problems + ".");
        }
    }

    private static boolean differs(ReportedValue restated, ReportedValue original) {
        if (!Printed.exact(restated) || !Printed.exact(original)) {
            return false;
        }
        if (restated.getUnit() != null && original.getUnit() != null && !restated.getUnit().equals(original.getUnit())) {
            return false;
        }
        Range a = Printed.range(restated);
        Range b = Printed.range(original);
        return !a.overlaps(b);
    }
}
