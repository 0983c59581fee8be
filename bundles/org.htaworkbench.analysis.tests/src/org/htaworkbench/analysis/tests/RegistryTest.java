package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.htaworkbench.analysis.AnalysisRegistry;
import org.htaworkbench.analysis.AnalysisResult;
import org.htaworkbench.analysis.AnalysisTypeDescriptor;
import org.htaworkbench.analysis.Analyses;
import org.htaworkbench.analysis.internal.PairwiseCountsAnalysis;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.values.Reported;
import org.junit.jupiter.api.Test;

/**
 * The analysis type registry. Under OSGi (the Tycho test run) it reads the extension point, where this bundle's
 * plugin.xml contributes a third-party type and two broken contributions; without OSGi it serves the built-ins.
 */
class RegistryTest {

    private static final List<String> BUILT_INS = List.of("org.htaworkbench.analysis.pairwise",
            "org.htaworkbench.analysis.generic", "org.htaworkbench.analysis.proportion", "org.htaworkbench.analysis.means");

    @Test
    void builtInsAreRegistered() {
        List<String> ids = AnalysisRegistry.types().stream().map(AnalysisTypeDescriptor::id).toList();
        assertTrue(ids.containsAll(BUILT_INS), ids.toString());
        AnalysisTypeDescriptor pairwise = AnalysisRegistry.find("org.htaworkbench.analysis.pairwise").orElseThrow();
        assertInstanceOf(PairwiseCountsAnalysis.class, pairwise.type(), "the built-in, not the duplicate");
        assertEquals("org.htaworkbench.analysis", pairwise.contributor());
        assertEquals("Pairwise meta-analysis of 2x2 counts", pairwise.name());
    }

    @Test
    void aThirdPartyBundleContributesAnAnalysisTypeThatRuns() {
        if (!osgi()) {
            return;
        }
        AnalysisTypeDescriptor t = AnalysisRegistry.find(TestAnalysisType.ID).orElseThrow();
        assertEquals("org.htaworkbench.analysis.tests", t.contributor());
        assertInstanceOf(TestAnalysisType.class, t.type());

        EvidenceBase base = EvidenceFactory.eINSTANCE.createEvidenceBase();
        Study s = EvidenceFactory.eINSTANCE.createStudy();
        s.setId("x");
        s.setLabel("X 2020");
        base.getStudies().add(s);
        EffectEstimateResult r = EvidenceFactory.eINSTANCE.createEffectEstimateResult();
        r.setId("x-hr");
        r.setMeasure(EffectMeasure.HR);
        r.setEstimate(Reported.of("0.5"));
        r.setInterval(Reported.ci("0.25", "1.0"));
        s.getResults().add(r);
        AnalysisDefinition d = EvidenceFactory.eINSTANCE.createAnalysisDefinition();
        d.setAnalysisType(TestAnalysisType.ID);
        d.getResults().add(r);
        base.getAnalyses().add(d);
        AnalysisResult res = Analyses.run(d);
        assertEquals("FE", res.report().method(), "the contributed type forces a common-effect model");
        assertEquals(Math.log(0.5), res.report().estimate(), 1e-15);
        assertEquals((Math.log(1.0) - Math.log(0.5)) / 1.959963984540054, res.report().se(), 1e-15);
    }

    @Test
    void brokenContributionsAreSkippedAndReported() {
        if (!osgi()) {
            return;
        }
        AnalysisRegistry.Scan scan = AnalysisRegistry.scan();
        assertTrue(scan.find("org.htaworkbench.analysis.tests.notatype").isEmpty());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("notatype") && p.contains("does not implement")),
                scan.problems().toString());
        assertTrue(scan.problems().stream().anyMatch(p -> p.contains("org.htaworkbench.analysis.pairwise")
                && p.contains("already registered")), scan.problems().toString());
        assertEquals(BUILT_INS.size() + 1, scan.types().size(), "the built-ins and the tests bundle's type: " + scan.types());
    }

    /** The contribution tests need the OSGi extension registry (the Tycho test run); plain-Java runs skip them. */
    private static boolean osgi() {
        if (!AnalysisRegistry.hasExtensionRegistry()) {
            System.err.println("RegistryTest: no extension registry (not under OSGi): contribution checks skipped");
            return false;
        }
        return true;
    }
}
