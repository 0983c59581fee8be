package org.htaworkbench.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.CharacteristicValue;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.ImportIssue;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;

/** Runs every check that applies to one model element (the unit of EMF validation). */
public final class Checks {

    private Checks() {
    }

    public static void run(EObject o, Sink sink) {
        if (o instanceof Result r && r.getRestates() != null) {
            // A summary restatement of a table value: the table value carries the effect, interval and p-value
            // findings (checking both would report every problem twice); the restatement is checked for being a
            // rounding of its original and for its own printed percentages.
            if (r instanceof ArmCountResult a) {
                PercentCheck.check(a, sink);
            }
            RestatementCheck.check(r, sink);
        } else if (o instanceof Result r) {
            if (r instanceof EffectEstimateResult e) {
                EffectFromCountsCheck.check(e, sink);
                NumberNeededCheck.check(e, sink);
                PValueCheck.check(e, sink);
            } else if (r instanceof ArmCountResult a) {
                PercentCheck.check(a, sink);
            }
            IntervalCheck.check(r, sink);
            RestatementCheck.check(r, sink);
        } else if (o instanceof CharacteristicValue v) {
            PercentCheck.check(v, sink);
            IntervalCheck.check(v, sink);
        } else if (o instanceof Study s) {
            ArmSizeCheck.check(s, sink);
        } else if (o instanceof EvidenceBase b) {
            ReviewOverlapCheck.check(b, sink);
        } else if (o instanceof DatabaseSearch d) {
            SearchImportChecks.count(d, sink);
        } else if (o instanceof ImportIssue i) {
            SearchImportChecks.issue(i, sink);
        }
    }
}
