package org.htaworkbench.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The dependency rules of docs/architecture.md, checked on the bundles' manifests: arrows point one way (a domain
 * bundle never requires an application or a {@code .ui} bundle, nor SWT, JFace or the workbench UI; {@code stats}
 * requires no bundle of ours) and every exported package is either versioned API or internal by one rule
 * ({@code x-internal:=true}, or {@code x-friends} naming the bundle's tests bundle).
 */
final class BundleRules {

    static final String PREFIX = "org.htaworkbench.";
    /** The applications: the RCP workbench and the headless command line. */
    static final List<String> APPLICATIONS = List.of("org.htaworkbench.ui", "org.htaworkbench.cli.app");
    /** Reference data shared by the tests bundles; nothing else may depend on it. */
    static final String TEST_DATA = "org.htaworkbench.testdata";
    static final List<String> UI_NAMESPACES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui", "org.eclipse.swtchart");

    /** What the rules need of one MANIFEST.MF. */
    record BundleManifest(String symbolicName, List<String> requiredBundles, List<String> importedPackages,
            List<ManifestElement> exports) {

        static BundleManifest read(Path file) throws IOException, BundleException {
            Manifest manifest;
            try (InputStream in = Files.newInputStream(file)) {
                manifest = new Manifest(in);
            }
            Attributes main = manifest.getMainAttributes();
            return new BundleManifest(values(main, Constants.BUNDLE_SYMBOLICNAME).get(0),
                    values(main, Constants.REQUIRE_BUNDLE), values(main, Constants.IMPORT_PACKAGE),
                    elements(main, Constants.EXPORT_PACKAGE));
        }

        private static List<ManifestElement> elements(Attributes main, String header) throws BundleException {
            ManifestElement[] parsed = ManifestElement.parseHeader(header, main.getValue(header));
            return parsed == null ? List.of() : Arrays.asList(parsed);
        }

        private static List<String> values(Attributes main, String header) throws BundleException {
            return elements(main, header).stream().map(ManifestElement::getValue).toList();
        }
    }

    private BundleRules() {
    }

    static boolean isTests(String bundle) {
        return bundle.endsWith(".tests");
    }

    static boolean isUi(String bundle) {
        return bundle.equals("org.htaworkbench.ui") || bundle.endsWith(".ui");
    }

    /** Domain bundles: ours, neither tests nor UI nor an application (model, stats, analysis, cli, evidence...). */
    static boolean isDomain(String bundle) {
        return bundle.startsWith(PREFIX) && !isTests(bundle) && !isUi(bundle) && !APPLICATIONS.contains(bundle);
    }

    /**
     * Whether {@code tests} is the tests bundle of {@code bundle} or of a parent name ({@code cli.tests} tests both
     * {@code cli} and {@code cli.app}).
     */
    static boolean testsOf(String tests, String bundle) {
        if (!isTests(tests)) {
            return false;
        }
        String tested = tests.substring(0, tests.length() - ".tests".length());
        return bundle.equals(tested) || bundle.startsWith(tested + ".");
    }

    static boolean inUiNamespace(String name) {
        return UI_NAMESPACES.stream().anyMatch(ns -> name.equals(ns) || name.startsWith(ns + "."));
    }

    static boolean isInternalPackage(String name) {
        // EMF generates the implementation classes into ".impl": internal although the name lacks ".internal"
        return name.contains(".internal") || name.endsWith(".impl");
    }

    /** Every broken rule, one line each naming the bundle and what it requires or exports; empty when all hold. */
    static List<String> violations(Collection<BundleManifest> bundles) {
        List<String> violations = new ArrayList<>();
        for (BundleManifest bundle : bundles) {
            String name = bundle.symbolicName();
            for (String required : bundle.requiredBundles()) {
                if (isDomain(name) && (APPLICATIONS.contains(required) || isUi(required))) {
                    violations.add(name + " (domain) requires " + required + " (application or UI)");
                }
                if (isDomain(name) && inUiNamespace(required)) {
                    violations.add(name + " (domain) requires the UI toolkit bundle " + required);
                }
                if (name.equals(PREFIX + "stats") && required.startsWith(PREFIX)) {
                    violations.add(name + " must depend on no bundle of ours but requires " + required);
                }
                if (!isTests(name) && isTests(required)) {
                    violations.add(name + " requires the tests bundle " + required);
                }
                if (!isTests(name) && required.equals(TEST_DATA)) {
                    violations.add(name + " requires the test data bundle " + required + " (only tests bundles may)");
                }
            }
            for (String imported : bundle.importedPackages()) {
                if (isDomain(name) && inUiNamespace(imported)) {
                    violations.add(name + " (domain) imports the UI package " + imported);
                }
            }
            if (!isTests(name)) {
                for (ManifestElement export : bundle.exports()) {
                    exportViolation(name, export).ifPresent(violations::add);
                }
            }
        }
        return violations;
    }

    private static java.util.Optional<String> exportViolation(String bundle, ManifestElement export) {
        String pkg = export.getValue();
        String friends = export.getDirective("x-friends");
        boolean internalDirective = "true".equals(export.getDirective("x-internal"));
        if (isInternalPackage(pkg)) {
            if (friends != null && !Arrays.stream(friends.split(",")).allMatch(f -> testsOf(f.trim(), bundle))) {
                return java.util.Optional.of(bundle + " exports " + pkg + " to friends " + friends
                        + ": only its tests bundle (" + bundle + ".tests or that of a parent name) may be a friend");
            }
            if (friends == null && !internalDirective) {
                return java.util.Optional.of(bundle + " exports the internal package " + pkg
                        + " without x-internal:=true or x-friends");
            }
            return java.util.Optional.empty();
        }
        if (friends != null || internalDirective) {
            return java.util.Optional.of(bundle + " marks the API package " + pkg
                    + " internal: move it into an .internal package or make it API");
        }
        if (export.getAttribute(Constants.VERSION_ATTRIBUTE) == null) {
            return java.util.Optional.of(bundle + " exports the API package " + pkg + " without a version");
        }
        return java.util.Optional.empty();
    }
}
