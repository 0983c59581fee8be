package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.Test;

/**
 * Feeds the strict loader mutated evidence files: each must either load (and then be a consistent evidence base)
 * or be refused with an {@link EvidenceResourceException} whose message names the input. Any other exception, a
 * hang or a very slow input is a loader bug.
 * <p>
 * Inputs are derived with a seeded {@link Random} from the serialised {@link SampleEvidence} and, for every
 * {@value #SHIPPED_EVERY}th input, from the shipped Impella evidence base (about 600 KB, so used sparingly).
 * Properties: {@code htaworkbench.fuzz.count} (default {@value #DEFAULT_COUNT}), {@code htaworkbench.fuzz.seed}
 * (default {@value #DEFAULT_SEED}) and {@code htaworkbench.fuzz.dir} (where a failing input is saved, default
 * {@code target/fuzz-failures}). A failure message gives seed, input number and mutations; rerun with the same seed
 * and at least that count to reproduce, or load the saved file.
 */
class EvidenceLoaderFuzzTest {

    static final int DEFAULT_COUNT = 10_000;
    static final long DEFAULT_SEED = 20_250_529L;
    static final int SHIPPED_EVERY = 250;
    /** Far above the slowest legitimate input (the shipped base loads in ~0.15 s); a pathological input is a bug. */
    static final Duration SLOW_INPUT = Duration.ofSeconds(10);

    private static final String[] INTERESTING_VALUES = { "", " ", "0", "-0", "-1", "1.0", "2147483647", "2147483648",
            "-2147483649", "9223372036854775808", "99999999999999999999999999999999", "1e308", "1e309", "-1e999",
            "4.9e-325", "NaN", "Infinity", "-Infinity", "0x1F", "1,059", "<0.001", "45.8%", "true", "false", "null",
            "1.0", "1.1", "0.9", "2.0", "1..0", "1.0.0.0", "a.b", "RCT", "KEY_EVIDENCE", "NOT_A_LITERAL", "#//@studies.0",
            "//@studies.0", "//@studies.999", "#moller2024", "moller2024 padberg2024", "http://example.org/x#y",
            "other.htaevidence#moller2024", "&amp;", "&lt;&gt;", "&quot;", "&#0;", "&#x1;", "&#xD800;", "&#x110000;",
            "&#65;", "&nosuch;", "&", "<", "\u0000", "\uFFFE", "\uD800", "😀", "Møller", "\t\n\r" };

    private static final String[] DOCTYPES = { "<!DOCTYPE evidence:EvidenceBase>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>",
            "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">",
            "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
            "<!DOCTYPE x [<!ELEMENT x ANY><!ATTLIST studies id ID #REQUIRED>]>", "<!DOCTYPE", "<!DOCTYPE x [" };

