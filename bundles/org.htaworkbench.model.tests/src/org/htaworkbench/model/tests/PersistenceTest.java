package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.KaplanMeierEstimate;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.ValueQualifier;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.model.util.EvidenceResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path dir;

    private Path saveSample() throws IOException {
        Path file = dir.resolve("sample.htaevidence");
        EvidenceResources.save(SampleEvidence.create(), file);
        return file;
    }

    /** Copies the file, replacing the first occurrence of {@code from}. */
    private Path rewrite(Path file, String from, String to) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        int at = xml.indexOf(from);
        assertTrue(at >= 0, "fixture text not found: " + from);
        Path changed = dir.resolve("changed.htaevidence");
        Files.writeString(changed, xml.substring(0, at) + to + xml.substring(at + from.length()), StandardCharsets.UTF_8);
        return changed;
    }

    @Test
    void saveThenLoadIsLossless() throws IOException {
        EvidenceBase original = SampleEvidence.create();
        Path file = dir.resolve("roundtrip.htaevidence");
        EvidenceResources.save(original, file);
        EvidenceBase loaded = EvidenceResources.load(file);
        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded evidence base differs from the saved one");
        // the saved form is stable: saving the loaded base again gives the same bytes
        Path again = dir.resolve("again.htaevidence");
        EvidenceResources.save(loaded, again);
        assertEquals(Files.readString(file), Files.readString(again));
    }

    @Test
    void equalityCheckDetectsAChangedNumber() throws IOException {
        EvidenceBase original = SampleEvidence.create();
        Path file = dir.resolve("roundtrip.htaevidence");
        EvidenceResources.save(original, file);
        EvidenceBase loaded = EvidenceResources.load(file);
        ArmCountResult r = (ArmCountResult) SampleEvidence.study(loaded, "moller2024").getResults().get(0);
        r.getPercent().setText("45.80");
        assertFalse(EcoreUtil.equals(original, loaded));
    }

    @Test
    void savedFileCarriesSchemaVersionAndNamespace() throws IOException {
        EvidenceBase base = SampleEvidence.create();
        Path file = dir.resolve("v.htaevidence");
        EvidenceResources.save(base, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("schemaVersion=\"" + EvidenceResources.SCHEMA_VERSION + "\""), xml);
        assertTrue(xml.contains("xmlns:evidence=\"http://htaworkbench.org/evidence/1.0\""), xml);
        assertEquals("1.2", EvidenceResources.SCHEMA_VERSION);
        assertEquals("http://htaworkbench.org/evidence/1.0", EvidencePackage.eNS_URI);
        assertEquals("1.2", EvidenceResources.load(file).getSchemaVersion());
    }

    @Test
    void printedPrecisionAndQualifiersSurviveRoundTrip() throws IOException {
        EvidenceBase loaded = EvidenceResources.load(saveSample());
        Study moller = SampleEvidence.study(loaded, "moller2024");
        ArmCountResult table3 = (ArmCountResult) moller.getResults().get(0);
        ArmCountResult summary = (ArmCountResult) moller.getResults().get(1);
        assertEquals("45.8", table3.getPercent().getText());
        assertEquals(45.8, table3.getPercent().getValue(), 0.0);
        assertEquals(1, table3.getPercent().getDecimalPlaces());
        assertEquals("%", table3.getPercent().getUnit());
        assertEquals("46", summary.getPercent().getText());
        assertEquals(46.0, summary.getPercent().getValue(), 0.0);
        assertEquals(0, summary.getPercent().getDecimalPlaces());
        assertSame(table3, summary.getRestates());

        EffectEstimateResult rr = (EffectEstimateResult) SampleEvidence.study(loaded, "bogerd2025").getResults().get(0);
        assertEquals("<0.001", rr.getPValue().getText());
        assertEquals(ValueQualifier.LESS_THAN, rr.getPValue().getQualifier());
        assertEquals(0.001, rr.getPValue().getValue(), 0.0);
        assertEquals("78", rr.getInterval().getLower().getText()); // the source's malformed CI is kept as printed
        assertEquals("86", rr.getISquared().getText());
    }

    @Test
    void crossReferencesResolveToTheLoadedObjects() throws IOException {
        EvidenceBase loaded = EvidenceResources.load(saveSample());
        Study padberg = SampleEvidence.study(loaded, "padberg2024");
        Study bogerd = SampleEvidence.study(loaded, "bogerd2025");
        Study moller = SampleEvidence.study(loaded, "moller2024");
        assertEquals(List.of(padberg), bogerd.getIncludedStudies());
        assertSame(moller, loaded.getValidityNotes().get(0).getStudies().get(0));
        EffectEstimateResult hr = (EffectEstimateResult) moller.getResults().get(2);
        assertSame(moller, hr.getStudy());
        assertSame(moller.getArms().get(0), hr.getExperimentalArm());
        assertSame(moller.getArms().get(1), hr.getComparatorArm());
        assertSame(loaded.getOutcomes().get(0), hr.getOutcome());
        assertSame(loaded.getOutcomeCategories().get(0), hr.getOutcome().getCategory());
        KaplanMeierEstimate km = (KaplanMeierEstimate) padberg.getResults().get(0);
        assertSame(padberg.getArms().get(0), km.getArm());
        assertSame(loaded.getEvidenceProcess().getSearchStrategies().get(0),
                loaded.getEvidenceProcess().getDatabaseSearches().get(0).getStrategy());
        assertEquals("29 not 30", loaded.getEvidenceProcess().getSearchStrategies().get(0).getLines().get(2).getQuery());
    }

    @Test
    void failedSaveLeavesThePreviousFileIntact() throws IOException {
        Path file = saveSample();
        byte[] before = Files.readAllBytes(file);

        EvidenceBase broken = SampleEvidence.create();
        Study outside = EvidenceFactory.eINSTANCE.createStudy(); // not contained in the evidence base: dangling
        outside.setId("outside");
        SampleEvidence.study(broken, "bogerd2025").getIncludedStudies().add(outside);
        broken.setTitle("this must never reach the disk");

        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.save(broken, file));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(file.toAbsolutePath().normalize(), e.getFile());
        byte[] after = Files.readAllBytes(file);
        assertEquals(new String(before, StandardCharsets.UTF_8), new String(after, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList(), "temporary file left behind");
        }
        assertEquals(null, broken.eResource(), "save must not leave the base attached to a temporary resource");
    }

    @Test
    void failureWhenReplacingTheTargetRemovesTheTemporaryFile() throws IOException {
        Path target = dir.resolve("occupied.htaevidence");
        Files.createDirectories(target.resolve("child")); // a non-empty directory cannot be replaced by a file
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.save(SampleEvidence.create(), target));
        assertTrue(e.getMessage().contains("occupied.htaevidence"), e.getMessage());
        assertTrue(Files.isDirectory(target.resolve("child")), "existing target was damaged");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("occupied.htaevidence"), files.map(p -> p.getFileName().toString()).toList(),
                    "temporary file left behind");
        }
    }

    @Test
    void loadRejectsNewerSchemaVersion() throws IOException {
        Path changed = rewrite(saveSample(), "schemaVersion=\"1.2\"", "schemaVersion=\"1.3\"");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence"), e.getMessage());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertTrue(e.getMessage().contains("1.3"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.0", "1.1" })
    void anOlderSchemaFileIsMigratedOnLoadAndSavedAsTheCurrentSchema(String version) throws IOException {
        Path old = rewrite(saveSample(), "schemaVersion=\"1.2\"", "schemaVersion=\"" + version + "\"");
        EvidenceBase migrated = EvidenceResources.load(old);
        assertEquals(EvidenceResources.SCHEMA_VERSION, migrated.getSchemaVersion());
        assertEquals(SampleEvidence.create().getStudies().size(), migrated.getStudies().size());
        Path resaved = dir.resolve("resaved.htaevidence");
        EvidenceResources.save(migrated, resaved);
        assertTrue(Files.readString(resaved).contains("schemaVersion=\"1.2\""));
    }

    @Test
    void loadRejectsOlderSchemaVersionWithoutMigration() throws IOException {
        Path changed = rewrite(saveSample(), "schemaVersion=\"1.2\"", "schemaVersion=\"0.9\"");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence") && e.getMessage().contains("0.9"), e.getMessage());
    }

    @Test
    void loadRejectsMissingSchemaVersion() throws IOException {
        Path changed = rewrite(saveSample(), "schemaVersion=\"1.2\"", "");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence") && e.getMessage().contains("schemaVersion"),
                e.getMessage());
    }

    @Test
    void loadRejectsUnknownNamespace() throws IOException {
        Path changed = rewrite(saveSample(), "http://htaworkbench.org/evidence/1.0", "http://htaworkbench.org/evidence/2.0");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence"), e.getMessage());
        assertTrue(e.getMessage().contains("http://htaworkbench.org/evidence/2.0"), e.getMessage());
    }

    @Test
    void loadRejectsUnknownElementWithLineNumber() throws IOException {
        Path file = saveSample();
        Path changed = rewrite(file, "<arms ", "<surpriseElement note=\"x\"/>\n    <arms ");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence"), e.getMessage());
        assertTrue(e.getMessage().contains("surpriseElement"), e.getMessage());
        List<String> lines = Files.readAllLines(changed);
        int expectedLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("surpriseElement")) {
                expectedLine = i + 1;
            }
        }
        assertEquals(expectedLine, e.getLine());
        assertTrue(e.getMessage().contains(":" + expectedLine), e.getMessage());
    }

    @Test
    void loadRejectsUnknownAttribute() throws IOException {
        Path changed = rewrite(saveSample(), "firstAuthor=\"Møller J\"", "firstAuthor=\"Møller J\" riskOfBias=\"low\"");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence") && e.getMessage().contains("riskOfBias"),
                e.getMessage());
    }

    @Test
    void loadRejectsUnresolvedReference() throws IOException {
        Path changed = rewrite(saveSample(), "includedStudies=\"padberg2024\"", "includedStudies=\"nosuchstudy\"");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(changed));
        assertTrue(e.getMessage().contains("changed.htaevidence") && e.getMessage().contains("nosuchstudy"),
                e.getMessage());
    }

    @Test
    void loadRejectsMalformedXmlAndMissingFiles() throws IOException {
        Path bad = dir.resolve("bad.htaevidence");
        Files.writeString(bad, "<?xml version=\"1.0\"?><evidence:EvidenceBase");
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class, () -> EvidenceResources.load(bad));
        assertTrue(e.getMessage().contains("bad.htaevidence"), e.getMessage());

        Path missing = dir.resolve("missing.htaevidence");
        EvidenceResourceException m = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(missing));
        assertTrue(m.getMessage().contains("missing.htaevidence"), m.getMessage());
    }

    @Test
    void resourceFactoryIsRegisteredForTheFileExtension() throws IOException {
        EvidenceResources.registerGlobally();
        Path file = saveSample();
        Resource r = new ResourceSetImpl().getResource(URI.createFileURI(file.toString()), true);
        assertInstanceOf(EvidenceResourceImpl.class, r);
        assertInstanceOf(EvidenceBase.class, r.getContents().get(0));
    }
}
