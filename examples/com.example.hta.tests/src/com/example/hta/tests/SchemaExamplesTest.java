package com.example.hta.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples printed in the extension-point schemas are real code: every {@code <pre>} block of a schema's
 * examples section must be found in a file of a bundle that the build compiles and tests (examples/ or bundles/),
 * whitespace and line breaks aside. A block introduced as an excerpt must have each of its lines in one file, in
 * order. So a schema example can no longer drift from an API change: the build breaks on the example bundle first,
 * and on this test when the schema is not updated with it.
 */
class SchemaExamplesTest {

    private static final Pattern EXAMPLES = Pattern.compile(
            "<meta\\.section type=\"examples\"/>\\s*</appInfo>\\s*<documentation>(.*?)</documentation>", Pattern.DOTALL);
    private static final Pattern PRE = Pattern.compile("<pre>(.*?)</pre>", Pattern.DOTALL);
    private static final Map<String, String> ENTITIES = Map.of("&lt;", "<", "&gt;", ">", "&quot;", "\"", "&apos;", "'");

    static Path root() {
        String root = System.getProperty("htaworkbench.repository.root");
        assertNotNull(root, "system property htaworkbench.repository.root (set by the build) is missing");
        return Path.of(root);
    }

    static Stream<Path> schemas() throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve("bundles"), 3)) {
            List<Path> schemas = files.filter(p -> p.toString().endsWith(".exsd") && p.getParent().endsWith("schema"))
                    .sorted().toList();
            assertFalse(schemas.isEmpty(), "no extension-point schema under " + root().resolve("bundles"));
            return schemas.stream();
        }
    }

    record Block(String text, boolean excerpt) {
    }

    static List<Block> exampleBlocks(Path schema) throws IOException {
        String xml = Files.readString(schema, StandardCharsets.UTF_8);
        Matcher section = EXAMPLES.matcher(xml);
        assertTrue(section.find(), schema + " has no examples section");
        String doc = unescape(section.group(1));
        List<Block> blocks = new ArrayList<>();
        Matcher pre = PRE.matcher(doc);
        int previousEnd = 0;
        while (pre.find()) {
            String before = doc.substring(previousEnd, pre.start());
            blocks.add(new Block(pre.group(1), before.contains("excerpt")));
            previousEnd = pre.end();
        }
        return blocks;
    }

    private static String unescape(String s) {
        for (Map.Entry<String, String> e : ENTITIES.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s.replace("&amp;", "&");
    }

    /** Without whitespace, line breaks or properties-file line continuations. */
    private static String squeeze(String s) {
        return s.replaceAll("\\\\\\r?\\n", "").replaceAll("\\s+", "");
    }

    /** The texts of the source files of examples/ and bundles/, read once for all schemas. */
    private static List<String> sourceTexts;

    private static synchronized List<String> sourceTexts() throws IOException {
        if (sourceTexts == null) {
            List<String> texts = new ArrayList<>();
            for (Path f : sourceFiles()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)); // lenient: fixtures with invalid bytes exist
            }
            sourceTexts = List.copyOf(texts);
        }
        return sourceTexts;
    }

    private static List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (String tree : List.of("examples", "bundles")) {
            try (Stream<Path> walk = Files.walk(root().resolve(tree))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
                        .filter(p -> p.toString().matches(".*\\.(java|xml|csv|properties|htaevidence)"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean contains(String file, Block block) {
        if (!block.excerpt()) {
            return squeeze(file).contains(squeeze(block.text()));
        }
        List<String> lines = file.lines().map(SchemaExamplesTest::squeeze).toList();
        int at = 0;
        for (String wanted : block.text().lines().map(SchemaExamplesTest::squeeze).filter(l -> !l.isEmpty()).toList()) {
            while (at < lines.size() && !lines.get(at).equals(wanted)) {
                at++;
            }
            if (at == lines.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyExampleBlockIsInABuiltBundle(Path schema) throws IOException {
        List<Block> blocks = exampleBlocks(schema);
        assertFalse(blocks.isEmpty(), schema + ": the examples section shows no code");
        List<String> texts = sourceTexts();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            boolean found = false;
            for (String text : texts) {
                if (contains(text, block)) {
                    found = true;
                    break;
                }
            }
            String first = block.text().strip().lines().findFirst().orElse("");
            assertTrue(found, root().relativize(schema) + ": example block " + (b + 1) + " (" + first + " ...) is in no file of "
                    + "examples/ or bundles/; copy it from the example bundle");
        }
    }
}
