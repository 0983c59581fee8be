package org.htaworkbench.model.registry;

import java.net.URL;
import java.nio.file.Path;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.osgi.framework.Bundle;

/**
 * An evidence base contributed through {@code org.htaworkbench.model.evidenceBases}: where it is and how to
 * load it. Loading is on demand; a descriptor is cheap.
 */
public record EvidenceBaseDescriptor(String id, String name, String resource, boolean isDefault, Bundle bundle) {

    /** Loads a fresh copy of the evidence base (each call gives an independent resource). */
    public EvidenceBase load() throws EvidenceResourceException {
        URL url = bundle.getEntry(resource);
        if (url == null) {
            throw new EvidenceResourceException(Path.of(resource),
                    "not found in bundle " + bundle.getSymbolicName() + " (contributed as evidence base '" + id
                            + "'; is its folder listed in build.properties bin.includes?)",
                    null);
        }
        return EvidenceResources.load(url);
    }
}