    private static final byte[][] INVALID_UTF8 = { { (byte) 0xFF }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0x80 },
            { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
            { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 },
            { 0 }, { 1 }, { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, { (byte) 0xFE, (byte) 0xFF } };

    private static final String[] FRAGMENTS = { "<![CDATA[x]]>", "<!-- comment -->", "<!--", "-->", "<?pi data?>",
            "<?xml version=\"1.0\"?>", "]]>", "</studies>", "<studies>", "<studies/>", "</evidence:EvidenceBase>",
            "<evidence:EvidenceBase xmlns:evidence=\"http://htaworkbench.org/evidence/1.0\" schemaVersion=\"1.0\"/>",
            "<x:y xmlns:x=\"urn:x\"/>", "<a b=\"1\" b=\"2\"/>", "<results xsi:type=\"evidence:Study\"/>",
            "<results xsi:type=\"evidence:NoSuchClass\"/>", "<results xsi:type=\"nosuchprefix:Study\"/>",
            "<arms href=\"other.htaevidence#x\"/>", "<arms href=\"#//@studies.0\"/>", "&nosuch;", "&#0;", "\u0000" };

    private static final String[] ENCODINGS = { "UTF-16", "UTF-16LE", "UTF-32", "ISO-8859-1", "US-ASCII", "EBCDIC-CP-US",
            "Shift_JIS", "x-nonsense", "", "UTF-8\" standalone=\"yes" };

    // Anchored on a character that starts few matches and with possessive quantifiers: after mutations such as a
    // 50,000-character value a backtracking pattern would take quadratic time and the generator would "hang".
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z_][\\w:.-]{0,80}+)=\"([^\"<]*+)\"");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"<]*+)\"");
    private static final Pattern START_TAG = Pattern.compile("<[A-Za-z][^<>]*+>");
    private static final Pattern EMPTY_ELEMENT = Pattern.compile("<[A-Za-z][^<>]*+/>");
    private static final Pattern NUMBER_VALUE = Pattern.compile("=\"(-?\\d++(?:\\.\\d++)?)\"");

    /** What the test is looking at now, for the hang report (written by the fuzz thread, read by the timeout). */
    private volatile int current = -1;
    private volatile Mutant currentInput;

    record Mutant(byte[] bytes, String description) {
    }

    @Test
    void mutatedInputsLoadOrAreRefusedWithAnEvidenceResourceException() throws Exception {
        long seed = Long.getLong("htaworkbench.fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("htaworkbench.fuzz.count", DEFAULT_COUNT);
        Path sampleFile = Files.createTempFile("fuzz-sample", ".htaevidence");
        byte[] sample;
        try {
            EvidenceResources.save(SampleEvidence.create(), sampleFile);
            sample = Files.readAllBytes(sampleFile);
        } finally {
            Files.deleteIfExists(sampleFile);
        }
        byte[] shipped = Files.readAllBytes(ShippedEvidence.impella());
        // a generous overall bound: the loop normally takes ~1 ms per input; only a real hang reaches it
        Duration budget = Duration.ofSeconds(Math.max(300, count / 50));
        long start = System.nanoTime();
        int[] outcome = assertTimeoutPreemptively(budget, () -> run(seed, count, sample, shipped), () -> hangReport(seed));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("EvidenceLoaderFuzzTest: seed %d, %,d inputs (%,d loaded, %,d refused) in %.1f s%n", seed, count,
                outcome[0], outcome[1], seconds);
    }

    private int[] run(long seed, int count, byte[] sample, byte[] shipped) throws IOException {
        Random random = new Random(seed);
        Corpus sampleCorpus = new Corpus(sample);
        Corpus shippedCorpus = new Corpus(shipped);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < count; i++) {
            Corpus corpus = i % SHIPPED_EVERY == SHIPPED_EVERY - 1 ? shippedCorpus : sampleCorpus;
            current = i;
            currentInput = null;
            Mutant input = mutate(random, corpus);
            currentInput = input;
            Path name = Path.of("fuzz-" + seed + "-" + i + ".htaevidence");
            long t0 = System.nanoTime();
            try {
                EvidenceBase base = EvidenceResources.load(input.bytes(), name);
                checkConsistent(base);
                loaded++;
            } catch (EvidenceResourceException e) {
                String message = e.getMessage();
                if (message == null || !message.startsWith(name + ":") || message.length() <= name.toString().length() + 2) {
                    failWith(seed, i, input, "refused without naming the input: " + message, e);
                }
                refused++;
            } catch (Throwable t) {
                failWith(seed, i, input, "threw " + t, t);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            if (took.compareTo(SLOW_INPUT) > 0) {
                failWith(seed, i, input, "took " + took.toMillis() + " ms", null);
            }
        }
        return new int[] { loaded, refused };
    }

    /** A loaded base must be what the strict loader promises: one root, the schema version, unique ids. */
    private static void checkConsistent(EvidenceBase base) {
        if (base.eResource().getContents().size() != 1 || !EvidenceResources.SCHEMA_VERSION.equals(base.getSchemaVersion())) {
            throw new AssertionError("loaded an inconsistent base: " + base.eResource().getContents());
        }
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> i = EcoreUtil.getAllProperContents(base.eResource(), false); i.hasNext();) {
            String id = EcoreUtil.getID(i.next());
            if (id != null && !ids.add(id)) {
                throw new AssertionError("loaded a base with duplicate id " + id);
            }
        }
    }

    private void failWith(long seed, int i, Mutant input, String problem, Throwable cause) {
        Path saved = save(seed, i, input);
        fail("seed " + seed + ", input " + i + " [" + input.description() + "]: " + problem + "; input saved to " + saved
                + " (reproduce: EvidenceResources.load(that file), or -Dhtaworkbench.fuzz.seed=" + seed
                + " -Dhtaworkbench.fuzz.count=" + (i + 1) + ")", cause);
    }

    private String hangReport(long seed) {
        Mutant input = currentInput;
        int i = current;
        return "no result after the time budget: seed " + seed + ", input " + i
                + (input == null ? " (while generating it)" : " [" + input.description() + "] saved to " + save(seed, i, input));
    }

    private static Path save(long seed, int i, Mutant input) {
        Path dir = Path.of(System.getProperty("htaworkbench.fuzz.dir", "target/fuzz-failures"));
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve("seed-" + seed + "-input-" + i + ".htaevidence"), input.bytes())
                    .toAbsolutePath();
        } catch (IOException e) {
            return Path.of("(not saved: " + e + ")");
        }
    }

    // --- the generator ---------------------------------------------------------------------------------------

    /** A valid file and the names found in it that mutations reuse. */
    static final class Corpus {
        final byte[] bytes;
        final String text;
        final List<String> ids = new ArrayList<>();
        final List<String> elementNames = new ArrayList<>();
        final List<String> attributeNames = new ArrayList<>();

        Corpus(byte[] bytes) {
            this.bytes = bytes;
            this.text = new String(bytes, StandardCharsets.UTF_8);
            Matcher m = ID.matcher(text);
            while (m.find()) {
                ids.add(m.group(1));
            }
            Set<String> elements = new LinkedHashSet<>();
            Matcher e = Pattern.compile("<([A-Za-z][\\w:.-]*+)").matcher(text);
            while (e.find()) {
                elements.add(e.group(1));
            }
            elementNames.addAll(elements);
            Set<String> attributes = new LinkedHashSet<>();
            Matcher a = ATTRIBUTE.matcher(text);
            while (a.find()) {
                attributes.add(a.group(1));
            }
            attributeNames.addAll(attributes);
        }
    }

    private static final List<String> CLASS_NAMES = new ArrayList<>();
    static {
        for (EClassifier c : EvidencePackage.eINSTANCE.getEClassifiers()) {
            CLASS_NAMES.add(c.getName());
        }
    }

    /** One to three stacked mutations of the corpus file. */
    static Mutant mutate(Random random, Corpus corpus) {
        byte[] bytes = corpus.bytes;
        StringBuilder description = new StringBuilder();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int kind = random.nextInt(20);
            if (description.length() > 0) {
                description.append(", ");
            }
            bytes = apply(kind, random, corpus, bytes, description);
        }
        return new Mutant(bytes, description.toString());
    }

    private static byte[] apply(int kind, Random random, Corpus corpus, byte[] bytes, StringBuilder d) {
        switch (kind) {
        case 0: { // flip bytes
            byte[] b = bytes.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips && b.length > 0; i++) {
                int at = random.nextInt(b.length);
                b[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (b[at] ^ (1 << random.nextInt(8)));
            }
            d.append("flip ").append(flips).append(" byte(s)");
            return b;
        }
        case 1: { // truncate
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            d.append("truncate at ").append(at);
            return java.util.Arrays.copyOf(bytes, at);
        }
        case 2: { // invalid UTF-8 or control bytes
            byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            d.append("insert bytes ").append(java.util.HexFormat.of().formatHex(bad)).append(" at ").append(at);
            return insert(bytes, at, bad);
        }
        default:
            return text(kind, random, corpus, new String(bytes, StandardCharsets.UTF_8), d).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String text(int kind, Random random, Corpus corpus, String xml, StringBuilder d) {
        switch (kind) {
        case 3: { // delete a tag
            int open = randomIndexOf(random, xml, '<');
            int close = open < 0 ? -1 : xml.indexOf('>', open);
            if (close < 0) {
                return xml;
            }
            d.append("delete tag at ").append(open);
            return xml.substring(0, open) + xml.substring(close + 1);
        }
        case 4: { // insert a tag, known or not
            int at = Math.max(0, randomIndexOf(random, xml, '<'));
            String name = random.nextInt(4) == 0 ? "x" + random.nextInt(100)
                    : corpus.elementNames.get(random.nextInt(corpus.elementNames.size()));
            String attribute = random.nextBoolean() ? ""
                    : " " + corpus.attributeNames.get(random.nextInt(corpus.attributeNames.size())) + "=\""
                            + value(random, corpus) + "\"";
            String tag = switch (random.nextInt(3)) {
            case 0 -> "<" + name + attribute + "/>";
            case 1 -> "<" + name + attribute + ">";
            default -> "</" + name + ">";
            };
            d.append("insert ").append(tag).append(" at ").append(at);
            return xml.substring(0, at) + tag + xml.substring(at);
        }
        case 5: { // change an attribute value
            Matcher m = nth(random, ATTRIBUTE, xml);
            if (m == null) {
                return xml;
            }
            String value = value(random, corpus);
            d.append(m.group(1)).append("=\"").append(abbreviate(value)).append("\"");
            return xml.substring(0, m.start(2)) + value + xml.substring(m.end(2));
        }
        case 6: { // duplicate an element
            Matcher m = nth(random, EMPTY_ELEMENT, xml);
            if (m == null) {
                return xml;
            }
            d.append("duplicate element at ").append(m.start());
            return xml.substring(0, m.end()) + m.group() + xml.substring(m.end());
        }
        case 7: { // give an element another element's id, or reference an id of any type
            Matcher m = nth(random, random.nextBoolean() ? ID : ATTRIBUTE, xml);
            if (m == null || corpus.ids.isEmpty()) {
                return xml;
            }
            String id = corpus.ids.get(random.nextInt(corpus.ids.size()));
            d.append("id/reference at ").append(m.start(1)).append(" -> ").append(id);
            return xml.substring(0, m.start(1)) + id + xml.substring(m.end(1));
        }
        case 8: { // DOCTYPE, entities
            String doctype = DOCTYPES[random.nextInt(DOCTYPES.length)];
            int decl = xml.indexOf("?>");
            int at = random.nextInt(4) == 0 || decl < 0 ? randomIndex(random, xml) : decl + 2;
            d.append("DOCTYPE ").append(abbreviate(doctype)).append(" at ").append(at);
            String withDoctype = xml.substring(0, at) + doctype + xml.substring(at);
            // use the entity in element text or in an attribute (the DOCTYPEs above declare e where they declare any)
            return switch (random.nextInt(3)) {
            case 0 -> withDoctype.replaceFirst(">Denmark<", ">&e;<");
            case 1 -> withDoctype.replaceFirst("label=\"[^\"]*\"", "label=\"&e;\"");
            default -> withDoctype;
            };
        }
        case 9: { // huge and odd numbers
            Matcher m = nth(random, NUMBER_VALUE, xml);
            if (m == null) {
                return xml;
            }
            String number = switch (random.nextInt(4)) {
            case 0 -> "9".repeat(1 + random.nextInt(400));
            case 1 -> "1e" + random.nextInt(100_000);
            case 2 -> "-" + Long.MAX_VALUE + "0";
            default -> "0." + "0".repeat(random.nextInt(2000)) + "1";
            };
            d.append("number ").append(abbreviate(number));
            return xml.substring(0, m.start(1)) + number + xml.substring(m.end(1));
        }
        case 10: { // xsi:type on a random start tag
            Matcher m = nth(random, START_TAG, xml);
            if (m == null) {
                return xml;
            }
            String type = (random.nextInt(5) == 0 ? "ecore:EClass" : "evidence:" + CLASS_NAMES.get(random.nextInt(CLASS_NAMES.size())));
            int at = m.start() + m.group().indexOf(' ');
            if (at < m.start()) {
                return xml;
            }
            d.append("xsi:type=").append(type).append(" at ").append(m.start());
            return xml.substring(0, at) + " xsi:type=\"" + type + "\"" + xml.substring(at);
        }
        case 11: { // delete, duplicate or swap lines
            String[] lines = xml.split("\n", -1);
            if (lines.length < 3) {
                return xml;
            }
            List<String> list = new ArrayList<>(List.of(lines));
            int a = random.nextInt(list.size());
            int b = random.nextInt(list.size());
            switch (random.nextInt(3)) {
            case 0 -> {
                list.remove(a);
                d.append("delete line ").append(a + 1);
            }
            case 1 -> {
                list.add(a, list.get(a));
                d.append("duplicate line ").append(a + 1);
            }
            default -> {
                String t = list.get(a);
                list.set(a, list.get(b));
                list.set(b, t);
                d.append("swap lines ").append(a + 1).append(", ").append(b + 1);
            }
            }
            return String.join("\n", list);
        }
        case 12: { // XML fragments anywhere
            String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            int at = randomIndex(random, xml);
            d.append("insert ").append(abbreviate(fragment)).append(" at ").append(at);
            return xml.substring(0, at) + fragment + xml.substring(at);
        }
        case 13: { // deep nesting
            int depth = 1 + random.nextInt(random.nextBoolean() ? 50 : 5_000);
            String name = corpus.elementNames.get(random.nextInt(corpus.elementNames.size()));
            int at = Math.max(0, randomIndexOf(random, xml, '<'));
            d.append("nest ").append(depth).append(" x <").append(name).append("> at ").append(at);
            String open = ("<" + name + ">").repeat(depth);
            String close = random.nextBoolean() ? ("</" + name + ">").repeat(depth) : "";
            return xml.substring(0, at) + open + close + xml.substring(at);
        }
        case 14: { // declared encoding
            String encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
            d.append("encoding ").append(encoding);
            return xml.replaceFirst("encoding=\"UTF-8\"", "encoding=\"" + Matcher.quoteReplacement(encoding) + "\"");
        }
        case 15: { // namespaces
            String[][] changes = { { "xmlns:evidence=\"", "xmlns:evidence=\"x" }, { "xmlns:xmi=\"", "xmlns:xmi=\"x" },
                    { "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "" }, { "evidence:EvidenceBase", "evidence:Study" },
                    { "xmi:version=\"2.0\"", "xmi:version=\"99\"" }, { "<evidence:EvidenceBase", "<EvidenceBase" },
                    { "xmlns:evidence=", "xmlns:evidenz=" } };
            String[] change = changes[random.nextInt(changes.length)];
            d.append("namespace ").append(change[0]).append(" -> ").append(change[1]);
            return xml.replace(change[0], change[1]);
        }
        case 16: { // move a chunk elsewhere
            int from = randomIndex(random, xml);
            int to = Math.min(xml.length(), from + random.nextInt(2000));
            String chunk = xml.substring(from, to);
            String rest = xml.substring(0, from) + xml.substring(to);
            int at = randomIndex(random, rest);
            d.append("move ").append(chunk.length()).append(" chars from ").append(from).append(" to ").append(at);
            return rest.substring(0, at) + chunk + rest.substring(at);
        }
        case 17: { // repeat an attribute in its tag, or add an unknown one
            Matcher m = nth(random, ATTRIBUTE, xml);
            if (m == null) {
                return xml;
            }
            String extra = random.nextBoolean() ? " " + m.group() : " unknown" + random.nextInt(10) + "=\"x\"";
            d.append("attribute").append(extra).append(" at ").append(m.end());
            return xml.substring(0, m.end()) + extra + xml.substring(m.end());
        }
        case 18: { // a long value
            Matcher m = nth(random, ATTRIBUTE, xml);
            if (m == null) {
                return xml;
            }
            int length = random.nextInt(50_000);
            d.append(m.group(1)).append(" of ").append(length).append(" chars");
            return xml.substring(0, m.start(2)) + "x".repeat(length) + xml.substring(m.end(2));
        }
        default: { // random printable and non-printable characters
            StringBuilder noise = new StringBuilder();
            int n = 1 + random.nextInt(20);
            for (int i = 0; i < n; i++) {
                noise.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000)));
            }
            int at = randomIndex(random, xml);
            d.append("insert ").append(n).append(" random chars at ").append(at);
            return xml.substring(0, at) + noise + xml.substring(at);
        }
        }
    }

    private static String value(Random random, Corpus corpus) {
        int pick = random.nextInt(INTERESTING_VALUES.length + 2);
        if (pick == INTERESTING_VALUES.length && !corpus.ids.isEmpty()) {
            return corpus.ids.get(random.nextInt(corpus.ids.size()));
        }
        if (pick >= INTERESTING_VALUES.length) {
            return Long.toString(random.nextLong(), 36);
        }
        return INTERESTING_VALUES[pick];
    }

    private static Matcher nth(Random random, Pattern pattern, String xml) {
        // pick a random start and take the first match from there: cheap on the 600 KB shipped file
        Matcher m = pattern.matcher(xml);
        if (m.find(randomIndex(random, xml)) || m.find(0)) {
            return m;
        }
        return null;
    }

    private static int randomIndex(Random random, String s) {
        return s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
    }

    private static int randomIndexOf(Random random, String s, char c) {
        int at = s.indexOf(c, randomIndex(random, s));
        return at >= 0 ? at : s.indexOf(c);
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] b = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, b, 0, at);
        System.arraycopy(inserted, 0, b, at, inserted.length);
        System.arraycopy(bytes, at, b, at + inserted.length, bytes.length - at);
        return b;
    }

    private static String abbreviate(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            b.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
