package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisProposals;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.Result;
import org.junit.jupiter.api.Test;

/** Proposals for an outcome category of the default evidence base (NICE Impella overview). */
class AnalysisProposalsTest {

    private static OutcomeCategory category(EvidenceBase base, String id) {
        return base.getOutcomeCategories().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void bleedingProposalPairsEachStudysInterventionAndComparatorArmsAndIncludesTheShippedRctPairs() throws Exception {
        EvidenceBase base = ImpellaEvidenceBase.load();
        OutcomeCategory bleeding = category(base, "cat-bleeding-vascular");
        AnalysisDefinition d = AnalysisProposals.newDefinition(base, bleeding);
        assertEquals("org.htaworkbench.analysis.pairwise", d.getAnalysisType());
        assertEquals(bleeding.getName(), d.getName());
        Map<String, List<Result>> byStudy = d.getResults().stream()
                .collect(Collectors.groupingBy(r -> r.getStudy().getId()));
        byStudy.forEach((study, results) -> {
            assertEquals(2, results.size(), study);
            assertEquals(List.of(ArmKind.INTERVENTION, ArmKind.COMPARATOR),
                    results.stream().map(r -> ((ArmCountResult) r).getArm().getKind()).toList(), study);
            assertSame(results.get(0).getOutcome(), results.get(1).getOutcome(), study + ": one outcome per table");
        });
        List<String> ids = d.getResults().stream().map(Result::getId).toList();
        assertTrue(ids.containsAll(List.of("moller2024-bleeding-pump", "moller2024-bleeding-standard",
                "thiele2024-bleeding-mcs", "thiele2024-bleeding-standard")), ids.toString());
        assertTrue(d.getResults().stream().allMatch(r -> r.getRestates() == null), "restatements are not proposed");
        base.getAnalyses().add(d);
        MetaReport report = Analyses.run(d).report();
        assertEquals(byStudy.size(), report.k());
    }

    @Test
    void categoryOfADefinitionComesFromItsResultsAndNewIdsDoNotClash() throws Exception {
        EvidenceBase base = ImpellaEvidenceBase.load();
        AnalysisDefinition shipped = base.getAnalyses().get(0);
        assertEquals("cat-bleeding-vascular", AnalysisProposals.categoryOf(shipped).getId());
        OutcomeCategory mortality = category(base, "cat-mortality-30d");
        AnalysisDefinition first = AnalysisProposals.newDefinition(base, mortality);
        base.getAnalyses().add(first);
        AnalysisDefinition second = AnalysisProposals.newDefinition(base, mortality);
        assertNotEquals(first.getId(), second.getId());
        assertFalse(first.getResults().isEmpty());
    }

    @Test
    void thirtyDayMortalityHasNoCountedArmsSoReportedComparisonsArePooledButNeverPredictorsSubgroupsOrMisprints()
            throws Exception {
        EvidenceBase base = ImpellaEvidenceBase.load();
        AnalysisDefinition d = AnalysisProposals.newDefinition(base, category(base, "cat-mortality-30d"));
        assertEquals("org.htaworkbench.analysis.generic", d.getAnalysisType());
        // one per study, the first whole-study comparison of the arms it reports; Bogerd 2025's misprinted interval
        // ("RR 0.84, 95% CI 78 to 86") is not proposed
        assertEquals(List.of("thiele2024-m30-hr", "stub2025-mortality-or",
                "panuccio2022-cmp-mortality-rr", "movahed2024-mortality-pump-or"),
                d.getResults().stream().map(Result::getId).toList());
    }

    @Test
    void aCategoryWithoutAnalysableResultsIsRefusedWithItsName() {
        EvidenceBase base = EvidenceFactory.eINSTANCE.createEvidenceBase();
        OutcomeCategory empty = EvidenceFactory.eINSTANCE.createOutcomeCategory();
        empty.setId("cat-x");
        empty.setName("Nothing reported");
        base.getOutcomeCategories().add(empty);
        AnalysisException e = assertThrows(AnalysisException.class, () -> AnalysisProposals.newDefinition(base, empty));
        assertTrue(e.getMessage().contains("Nothing reported"), e.getMessage());
    }
}
