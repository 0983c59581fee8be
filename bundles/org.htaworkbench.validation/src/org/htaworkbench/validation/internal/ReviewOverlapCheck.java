package org.htaworkbench.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.StudyRole;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.ReviewOverlap;
import org.htaworkbench.validation.Severity;

/**
 * Check {@code overlap.cca} (INFO): the citation matrix and CCA of the base's reviews, and, for every primary study
 * that is key evidence itself and also included in key-evidence reviews, a note that its people are counted more
 * than once.
 */
public final class ReviewOverlapCheck {

    private ReviewOverlapCheck() {
    }

    public static void check(EvidenceBase base, Sink sink) {
        ReviewOverlap o = ReviewOverlap.of(base);
        if (o.columns() == 0) {
            return;
        }
        sink.labelled(Severity.INFO, CheckId.REVIEW_OVERLAP, null, null, base, "review overlap: " + o.summary()
                + ".\n" + o.table().stripTrailing());
        for (int i = 0; i < o.rows(); i++) {
            Study s = o.primaryStudies().get(i);
            if (s.getRole() != StudyRole.KEY_EVIDENCE) {
                continue;
            }
            List<String> in = new ArrayList<>();
            for (int j = 0; j < o.columns(); j++) {
                if (o.isIncluded(i, j) && o.reviews().get(j).getRole() == StudyRole.KEY_EVIDENCE) {
                    in.add(Labels.study(o.reviews().get(j)));
                }
            }
            if (!in.isEmpty()) {
                sink.study(Severity.INFO, CheckId.REVIEW_OVERLAP, s, s, "is key evidence and also included in "
                        + String.join(", ", in) + " (key evidence): its people are counted more than once across the"
                        + " key studies.");
            }
        }
    }
}
