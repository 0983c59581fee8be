package org.htaworkbench.guidelines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.guidelines.internal.OsgiResources;

/**
 * The thin layer over the extension point {@value #EXTENSION_POINT}: reads {@code scheme} and {@code questions}
 * contributions and opens their data files through a {@link ResourceOpener}. Everything else (mapping, divergence) is
 * pure and works without OSGi.
 */
public final class SchemeRegistry {

    public static final String EXTENSION_POINT = "org.htaworkbench.guidelines.schemes";

    /** Opens a data file of a contributing bundle. */
    @FunctionalInterface
    public interface ResourceOpener {
        /** @return the file's contents, or null when the contributor has no such file */
        InputStream open(IContributor contributor, String path) throws IOException;
    }

    /**
     * What the extension point holds.
     *
     * @param questionSets question data by evidence base id
     * @param problems contributions that were skipped, each naming the contributing bundle
     */
    public record Contributions(SchemeSet schemes, Map<String, QuestionSet> questionSets, List<String> problems) {

        /** The question data for an evidence base, or {@link QuestionSet#empty()}. */
        public QuestionSet questionsFor(String evidenceBaseId) {
            return questionSets.getOrDefault(evidenceBaseId, QuestionSet.empty());
        }
    }

    private SchemeRegistry() {
    }

    /** Reads the platform registry, opening data files from the contributing OSGi bundles. */
    public static Contributions fromPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return new Contributions(new SchemeSet(List.of()), Map.of(),
                    List.of("No extension registry: grading schemes are contributed through OSGi bundles"));
        }
        return read(registry, OsgiResources::open);
    }

    /**
     * Reads {@code scheme} and {@code questions} elements. A contribution with a missing attribute, an unreadable or
     * malformed data file, a bad pattern or a repeated id is reported in {@link Contributions#problems()} and skipped, so
     * one broken bundle does not take the comparison down.
     */
    public static Contributions read(IExtensionRegistry registry, ResourceOpener opener) {
        List<GradingScheme> schemes = new ArrayList<>();
        Map<String, QuestionSet> questions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = e.getContributor().getName();
            try {
                if ("scheme".equals(e.getName())) {
                    GradingScheme s = scheme(e, opener);
                    if (schemes.stream().anyMatch(x -> x.id().equals(s.id()))) {
                        throw new IllegalStateException("scheme id '" + s.id() + "' is already contributed");
                    }
                    schemes.add(s);
                } else if ("questions".equals(e.getName())) {
                    String base = required(e, "evidenceBase");
                    String resource = required(e, "resource");
                    try (Reader r = reader(opener, e.getContributor(), resource)) {
                        QuestionSet q = QuestionSet.read(r, contributor + "/" + resource);
                        if (questions.putIfAbsent(base, q) != null) {
                            throw new IllegalStateException("questions for evidence base '" + base + "' are already contributed");
                        }
                    }
                }
            } catch (IllegalStateException | GuidelineDataException | IOException ex) {
                problems.add("Ignoring " + e.getName() + " '" + e.getAttribute("id") + "' from " + contributor + ": " + ex.getMessage());
            }
        }
        return new Contributions(new SchemeSet(schemes), questions, problems);
    }

    private static GradingScheme scheme(IConfigurationElement e, ResourceOpener opener) throws GuidelineDataException, IOException {
        String id = required(e, "id");
        String name = required(e, "name");
        String table = required(e, "mappingTable");
        String bodyKey = e.getAttribute("body");
        Pattern pattern = null;
        String bodyPattern = e.getAttribute("bodyPattern");
        if (bodyPattern != null && !bodyPattern.isBlank()) {
            try {
                pattern = Pattern.compile(bodyPattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException ex) {
                throw new IllegalStateException("bodyPattern is not a regular expression: " + ex.getMessage());
            }
        }
        String location = e.getContributor().getName() + "/" + table;
        List<Grade> grades;
        try (Reader r = reader(opener, e.getContributor(), table)) {
            grades = SchemeSet.readMappingTable(r, location);
        }
        return new GradingScheme(id, name, bodyKey == null || bodyKey.isBlank() ? id : bodyKey, pattern,
                e.getAttribute("guidanceKind"), e.getAttribute("description"), location, e.getContributor().getName(), grades);
    }

    private static Reader reader(ResourceOpener opener, IContributor contributor, String path) throws IOException {
        InputStream in = opener.open(contributor, path);
        if (in == null) {
            throw new IOException(path + " not found in " + contributor.getName()
                    + " (is its folder listed in build.properties bin.includes?)");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String required(IConfigurationElement e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("missing required attribute '" + attribute + "'");
        }
        return v;
    }

    /** Opens a URL (helper for openers). */
    public static InputStream open(URL url) throws IOException {
        return url == null ? null : url.openStream();
    }
}
