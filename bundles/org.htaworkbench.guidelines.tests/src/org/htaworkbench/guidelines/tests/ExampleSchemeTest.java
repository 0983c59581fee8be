package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.cli.Command;
import org.htaworkbench.guidelines.GradingScheme;
import org.htaworkbench.guidelines.SchemeRegistry;
import org.htaworkbench.guidelines.internal.GuidelinesCommand;
import org.htaworkbench.model.AssessmentKind;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.ExistingAssessment;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.Test;

/**
 * The worked third-party example: the bundle org.htaworkbench.guidelines.example.iqwig contributes the IQWiG scheme
 * through the extension point (plugin.xml and a CSV, no code); the registry and the command pick it up.
 */
class ExampleSchemeTest {

    /** An evidence base with one IQWiG assessment (a made-up example, not seed data). */
    private static EvidenceBase iqwigBase() {
        EvidenceBase base = SampleEvidence.F.createEvidenceBase();
        base.setId("iqwig-example");
        base.setTitle("IQWiG example");
        ExistingAssessment a = SampleEvidence.assessment("Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen (IQWiG)",
                "Example dossier assessment", 2025, null, AssessmentKind.HTA);
        a.getPositions().add(SampleEvidence.position("Example conclusion", "considerable added benefit",
                null, "hint", null));
        base.getExistingAssessments().add(a);
        return base;
    }

    @Test
    void registryReadsTheExampleContributionFromItsOwnBundle() throws IOException {
        SchemeRegistry.Contributions c = TestSupport.contributions(TestSupport.CORE, TestSupport.EXAMPLE);
        assertEquals(List.of(), c.problems());
        GradingScheme iqwig = c.schemes().get("iqwig").orElseThrow();
        assertEquals(TestSupport.EXAMPLE, iqwig.contributor());
        assertEquals(TestSupport.EXAMPLE + "/data/iqwig.csv", iqwig.mappingTable());
        assertEquals("IQWiG", iqwig.bodyKey());
        assertEquals(9, iqwig.grades().size());
        assertEquals(iqwig, c.schemes().forBody("Institute for Quality and Efficiency in Health Care").orElseThrow());
        assertEquals(7, c.schemes().all().size());
        assertTrue(TestSupport.builtInSchemes().get("iqwig").isEmpty(), "without the example bundle there is no IQWiG scheme");
    }

    @Test
    void commandShowsIqwigPositionsMappedOnlyWhenTheExampleIsInstalled() throws IOException {
        Path file = Files.createTempFile("iqwig", ".htaevidence");
        try {
            EvidenceResources.save(iqwigBase(), file);
            SchemeRegistry.Contributions with = TestSupport.contributions(TestSupport.CORE, TestSupport.EXAMPLE);
            TestSupport.Run r = TestSupport.run(new GuidelinesCommand(() -> with), file.toString());
            assertEquals(Command.OK, r.code(), r.err());
            assertTrue(r.out().contains("[IQWiG 2025] unassigned"), r.out());
            assertTrue(r.out().contains("Published: class 'considerable added benefit'; level 'hint'"), r.out());
            assertTrue(r.out().contains("Normalised: for / moderate / low certainty   [IQWiG extent and certainty of added benefit]"), r.out());
            assertTrue(r.out().contains("(" + TestSupport.EXAMPLE + "/data/iqwig.csv:"), r.out());

            TestSupport.Run without = TestSupport.run(new GuidelinesCommand(TestSupport::builtIn), file.toString());
            assertEquals(Command.OK, without.code());
            assertTrue(without.out().contains("Normalised: not mapped"), without.out());
            assertFalse(without.out().contains("IQWiG extent"), without.out());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The platform registry: under OSGi (Tycho) the example bundle is in the test runtime and its IQWiG scheme is read
     * beside the built-ins; on a plain class path there is no platform registry.
     */
    @Test
    void platformRegistryHasTheExampleWhenItIsInstalled() {
        IExtensionRegistry platform = RegistryFactory.getRegistry();
        SchemeRegistry.Contributions c = SchemeRegistry.fromPlatform();
        if (platform == null) {
            assertTrue(c.problems().get(0).startsWith("No extension registry"), c.problems().toString());
            return;
        }
        assertEquals(List.of(), c.problems());
        assertTrue(c.schemes().get("esc").isPresent());
        // build.properties additional.bundles puts the example bundle into the Tycho test runtime
        assertTrue(platform.getExtensions(TestSupport.EXAMPLE).length > 0, "example bundle not in the OSGi test runtime");
        GradingScheme iqwig = c.schemes().get("iqwig").orElseThrow();
        assertEquals(TestSupport.EXAMPLE, iqwig.contributor());
        assertEquals(9, iqwig.grades().size(), "its mapping table was read from the example bundle");
    }
}
