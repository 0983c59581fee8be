package org.htaworkbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The formats contributed to {@code org.htaworkbench.importers.formats}, and detection: every format judges the file's
 * beginning, the most confident wins, the file's extension breaks ties. A contribution that cannot be created, or
 * whose detector throws, is named in {@link #problems()} and left out: a broken plugin never stops an import of
 * another format.
 *
 * @since 0.1
 */
public final class ImportFormats {

    public static final String EXTENSION_POINT = "org.htaworkbench.importers.formats";

    /** A format chosen for a file and why. */
    public record Detected(FormatDescriptor format, Detection detection) {
    }

    private final List<FormatDescriptor> formats;
    private final List<String> problems = new ArrayList<>();

    public ImportFormats(List<FormatDescriptor> formats) {
        this.formats = List.copyOf(formats);
    }

    /** The formats of the running platform's extension registry (none when there is no registry). */
    public static ImportFormats fromPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? new ImportFormats(List.of()) : fromRegistry(registry);
    }

    public static ImportFormats fromRegistry(IExtensionRegistry registry) {
        List<FormatDescriptor> formats = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"format".equals(e.getName())) {
                continue;
            }
            String contributor = e.getContributor().getName();
            String id = e.getAttribute("id");
            try {
                Object created = e.createExecutableExtension("class");
                if (!(created instanceof ImportFormat format)) {
                    problems.add("format '" + id + "' of " + contributor + ": " + created.getClass().getName()
                            + " does not implement " + ImportFormat.class.getName());
                    continue;
                }
                String ext = e.getAttribute("extensions");
                List<String> extensions = ext == null ? List.of()
                        : Arrays.stream(ext.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                                .toList();
                formats.add(new FormatDescriptor(id, e.getAttribute("name"), extensions, contributor, format));
            } catch (CoreException | RuntimeException | LinkageError ex) {
                problems.add("format '" + id + "' of " + contributor + " could not be created: " + ex.getMessage());
            }
        }
        formats.sort(Comparator.comparing(FormatDescriptor::id));
        ImportFormats result = new ImportFormats(formats);
        result.problems.addAll(problems);
        return result;
    }

    public List<FormatDescriptor> formats() {
        return formats;
    }

    public Optional<FormatDescriptor> byId(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Contributions left out, and detectors that failed, with the contributor named. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The most confident format for a file's beginning; empty when none recognises it. */
    public Optional<Detected> detect(ImportSample sample) {
        Detected best = null;
        for (FormatDescriptor f : formats) {
            Detection d;
            try {
                d = f.format().detect(sample);
            } catch (RuntimeException | LinkageError e) {
                problems.add("format '" + f.id() + "' of " + f.contributor() + " failed to judge " + sample.fileName()
                        + ": " + e);
                continue;
            }
            if (d == null || !d.recognised()) {
                continue;
            }
            if (best == null || d.confidence() > best.detection().confidence()
                    || d.confidence() == best.detection().confidence() && hasExtension(f, sample)
                            && !hasExtension(best.format(), sample)) {
                best = new Detected(f, d);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Detects the format of a file. */
    public Optional<Detected> detect(ImportSource source) throws ImportException {
        return detect(source.sample());
    }

    /** The ids of all formats, for messages: {@code csv, medline, pubmed-xml, ris}. */
    public String ids() {
        return String.join(", ", formats.stream().map(FormatDescriptor::id).toList());
    }

    private static boolean hasExtension(FormatDescriptor f, ImportSample sample) {
        return f.extensions().contains(sample.extension());
    }
}
