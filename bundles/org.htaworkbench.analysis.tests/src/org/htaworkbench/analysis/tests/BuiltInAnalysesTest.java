package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.analysis.AnalysisRegistry;
import org.htaworkbench.analysis.internal.BuiltInAnalyses;
import org.junit.jupiter.api.Test;

/**
 * Without OSGi the built-in analysis types come from {@link BuiltInAnalyses}, under OSGi from the analysis bundle's
 * plugin.xml: the two lists must say the same, or plain-Java callers (benchmarks, tests) and the workbench would
 * offer different types.
 */
class BuiltInAnalysesTest {

    record Entry(String id, String name, String description, String implementation) {
    }

    @Test
    void builtInAnalysesMatchTheContributionsOfPluginXml() {
        List<Entry> fromPluginXml = Arrays
                .stream(RegistryFactory.getRegistry().getConfigurationElementsFor(AnalysisRegistry.EXTENSION_POINT))
                .filter(e -> BuiltInAnalyses.BUNDLE.equals(e.getContributor().getName()))
                .map(BuiltInAnalysesTest::entry).toList();
        List<Entry> fromCode = BuiltInAnalyses.descriptors().stream()
                .map(d -> new Entry(d.id(), d.name(), d.description(), d.type().getClass().getName())).toList();
        assertFalse(fromPluginXml.isEmpty(), "plugin.xml of " + BuiltInAnalyses.BUNDLE + " contributes no analysis type");
        assertEquals(fromPluginXml, fromCode);
    }

    private static Entry entry(IConfigurationElement e) {
        return new Entry(e.getAttribute("id"), e.getAttribute("name"), e.getAttribute("description"), e.getAttribute("class"));
    }
}
