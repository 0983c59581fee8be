package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.htaworkbench.model.tests.BundleRules.BundleManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dependency and export rules of docs/architecture.md hold for every bundle in the source tree. */
class BundleArchitectureTest {

    /** The repository root: Maven passes it to the test JVM; from an IDE the tests bundle's parent's parent. */
    private static Path repositoryRoot() {
        String root = System.getProperty("htaworkbench.repository.root");
        Path path = root == null || root.isBlank() ? Path.of("../..") : Path.of(root);
        assertTrue(Files.isDirectory(path.resolve("bundles")), "no bundles/ under " + path.toAbsolutePath());
        return path;
    }

    static List<BundleManifest> manifestsUnder(Path root) throws Exception {
        List<BundleManifest> manifests = new ArrayList<>();
        for (String folder : List.of("bundles", "examples", "benchmarks")) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                for (Path bundle : children.sorted().toList()) {
                    Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
                    if (Files.isRegularFile(manifest)) {
                        manifests.add(BundleManifest.read(manifest));
                    }
                }
            }
        }
        return manifests;
    }

    @Test
    void everyBundleInTheTreeKeepsTheRules() throws Exception {
        List<BundleManifest> manifests = manifestsUnder(repositoryRoot());
        assertTrue(manifests.stream().anyMatch(m -> m.symbolicName().equals("org.htaworkbench.analysis")),
                "the analysis bundle was not found: the test reads the wrong tree");
        assertTrue(manifests.size() >= 20, "only " + manifests.size() + " manifests found");
        assertEquals(List.of(), BundleRules.violations(manifests));
    }

    @Test
    void aDomainBundleRequiringTheApplicationIsAWrongArrow(@TempDir Path dir) throws Exception {
        BundleManifest wrong = manifest(dir, "org.htaworkbench.analysis", """
                Require-Bundle: org.htaworkbench.model,
                 org.htaworkbench.cli.app,
                 org.eclipse.jface
                Import-Package: org.eclipse.swt.widgets
                Export-Package: org.htaworkbench.analysis;version="0.1.0"
                """);
        assertEquals(List.of("org.htaworkbench.analysis (domain) requires org.htaworkbench.cli.app (application or UI)",
                "org.htaworkbench.analysis (domain) requires the UI toolkit bundle org.eclipse.jface",
                "org.htaworkbench.analysis (domain) imports the UI package org.eclipse.swt.widgets"),
                BundleRules.violations(List.of(wrong)));
    }

    @Test
    void statsRequiresNoBundleOfOurs(@TempDir Path dir) throws Exception {
        BundleManifest stats = manifest(dir, "org.htaworkbench.stats", "Require-Bundle: org.htaworkbench.model\n");
        assertEquals(List.of("org.htaworkbench.stats must depend on no bundle of ours but requires org.htaworkbench.model"),
                BundleRules.violations(List.of(stats)));
    }

    @Test
    void onlyTestsBundlesRequireTheTestData(@TempDir Path dir) throws Exception {
        BundleManifest analysis = manifest(dir, "org.htaworkbench.analysis", "Require-Bundle: org.htaworkbench.testdata\n");
        BundleManifest tests = manifest(dir, "org.htaworkbench.analysis.tests", "Require-Bundle: org.htaworkbench.testdata\n");
        assertEquals(List.of("org.htaworkbench.analysis requires the test data bundle org.htaworkbench.testdata"
                + " (only tests bundles may)"), BundleRules.violations(List.of(analysis, tests)));
    }

    @Test
    void exportsAreVersionedApiOrInternalByOneRule(@TempDir Path dir) throws Exception {
        BundleManifest exports = manifest(dir, "org.htaworkbench.guidelines", """
                Export-Package: org.htaworkbench.guidelines,
                 org.htaworkbench.guidelines.schemes;version="0.1.0",
                 org.htaworkbench.guidelines.internal,
                 org.htaworkbench.guidelines.internal.io;x-friends:="org.htaworkbench.ui",
                 org.htaworkbench.guidelines.internal.ok;x-friends:="org.htaworkbench.guidelines.tests",
                 org.htaworkbench.guidelines.impl;x-internal:=true,
                 org.htaworkbench.guidelines.hidden;x-internal:=true
                """);
        assertEquals(List.of("org.htaworkbench.guidelines exports the API package org.htaworkbench.guidelines without a version",
                "org.htaworkbench.guidelines exports the internal package org.htaworkbench.guidelines.internal without "
                        + "x-internal:=true or x-friends",
                "org.htaworkbench.guidelines exports org.htaworkbench.guidelines.internal.io to friends org.htaworkbench.ui: "
                        + "only its tests bundle (org.htaworkbench.guidelines.tests or that of a parent name) may be a friend",
                "org.htaworkbench.guidelines marks the API package org.htaworkbench.guidelines.hidden internal: move it "
                        + "into an .internal package or make it API"),
                BundleRules.violations(List.of(exports)));
    }

    @Test
    void uiBundlesAndTestsMayUseTheToolkitAndTheApplicationAndTestsMayBeFriends(@TempDir Path dir) throws Exception {
        BundleManifest ui = manifest(dir, "org.htaworkbench.guidelines.ui",
                "Require-Bundle: org.htaworkbench.ui,\n org.eclipse.ui\n");
        BundleManifest app = manifest(dir, "org.htaworkbench.cli.app",
                "Export-Package: org.htaworkbench.cli.app.internal;x-friends:=\"org.htaworkbench.cli.tests\"\n");
        BundleManifest tests = manifest(dir, "org.htaworkbench.cli.tests",
                "Require-Bundle: org.htaworkbench.cli.app\nExport-Package: org.htaworkbench.cli.tests\n");
        assertEquals(List.of(), BundleRules.violations(List.of(ui, app, tests)));
    }

    private static BundleManifest manifest(Path dir, String name, String headers) throws Exception {
        Path file = dir.resolve(name + ".MF");
        Files.writeString(file, "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name
                + ";singleton:=true\n" + headers);
        return BundleManifest.read(file);
    }
}
