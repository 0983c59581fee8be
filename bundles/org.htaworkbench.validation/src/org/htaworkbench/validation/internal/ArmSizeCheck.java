package org.htaworkbench.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.Study;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;

/**
 * Check {@code arms.size}: the intervention and comparator arms of a study (not subgroups or "overall" groups) must
 * add up to the study n when every one of them has a printed size; no arm may be larger than the study.
 */
public final class ArmSizeCheck {

    private ArmSizeCheck() {
    }

    public static void check(Study s, Sink sink) {
        if (!Printed.exact(s.getN())) {
            return;
        }
        double n = s.getN().getValue();
        List<Arm> arms = new ArrayList<>();
        boolean allSized = true;
        for (Arm a : s.getArms()) {
            if (Printed.exact(a.getN()) && a.getN().getValue() > n) {
                sink.study(Severity.ERROR, CheckId.ARM_SIZES, s, a, "arm '" + Labels.arm(a) + "' has n="
                        + Printed.text(a.getN()) + ", more than the study n=" + Printed.text(s.getN()) + ".");
            }
            if (a.getKind() == ArmKind.INTERVENTION || a.getKind() == ArmKind.COMPARATOR) {
                arms.add(a);
                allSized &= Printed.exact(a.getN());
            }
        }
        if (arms.size() < 2 || !allSized) {
            return;
        }
        double sum = 0;
        StringBuilder terms = new StringBuilder();
        for (Arm a : arms) {
            sum += a.getN().getValue();
            if (terms.length() > 0) {
                terms.append(" + ");
            }
            terms.append(Printed.text(a.getN()));
        }
        if (Math.abs(sum - n) < 0.5) {
            return;
        }
        String diff = String.format(java.util.Locale.ROOT, "%,.0f", Math.abs(sum - n));
        sink.study(Severity.WARNING, CheckId.ARM_SIZES, s, s, "the arms add up to " + terms + " = "
                + String.format(java.util.Locale.ROOT, "%,.0f", sum) + ", but the study n is " + Printed.text(s.getN())
                + " (" + diff + (sum > n ? " more" : " fewer") + ").");
    }
}
