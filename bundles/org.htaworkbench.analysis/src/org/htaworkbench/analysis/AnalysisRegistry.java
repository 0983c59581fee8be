package org.htaworkbench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.analysis.internal.BuiltInAnalyses;

/**
 * The analysis types contributed to {@value #EXTENSION_POINT} (the built-ins are contributed there too, by this
 * bundle's plugin.xml). Outside OSGi (no extension registry, e.g. plain unit tests) the built-in types are
 * returned. A contribution that cannot be created, does not implement {@link AnalysisType}, or repeats an id is
 * skipped and listed in {@link Scan#problems()}, so one broken plugin does not disable the others.
 */
public final class AnalysisRegistry {

    public static final String EXTENSION_POINT = "org.htaworkbench.analysis.analyses";

    private AnalysisRegistry() {
    }

    /** Registered types and the problems met while reading the contributions. */
    public record Scan(List<AnalysisTypeDescriptor> types, List<String> problems) {
        public Scan {
            types = List.copyOf(types);
            problems = List.copyOf(problems);
        }

        public Optional<AnalysisTypeDescriptor> find(String id) {
            return types.stream().filter(t -> t.id().equals(id)).findFirst();
        }
    }

    /** Reads the extension registry now (contributions can change while the platform runs). */
    public static Scan scan() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return new Scan(BuiltInAnalyses.descriptors(), List.of());
        }
        return scan(registry.getConfigurationElementsFor(EXTENSION_POINT));
    }

    static Scan scan(IConfigurationElement[] elements) {
        Map<String, AnalysisTypeDescriptor> types = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            if (!"analysis".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            if (id == null || id.isBlank()) {
                problems.add("analysis type without id from " + contributor + " ignored");
                continue;
            }
            if (types.containsKey(id)) {
                problems.add("analysis type '" + id + "' from " + contributor + " ignored: id already registered by "
                        + types.get(id).contributor());
                continue;
            }
            try {
                Object created = element.createExecutableExtension("class");
                if (created instanceof AnalysisType type) {
                    String name = element.getAttribute("name");
                    types.put(id, new AnalysisTypeDescriptor(id, name == null ? id : name,
                            element.getAttribute("description"), contributor, type));
                } else {
                    problems.add("analysis type '" + id + "' from " + contributor + " ignored: "
                            + created.getClass().getName() + " does not implement " + AnalysisType.class.getName());
                }
            } catch (CoreException e) {
                problems.add("analysis type '" + id + "' from " + contributor + " ignored: " + e.getMessage());
            }
        }
        return new Scan(new ArrayList<>(types.values()), problems);
    }

    /** Whether an extension registry is running (OSGi); without one only the built-ins are served. */
    public static boolean hasExtensionRegistry() {
        return RegistryFactory.getRegistry() != null;
    }

    public static List<AnalysisTypeDescriptor> types() {
        return scan().types();
    }

    public static Optional<AnalysisTypeDescriptor> find(String id) {
        return scan().find(id);
    }
}
