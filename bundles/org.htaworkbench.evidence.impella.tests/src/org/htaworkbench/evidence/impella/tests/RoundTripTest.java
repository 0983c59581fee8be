package org.htaworkbench.evidence.impella.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.htaworkbench.evidence.impella.ImpellaEvidenceBase;
import org.htaworkbench.model.*;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** The embedded file loads strictly, validates against the model, and save then load is lossless. */
class RoundTripTest {

    @Test
    void loadsWithSchemaVersionAndId() throws Exception {
        EvidenceBase b = ImpellaEvidenceBase.load();
        assertEquals(EvidenceResources.SCHEMA_VERSION, b.getSchemaVersion());
        assertEquals("impella-cardiogenic-shock", b.getId());
        assertEquals("org.htaworkbench.evidence.impella", ImpellaEvidenceBase.ID);
        assertNotSame(b, ImpellaEvidenceBase.load(), "each load gives a fresh copy");
    }

    @Test
    void emfValidationHasNoErrors() throws Exception {
        Diagnostic d = Diagnostician.INSTANCE.validate(ImpellaEvidenceBase.load());
        assertTrue(d.getSeverity() < Diagnostic.ERROR, () -> d.getChildren().isEmpty() ? d.getMessage() : d.getChildren().get(0).getMessage());
    }

    @Test
    void saveThenLoadIsLossless() throws Exception {
        EvidenceBase b = ImpellaEvidenceBase.load();
        Path dir = Files.createTempDirectory("impella-roundtrip");
        Path f = dir.resolve("copy.htaevidence");
        try {
            EvidenceResources.save(EcoreUtil.copy(b), f);
            EvidenceBase again = EvidenceResources.load(f);
            assertTrue(EcoreUtil.equals(b, again), "save then load changed the evidence base");
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void counts() {
        EvidenceBase b = Seed.base();
        assertEquals(149, b.getStudies().size());
        long results = b.getStudies().stream().mapToLong(s -> s.getResults().size()).sum();
        assertTrue(results >= 300, "results " + results);
    }
}
