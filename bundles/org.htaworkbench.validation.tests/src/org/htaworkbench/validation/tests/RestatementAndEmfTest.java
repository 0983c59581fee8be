package org.htaworkbench.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.SourceLocation;
import org.htaworkbench.model.values.Reported;
import org.htaworkbench.validation.CheckId;
import org.htaworkbench.validation.EvidenceValidation;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.FindingsFormat;
import org.htaworkbench.validation.Severity;
import org.junit.jupiter.api.Test;

class RestatementAndEmfTest {

    @Test
    void roundedRestatementPassesAndWrongOneIsFlagged() {
        var t = Bases.trial();
        EffectEstimateResult table = t.effect(EffectMeasure.OR, "OR", "5.15", "1.11", "23.84", null);
        table.setSource(SourceLocation.TABLE_3);
        EffectEstimateResult summary = t.effect(EffectMeasure.OR, "OR", "5.15", "1.11", "23.8", null);
        summary.setSource(SourceLocation.SAFETY_SUMMARY);
        summary.setRestates(table);
        ArmCountResult pct = t.percentOnly(t.experimental(), "6.4");
        ArmCountResult wrong = t.percentOnly(t.experimental(), "16");
        wrong.setRestates(pct);
        ArmCountResult halfEven = t.percentOnly(t.experimental(), "54");
        halfEven.setRestates(t.percentOnly(t.experimental(), "54.5"));
        List<Finding> f = Bases.of(t.findings(), CheckId.RESTATEMENT);
        assertEquals(1, f.size(), f.toString());
        assertSame(wrong.getPercent(), f.get(0).element());
        assertTrue(f.get(0).message().contains("percent 16 vs 6.4"), f.get(0).message());
    }

    @Test
    void diagnosticianYieldsDiagnosticsWithTheOffendingElement() {
        var t = Bases.trial().limbCounts();
        EffectEstimateResult e = t.effect(EffectMeasure.RR, "RR", "5.15", "1.11", "23.84", null);
        EvidenceValidation.register();
        try {
            Diagnostic d = Diagnostician.INSTANCE.validate(t.base());
            assertEquals(Diagnostic.WARNING, d.getSeverity(), d.toString());
            List<Diagnostic> ours = d.getChildren().stream()
                    .filter(c -> EvidenceValidation.DIAGNOSTIC_SOURCE.equals(c.getSource())).toList();
            assertEquals(1, ours.size(), d.getChildren().toString());
            Diagnostic x = ours.get(0);
            assertEquals(CheckId.EFFECT_FROM_COUNTS.code(), x.getCode());
            assertSame(e, x.getData().get(0));
            Finding finding = EvidenceValidation.findingOf(x);
            assertNotNull(finding);
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(x.getMessage().contains("matches the odds ratio"), x.getMessage());
            // no basic-constraint noise on a well-formed base
            assertEquals(1, d.getChildren().size(), d.getChildren().toString());
        } finally {
            EvidenceValidation.unregister();
        }
    }

    @Test
    void duplicateIdsAreStillReportedByTheBasicConstraints() {
        var t = Bases.trial();
        t.comparator().setId(t.experimental().getId());
        Diagnostic d = EvidenceValidation.validate(t.base());
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertEquals(1, d.getChildren().size(), d.getChildren().toString());
        assertSame(t.comparator(), d.getChildren().get(0).getData().get(0));
    }

    @Test
    void validateWithoutGlobalRegistrationGivesTheSameFindings() {
        var t = Bases.trial().limbCounts();
        t.effect(EffectMeasure.RR, "RR", "5.15", "1.11", "23.84", null);
        t.counts(t.comparator(), "2", "176", "1.3").setSource(SourceLocation.SAFETY_SUMMARY);
        Diagnostic d = EvidenceValidation.validate(t.base());
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertEquals(t.findings().size(), d.getChildren().size());
    }

    @Test
    void jsonEscapesAndNamesTheElement() {
        var t = Bases.trial();
        t.counts(t.experimental(), "82", "179", "45.9");
        String json = FindingsFormat.json(t.findings());
        assertTrue(json.contains("\"check\": \"percent.counts\""), json);
        assertTrue(json.contains("\"element\": \"moller2024-pump-limb-0\""), json);
        assertTrue(json.contains("\"study\": \"Møller 2024\""), json);
        assertEquals("[]\n", FindingsFormat.json(List.of()));
        assertTrue(FindingsFormat.text(t.findings()).startsWith("ERROR [percent.counts] Møller 2024 / Limb ischaemia: "));
        assertNotNull(Reported.of("1"));
    }
}
