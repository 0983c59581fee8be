package org.htaworkbench.guidelines.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.guidelines.GuidelineDataException;
import org.htaworkbench.guidelines.QuestionSet;
import org.htaworkbench.guidelines.SchemeRegistry;
import org.htaworkbench.guidelines.SchemeSet;
import org.htaworkbench.guidelines.internal.GuidelinesCommand;

/**
 * Test helpers. The scheme contributions are read through a real Equinox extension registry created for the test
 * ({@link RegistryFactory#createRegistry}) from the bundles' own plugin.xml files, so the same tests run on a plain
 * class path and under OSGi.
 */
final class TestSupport {

    static final String CORE = "org.htaworkbench.guidelines";
    static final String EXAMPLE = "org.htaworkbench.guidelines.example.iqwig";

    private TestSupport() {
    }

    /** The folder holding the bundles: system property guidelines.bundles, else found upwards from the working directory. */
    static Path bundlesDir() {
        String property = System.getProperty("guidelines.bundles");
        if (property != null) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve(CORE).resolve("plugin.xml"))) {
                return dir;
            }
            if (Files.exists(dir.resolve("bundles").resolve(CORE).resolve("plugin.xml"))) {
                return dir.resolve("bundles");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the bundles folder; set -Dguidelines.bundles=...");
    }

    /** A bundle's source folder: in bundles/, or in examples/ beside it (the worked example bundles). */
    static Path bundleDir(String bundle) {
        Path dir = bundlesDir().resolve(bundle);
        if (!Files.isDirectory(dir) && bundlesDir().getParent() != null) {
            Path example = bundlesDir().getParent().resolve("examples").resolve(bundle);
            if (Files.isDirectory(example)) {
                return example;
            }
        }
        return dir;
    }

    /** A fresh extension registry holding the plugin.xml of the named bundles (and extra contributions). */
    static IExtensionRegistry registry(List<String> bundles, List<Contribution> extra) throws IOException {
        Object master = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(null, master, new Object());
        for (String bundle : bundles) {
            try (InputStream in = Files.newInputStream(bundleDir(bundle).resolve("plugin.xml"))) {
                add(registry, master, bundle, in);
            }
        }
        for (Contribution c : extra) {
            add(registry, master, c.name(), new java.io.ByteArrayInputStream(c.pluginXml().getBytes(StandardCharsets.UTF_8)));
        }
        return registry;
    }

    record Contribution(String name, String pluginXml) {
    }

    private static void add(IExtensionRegistry registry, Object master, String name, InputStream in) {
        IContributor contributor = ContributorFactorySimple.createContributor(name);
        if (!registry.addContribution(in, contributor, false, name, null, master)) {
            throw new IllegalStateException("registry rejected plugin.xml of " + name);
        }
    }

    /** Opens data files from the bundle folders (contributor name = bundle folder). */
    static InputStream open(IContributor contributor, String path) throws IOException {
        Path file = bundleDir(contributor.getName()).resolve(path);
        return Files.exists(file) ? Files.newInputStream(file) : null;
    }

    static SchemeRegistry.Contributions contributions(String... bundles) throws IOException {
        return SchemeRegistry.read(registry(List.of(bundles), List.of()), TestSupport::open);
    }

    /** Built-in schemes and question data (the core bundle only). */
    static SchemeRegistry.Contributions builtIn() {
        try {
            return contributions(CORE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SchemeSet builtInSchemes() {
        return builtIn().schemes();
    }

    static QuestionSet questions(String json) throws GuidelineDataException {
        return QuestionSet.read(new StringReader(json), "test.json");
    }

    /** Runs the command; returns exit code, standard output and error output. */
    static Run run(GuidelinesCommand command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = command.run(List.of(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int code, String out, String err) {
    }

    /** The seed's evidence base file, if the evidence bundle has it. */
    static Path impellaFile() {
        return bundlesDir().resolve("org.htaworkbench.evidence.impella/data/impella-cardiogenic-shock.htaevidence");
    }
}
