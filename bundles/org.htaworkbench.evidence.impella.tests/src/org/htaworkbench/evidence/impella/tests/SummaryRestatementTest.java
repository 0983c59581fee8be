package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.htaworkbench.model.*;
import org.junit.jupiter.api.Test;

/**
 * Numbers restated (rounded) in the outcome-by-outcome summaries are stored as their own results with
 * {@code restates} pointing at the Table 3 result, so rounding checks can compare them.
 */
class SummaryRestatementTest {

    static List<Result> restatements() {
        List<Result> out = new ArrayList<>();
        for (Study s : Seed.base().getStudies()) for (Result r : s.getResults()) if (r.getRestates() != null) out.add(r);
        return out;
    }

    static boolean near(ReportedValue original, ReportedValue restated) {
        if (original == null || restated == null) return original == restated;
        return Math.abs(original.getValue() - restated.getValue()) <= 0.5 * Math.pow(10, -restated.getDecimalPlaces()) + 1e-9;
    }

    @Test
    void countsAndLinks() {
        List<Result> r = restatements();
        assertEquals(113, r.size());
        assertEquals(57, r.stream().filter(ArmCountResult.class::isInstance).count());
        assertEquals(38, r.stream().filter(EffectEstimateResult.class::isInstance).count());
        assertEquals(18, r.stream().filter(PooledProportionResult.class::isInstance).count());
        int linked = 0;
        for (OutcomeCategory c : Seed.base().getOutcomeCategories())
            for (SummaryStatement st : c.getSummaryStatements())
                for (Result x : st.getResults()) {
                    linked++;
                    assertTrue(st.getText().contains(x.getText()), x.getId());
                    assertTrue(x.getSource() == SourceLocation.EFFICACY_SUMMARY || x.getSource() == SourceLocation.SAFETY_SUMMARY);
                    assertEquals(c.getKind() == OutcomeKind.EFFICACY ? SourceLocation.EFFICACY_SUMMARY : SourceLocation.SAFETY_SUMMARY, x.getSource());
                }
        assertEquals(113, linked);
        for (Result x : r) {
            assertEquals(SourceLocation.TABLE_3, x.getRestates().getSource(), x.getId());
            assertSame(x.getStudy(), x.getRestates().getStudy(), x.getId());
            assertSame(x.getOutcome(), x.getRestates().getOutcome(), x.getId());
        }
    }

    @Test
    void samples() {
        ArmCountResult d = Seed.result("moller2024-death-180d-pump-efficacy-summary");
        assertEquals("46", d.getPercent().getText());
        Seed.printed("82", d.getEvents());
        assertSame(Seed.result("moller2024-death-180d-pump"), d.getRestates());
        EffectEstimateResult limb = Seed.result("moller2024-limb-ischaemia-rr-safety-summary");
        assertEquals("23.8", limb.getInterval().getUpper().getText());
        assertEquals("23.84", ((EffectEstimateResult) limb.getRestates()).getInterval().getUpper().getText());
        PooledProportionResult ab = Seed.result("ardito2023-access-bleeding-pump-safety-summary");
        assertEquals("92", ab.getISquared().getText());
        assertEquals("91.6", ((PooledProportionResult) ab.getRestates()).getISquared().getText());
        EffectEstimateResult b = Seed.result("bogerd2025-mortality-rr-efficacy-summary");
        assertEquals("78", b.getInterval().getLower().getText());
    }

    /**
     * Restated values that do not round from the printed Table 3 value. None: with half a unit of tolerance every
     * restatement agrees with Table 3 (58.5 restated as 58, 4.5 as 4 and 30.5 as 30 are exact halves; against
     * events/total they are wrong, see ArmPercentConsistencyTest).
     */
    static final Set<String> KNOWN = Set.of();

    @Test
    void restatementsRoundFromTable3() {
        Set<String> bad = new TreeSet<>();
        for (Result x : restatements()) {
            if (x instanceof ArmCountResult a && !near(((ArmCountResult) x.getRestates()).getPercent(), a.getPercent())) bad.add(x.getId() + " percent");
            if (x instanceof EffectEstimateResult e) {
                EffectEstimateResult o = (EffectEstimateResult) x.getRestates();
                if (!near(o.getEstimate(), e.getEstimate())) bad.add(x.getId() + " estimate");
                if (e.getInterval() != null && (!near(o.getInterval().getLower(), e.getInterval().getLower()) || !near(o.getInterval().getUpper(), e.getInterval().getUpper()))) bad.add(x.getId() + " interval");
                if (e.getISquared() != null && !near(o.getISquared(), e.getISquared())) bad.add(x.getId() + " I2");
            }
            if (x instanceof PooledProportionResult p) {
                PooledProportionResult o = (PooledProportionResult) x.getRestates();
                if (!near(o.getProportion(), p.getProportion())) bad.add(x.getId() + " proportion");
                if (!near(o.getInterval().getLower(), p.getInterval().getLower()) || !near(o.getInterval().getUpper(), p.getInterval().getUpper())) bad.add(x.getId() + " interval");
                if (!near(o.getISquared(), p.getISquared())) bad.add(x.getId() + " I2");
            }
        }
        assertEquals(new TreeSet<>(KNOWN), bad);
    }
}
