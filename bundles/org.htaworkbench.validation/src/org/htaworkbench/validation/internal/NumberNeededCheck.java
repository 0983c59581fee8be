package org.htaworkbench.validation.internal;

import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.Result;
import org.htaworkbench.stats.NumberNeeded;
import org.htaworkbench.stats.StatsException;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.Severity;
import org.htaworkbench.validation.internal.ArmRisks.Pair;
import org.htaworkbench.validation.internal.Printed.Range;

/**
 * Check {@code nnt.riskdifference}: a reported NNT/NNH against 1/|RD|, the RD taken from the arm counts of the same
 * outcome (or, without counts, from a reported RD of the same outcome, within its rounding). Both conventions are
 * accepted for a whole-number NNT: rounded up (the usual one) and rounded to nearest; an NNT printed with decimals is
 * compared within its rounding.
 */
public final class NumberNeededCheck {

    private NumberNeededCheck() {
    }

    public static void check(EffectEstimateResult e, Sink sink) {
        EffectMeasure m = EffectMeasures.of(e);
        if ((m != EffectMeasure.NNT && m != EffectMeasure.NNH) || !Printed.exact(e.getEstimate())) {
            return;
        }
        double printed = e.getEstimate().getValue();
        Range rd;
        String source;
        String nnExact;
        Pair pair = ArmRisks.find(e, e.getExperimentalArm(), e.getComparatorArm());
        if (pair != null && pair.counts()) {
            double d = pair.experimental().risk().lo() - pair.comparator().risk().lo();
            rd = new Range(d, d);
            source = "from " + pair.text() + " the RD is " + Printed.fmt(d, 4);
            String alt = "";
            try {
                alt = " (" + NumberNeeded.fromRiskDifference(d, d, d).display().replaceAll(" \\(.*", "") + ")";
            } catch (StatsException ex) {
                // RD outside [-1, 1] cannot happen for valid counts
            }
            nnExact = d == 0 ? "infinite" : Printed.fmt(1 / Math.abs(d), 2) + alt;
        } else {
            EffectEstimateResult rdResult = reportedRiskDifference(e);
            if (rdResult == null) {
                return;
            }
            Range r = Printed.range(rdResult.getEstimate());
            double f = Math.abs(rdResult.getEstimate().getValue()) > 1 || "%".equals(rdResult.getEstimate().getUnit()) ? 0.01 : 1;
            rd = r.times(f);
            source = "the reported RD is " + Printed.text(rdResult.getEstimate());
            nnExact = rd.lo() <= 0 && rd.hi() >= 0 ? "unbounded" : Printed.fmt(1 / Math.max(Math.abs(rd.lo()), Math.abs(rd.hi())), 2)
                    + " to " + Printed.fmt(1 / Math.min(Math.abs(rd.lo()), Math.abs(rd.hi())), 2);
        }
        double absLo = rd.lo() <= 0 && rd.hi() >= 0 ? 0 : Math.min(Math.abs(rd.lo()), Math.abs(rd.hi()));
        double absHi = Math.max(Math.abs(rd.lo()), Math.abs(rd.hi()));
        if (absHi == 0) {
            sink.result(Severity.WARNING, CheckId.NUMBER_NEEDED, e, e.getEstimate(), m.getName() + " "
                    + Printed.text(e.getEstimate()) + " but " + source + ": no difference, the NNT is infinite.");
            return;
        }
        double nnLo = 1 / absHi;
        double nnHi = absLo == 0 ? Double.POSITIVE_INFINITY : 1 / absLo;
        boolean ok;
        if (Printed.decimals(e.getEstimate()) == 0) {
            // rounded up (ceil) or to nearest: any whole number from round(nnLo) .. ceil(nnHi)
            ok = printed >= Math.floor(nnLo + 0.5) - 1e-9 && printed <= Math.ceil(nnHi - 1e-9) + 1e-9;
        } else {
            ok = Printed.range(e.getEstimate()).overlaps(new Range(nnLo, nnHi));
        }
        if (!ok) {
            sink.result(Severity.WARNING, CheckId.NUMBER_NEEDED, e, e.getEstimate(), m.getName() + " "
                    + Printed.text(e.getEstimate()) + " is inconsistent with the risk difference: " + source
                    + ", so 1/|RD| = " + nnExact + (Printed.decimals(e.getEstimate()) == 0 ? " (rounded up: "
                            + Printed.fmt(Math.ceil(nnLo - 1e-9), 0) + ")" : "") + ".");
        }
    }

    private static EffectEstimateResult reportedRiskDifference(EffectEstimateResult nn) {
        if (nn.getStudy() == null || nn.getOutcome() == null) {
            return null;
        }
        for (Result r : nn.getStudy().getResults()) {
            if (r instanceof EffectEstimateResult x && x != nn && x.getOutcome() == nn.getOutcome()
                    && EffectMeasures.of(x) == EffectMeasure.RD && Printed.exact(x.getEstimate())) {
                return x;
            }
        }
        return null;
    }
}
