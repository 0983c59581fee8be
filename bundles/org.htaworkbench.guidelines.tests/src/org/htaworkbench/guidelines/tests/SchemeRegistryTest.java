package org.htaworkbench.guidelines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.guidelines.GradingScheme;
import org.htaworkbench.guidelines.SchemeRegistry;
import org.junit.jupiter.api.Test;

/** The registry layer: broken contributions are reported with their bundle and skipped. */
class SchemeRegistryTest {

    private static SchemeRegistry.Contributions with(String pluginXml) throws IOException {
        return SchemeRegistry.read(TestSupport.registry(List.of(TestSupport.CORE),
                List.of(new TestSupport.Contribution("com.example.broken", pluginXml))), TestSupport::open);
    }

    private static String schemes(String body) {
        return "<?xml version=\"1.0\"?><plugin><extension point=\"org.htaworkbench.guidelines.schemes\">" + body + "</extension></plugin>";
    }

    @Test
    void missingTableMissingAttributeBadPatternAndDuplicateIdAreSkipped() throws IOException {
        SchemeRegistry.Contributions c = with(schemes("""
                <scheme id="a" name="A" mappingTable="data/none.csv"/>
                <scheme id="b" mappingTable="data/none.csv"/>
                <scheme id="c" name="C" bodyPattern="([" mappingTable="data/none.csv"/>
                <scheme id="esc" name="Second ESC" mappingTable="data/none.csv"/>
                <questions evidenceBase="x"/>
                """));
        assertEquals(5, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).contains("'a' from com.example.broken: data/none.csv not found in com.example.broken"), c.problems().get(0));
        assertTrue(c.problems().get(1).contains("missing required attribute 'name'"), c.problems().get(1));
        assertTrue(c.problems().get(2).contains("bodyPattern is not a regular expression"), c.problems().get(2));
        assertTrue(c.problems().get(3).contains("Ignoring scheme 'esc'"), c.problems().get(3));
        assertTrue(c.problems().get(4).contains("missing required attribute 'resource'"), c.problems().get(4));
        assertEquals(List.of("esc", "acc-aha", "nice-ipg", "nice-guideline", "msac", "grade"),
                c.schemes().all().stream().map(GradingScheme::id).toList(), "built-ins survive a broken bundle");
        assertEquals("ESC class of recommendation and level of evidence", c.schemes().get("esc").orElseThrow().name());
    }

    @Test
    void builtInContributionsMapBodiesAndGuidanceKinds() {
        SchemeRegistry.Contributions c = TestSupport.builtIn();
        assertEquals("esc", c.schemes().forBody("European Society of Cardiology").orElseThrow().id());
        assertEquals("acc-aha", c.schemes().forBody("American College of Cardiology Foundation and the American Heart Association, Inc.").orElseThrow().id());
        assertEquals("msac", c.schemes().forBody("Australian Government's Medical Services Advisory Committee (MSAC)").orElseThrow().id());
        assertTrue(c.schemes().forBody("Haute Autorité de santé").isEmpty());
        assertEquals("nice-ipg", c.schemes().forGuidanceKind("INTERVENTIONAL_PROCEDURE").orElseThrow().id());
        assertEquals("nice-guideline", c.schemes().forGuidanceKind("NICE_GUIDELINE").orElseThrow().id());
        assertTrue(c.questionSets().containsKey("impella-cardiogenic-shock"));
    }

    @Test
    void fromPlatformWithoutRegistryReportsIt() {
        if (RegistryFactory.getRegistry() == null) {
            SchemeRegistry.Contributions c = SchemeRegistry.fromPlatform();
            assertTrue(c.schemes().all().isEmpty());
            assertTrue(c.problems().get(0).startsWith("No extension registry"), c.problems().toString());
        } else {
            SchemeRegistry.Contributions c = SchemeRegistry.fromPlatform();
            assertEquals(List.of(), c.problems());
            assertTrue(c.schemes().get("acc-aha").isPresent(), "under OSGi the built-in schemes come from the platform registry");
        }
    }
}
