package org.htaworkbench.model.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/** Reads the evidence bases contributed to the extension point {@value #EXTENSION_POINT}. */
public final class EvidenceBaseRegistry {

    public static final String EXTENSION_POINT = "org.htaworkbench.model.evidenceBases";

    private EvidenceBaseRegistry() {
    }

    /**
     * All contributed evidence bases, ordered by id.
     *
     * @throws IllegalStateException naming the contributing bundle when a contribution lacks a required attribute
     */
    public static List<EvidenceBaseDescriptor> descriptors() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("No extension registry: evidence bases are contributed through OSGi "
                    + "bundles; outside OSGi load a file with EvidenceResources.load");
        }
        List<EvidenceBaseDescriptor> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"evidenceBase".equals(element.getName())) {
                continue;
            }
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            String contributor = element.getContributor().getName();
            result.add(new EvidenceBaseDescriptor(required(element, "id", contributor),
                    required(element, "name", contributor), required(element, "resource", contributor),
                    Boolean.parseBoolean(element.getAttribute("default")), bundle));
        }
        result.sort(Comparator.comparing(EvidenceBaseDescriptor::id));
        return result;
    }

    /** The evidence base that opens on first start: the first contribution (by id) marked default. */
    public static Optional<EvidenceBaseDescriptor> defaultEvidenceBase() {
        return descriptors().stream().filter(EvidenceBaseDescriptor::isDefault).findFirst();
    }

    private static String required(IConfigurationElement element, String attribute, String contributor) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Bundle " + contributor + ": extension " + EXTENSION_POINT
                    + " has an evidenceBase without the required attribute '" + attribute + "'");
        }
        return value;
    }
}
