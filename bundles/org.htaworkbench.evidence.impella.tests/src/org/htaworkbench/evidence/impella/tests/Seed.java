package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Collectors;

import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.*;

/** The embedded evidence base, loaded once, with lookups used by the tests. */
final class Seed {
    private static EvidenceBase base;

    private Seed() {
    }

    static synchronized EvidenceBase base() {
        if (base == null) {
            try {
                base = ImpellaEvidenceBase.load();
            } catch (Exception e) {
                throw new AssertionError("embedded evidence base does not load: " + e.getMessage(), e);
            }
        }
        return base;
    }

    static Study study(String id) {
        return base().getStudies().stream().filter(s -> id.equals(s.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no study " + id));
    }

    static List<Study> byRole(StudyRole role) {
        return base().getStudies().stream().filter(s -> s.getRole() == role).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    static <R extends Result> R result(String id) {
        for (Study s : base().getStudies())
            for (Result r : s.getResults())
                if (id.equals(r.getId())) return (R) r;
        throw new AssertionError("no result " + id);
    }

    static Arm arm(String id) {
        for (Study s : base().getStudies())
            for (Arm a : s.getArms())
                if (id.equals(a.getId())) return a;
        throw new AssertionError("no arm " + id);
    }

    /** Asserts printed text and parsed value of a reported value. */
    static void printed(String expected, ReportedValue v) {
        assertNotNull(v, "missing reported value, expected " + expected);
        assertEquals(expected, v.getText(), "printed text");
        if (expected.matches("-?[\\d,.]+")) assertEquals(Double.parseDouble(expected.replace(",", "")), v.getValue(), 1e-12, "value of " + expected);
    }

    static void arm(String resultId, String events, String total, String pct) {
        ArmCountResult r = result(resultId);
        if (events == null) assertNull(r.getEvents(), resultId + " events"); else printed(events, r.getEvents());
        if (total == null) assertNull(r.getTotal(), resultId + " total"); else printed(total, r.getTotal());
        printed(pct, r.getPercent());
        assertEquals("%", r.getPercent().getUnit());
    }

    static void effect(String resultId, EffectMeasure m, String est, String lo, String hi, String p) {
        EffectEstimateResult r = result(resultId);
        assertEquals(m, r.getMeasure(), resultId + " measure");
        printed(est, r.getEstimate());
        if (lo == null) assertNull(r.getInterval(), resultId + " interval");
        else {
            printed(lo, r.getInterval().getLower());
            printed(hi, r.getInterval().getUpper());
        }
        if (p == null) assertNull(r.getPValue(), resultId + " p");
        else assertEquals(p, r.getPValue().getText(), resultId + " p as printed");
    }
}
