package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.registry.EvidenceBaseDescriptor;
import org.htaworkbench.model.registry.EvidenceBaseRegistry;
import org.junit.jupiter.api.Test;

/** The evidence base extension point, read through the running OSGi extension registry. */
class EvidenceBaseRegistryTest {

    private static EvidenceBaseDescriptor missing() {
        return EvidenceBaseRegistry.descriptors().stream()
                .filter(d -> d.id().equals("org.htaworkbench.model.tests.missing")).findFirst()
                .orElseThrow(() -> new AssertionError("contribution of this test bundle not found"));
    }

    @Test
    void contributionIsListedWithItsAttributesAndBundle() {
        EvidenceBaseDescriptor descriptor = missing();
        assertTrue(descriptor.name().equals("Missing file"));
        assertTrue(descriptor.resource().equals("data/missing.htaevidence"));
        assertFalse(descriptor.isDefault(), "default is false unless declared");
        assertTrue(descriptor.bundle().getSymbolicName().equals("org.htaworkbench.model.tests"));
    }

    @Test
    void loadingAMissingResourceNamesTheFileAndTheBundle() {
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class, () -> missing().load());
        assertTrue(e.getMessage().contains("data/missing.htaevidence"), e.getMessage());
        assertTrue(e.getMessage().contains("org.htaworkbench.model.tests"), e.getMessage());
    }

    @Test
    void nonDefaultContributionIsNeverTheDefault() {
        assertFalse(EvidenceBaseRegistry.defaultEvidenceBase().map(d -> d.id().equals("org.htaworkbench.model.tests.missing")).orElse(false));
    }
}
