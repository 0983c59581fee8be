package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the strict loader refuses beyond the schema: duplicate ids, DOCTYPEs and entities, non-files. */
class StrictLoadTest {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String NO_DOCTYPE = "DOCTYPE declarations are not allowed in evidence files";

    @TempDir
    Path dir;

    private String sampleXml() throws IOException {
        Path file = dir.resolve("sample.htaevidence");
        EvidenceResources.save(SampleEvidence.create(), file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Path write(String name, String xml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private static String replaceOnce(String xml, String from, String to) {
        int at = xml.indexOf(from);
        assertTrue(at >= 0, "fixture text not found: " + from);
        return xml.substring(0, at) + to + xml.substring(at + from.length());
    }

    /** 1-based line of the first occurrence of {@code fragment}. */
    private static int lineOf(String xml, String fragment) {
        return lineAt(xml, xml.indexOf(fragment));
    }

    /** 1-based line of the last occurrence of {@code fragment}. */
    private static int lineOfLast(String xml, String fragment) {
        return lineAt(xml, xml.lastIndexOf(fragment));
    }

    private static int lineAt(String xml, int at) {
        assertTrue(at >= 0, "fixture text not found");
        return (int) xml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private EvidenceResourceException refused(Path file) {
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class, () -> EvidenceResources.load(file));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        return e;
    }

    // --- duplicate ids ---------------------------------------------------------------------------------------

    @Test
    void duplicateStudyIdIsRefusedNamingBothElementsAndTheirLines() throws IOException {
        String xml = replaceOnce(sampleXml(), "<studies id=\"bogerd2025\"", "<studies id=\"moller2024\"");
        int first = lineOf(xml, "<studies id=\"moller2024\"");
        int repeat = lineOfLast(xml, "<studies id=\"moller2024\"");
        assertTrue(repeat > first, "fixture: the repeat comes later");
        Path file = write("duplicate.htaevidence", xml);

        EvidenceResourceException e = refused(file);
        assertTrue(e.getMessage().contains("duplicate id 'moller2024'"), e.getMessage());
        assertTrue(e.getMessage().contains("Study at line " + repeat + ", column 3"), e.getMessage());
        assertTrue(e.getMessage().contains("Study at line " + first + ", column 3"), e.getMessage());
        assertEquals(repeat, e.getLine());
        assertEquals(3, e.getColumn());
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath().normalize() + ":" + repeat + ":3: "), e.getMessage());
    }

    @Test
    void duplicateIdInACopyOfTheShippedEvidenceBaseIsRefusedAtTheFirstLineOfTheWrappedStartTag() throws IOException {
        String shipped = Files.readString(ShippedEvidence.impella(), StandardCharsets.UTF_8);
        int original = lineOf(shipped, "<studies id=\"moller2024\"");
        int repeat = lineOf(shipped, "<studies id=\"other119\"");
        // the start tag of other119 is wrapped over three lines: the error must point at its first
        assertTrue(!shipped.split("\n", -1)[repeat - 1].contains(">"), "fixture: start tag wraps");
        Path copy = write("impella-copy.htaevidence", replaceOnce(shipped, "id=\"other119\"", "id=\"moller2024\""));

        EvidenceResourceException e = refused(copy);
        assertTrue(e.getMessage().contains("duplicate id 'moller2024': Study at line " + repeat
                + ", column 3 and Study at line " + original + ", column 3"), e.getMessage());
        assertEquals(repeat, e.getLine());
        assertEquals(3, e.getColumn());
    }

    @Test
    void xmiIdRepeatingAModelIdIsRefused() throws IOException {
        // EMF looks references up by xmi:id before model ids: this Study would take the place of the arm
        String xml = replaceOnce(sampleXml(), "<studies id=\"bogerd2025\"",
                "<studies xmi:id=\"moller2024-pump\" id=\"bogerd2025\"");
        Path file = write("xmiid.htaevidence", xml);
        EvidenceResourceException e = refused(file);
        assertTrue(e.getMessage().contains("duplicate id 'moller2024-pump'"), e.getMessage());
        assertTrue(e.getMessage().contains("Study at line " + lineOf(xml, "xmi:id=\"moller2024-pump\"")), e.getMessage());
        assertTrue(e.getMessage().contains("Arm at line " + lineOf(xml, "id=\"moller2024-pump\"")), e.getMessage());
    }

    @Test
    void positionsAreCountedInCharactersAndWithCarriageReturns() throws IOException {
        // multi-byte characters before the id (Møller) and CR LF line ends must not shift line or column
        String xml = replaceOnce(sampleXml(), "<studies id=\"bogerd2025\"", "<studies id=\"moller2024\"")
                .replace("\n", "\r\n");
        int repeat = lineOfLast(xml, "<studies id=\"moller2024\"");
        EvidenceResourceException e = refused(write("crlf.htaevidence", xml));
        assertEquals(repeat, e.getLine(), e.getMessage());
        assertEquals(3, e.getColumn(), e.getMessage());
    }

    // --- DOCTYPE and entities --------------------------------------------------------------------------------

    private String withDoctype(String xml, String doctype) {
        assertTrue(xml.startsWith(XML_DECLARATION), "fixture: XML declaration first");
        return XML_DECLARATION + "\n" + doctype + xml.substring(XML_DECLARATION.length());
    }

    private void assertDoctypeRefused(Path file, String secret) throws IOException {
        EvidenceResourceException e = refused(file);
        assertTrue(e.getMessage().contains(NO_DOCTYPE), e.getMessage());
        assertEquals(2, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
        if (secret != null) {
            assertTrue(!e.getMessage().contains(secret), "the entity was expanded: " + e.getMessage());
        }
    }

    @Test
    void externalFileEntityInElementTextIsRefused() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        String xml = withDoctype(sampleXml(), "<!DOCTYPE evidence:EvidenceBase [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>");
        xml = replaceOnce(xml, "<countries>Denmark</countries>", "<countries>&secret;</countries>");
        assertDoctypeRefused(write("xxe-text.htaevidence", xml), "TOP-SECRET-CONTENT");
    }

    @Test
    void externalFileEntityInAttributeIsRefused() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        String xml = withDoctype(sampleXml(), "<!DOCTYPE evidence:EvidenceBase [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>");
        xml = replaceOnce(xml, "label=\"Møller J, 2024\"", "label=\"&secret;\"");
        assertDoctypeRefused(write("xxe-attribute.htaevidence", xml), "TOP-SECRET-CONTENT");
    }

    @Test
    void entityFromAnExternalDtdIsRefused() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path dtd = write("evil.dtd", "<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">");
        String xml = withDoctype(sampleXml(), "<!DOCTYPE evidence:EvidenceBase SYSTEM \"" + dtd.toUri() + "\">");
        xml = replaceOnce(xml, "<countries>Denmark</countries>", "<countries>&secret;</countries>");
        assertDoctypeRefused(write("xxe-dtd.htaevidence", xml), "TOP-SECRET-CONTENT");
    }

    @Test
    void internalEntityIsRefused() throws IOException {
        String xml = withDoctype(sampleXml(), "<!DOCTYPE evidence:EvidenceBase [<!ENTITY who \"Someone Else\">]>");
        xml = replaceOnce(xml, "label=\"Møller J, 2024\"", "label=\"&who;\"");
        assertDoctypeRefused(write("internal-entity.htaevidence", xml), null);
    }

    @Test
    void plainDoctypeIsRefused() throws IOException {
        assertDoctypeRefused(write("doctype.htaevidence", withDoctype(sampleXml(), "<!DOCTYPE evidence:EvidenceBase>")),
                null);
    }

    // --- found by EvidenceLoaderFuzzTest: problems EMF reports without a line -------------------------------

    @Test
    void xsiTypeNamingAnEnumerationIsRefusedWithItsLine() throws IOException {
        // EMF fails on this with a ClassCastException from deep inside the parse, which carried no line
        String xml = replaceOnce(sampleXml(), "label=\"Møller J, 2024\"", "xsi:type=\"evidence:StudyDesign\"");
        EvidenceResourceException e = refused(write("enum-type.htaevidence", xml));
        String element = xml.substring(0, xml.indexOf("evidence:StudyDesign"));
        assertEquals(lineAt(xml, element.lastIndexOf('<')), e.getLine(), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be loaded: unexpected content"), e.getMessage());
    }

    @Test
    void referenceToAnObjectOfTheWrongTypeNamesTheReferringElement() throws IOException {
        // EMF checks reference types after the parse and reported "Value 'ArmCountResultImpl@1a2b (id: ...' is not
        // legal" without a line
        String xml = replaceOnce(sampleXml(), "outcome=\"moller2024-death-180d\"", "outcome=\"moller2024-death-180d-hr\"");
        EvidenceResourceException e = refused(write("wrong-type.htaevidence", xml));
        assertTrue(e.getMessage().contains("refers to EffectEstimateResult 'moller2024-death-180d-hr', which is not an "
                + "OutcomeDefinition"), e.getMessage());
        assertTrue(!e.getMessage().contains("Impl@"), e.getMessage());
        String referring = xml.substring(0, xml.indexOf("outcome=\"moller2024-death-180d-hr\""));
        assertEquals(lineAt(xml, referring.lastIndexOf('<')), e.getLine(), e.getMessage());
    }

    @Test
    void unsupportedEncodingIsNamedOnLineOne() throws IOException {
        String xml = replaceOnce(sampleXml(), "encoding=\"UTF-8\"", "encoding=\"x-no-such-charset\"");
        EvidenceResourceException e = refused(write("encoding.htaevidence", xml));
        assertEquals(1, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("encoding 'x-no-such-charset'"), e.getMessage());
    }

    @Test
    void hugeOffendingValueIsAbbreviatedInTheMessage() throws IOException {
        String xml = replaceOnce(sampleXml(), "design=\"REGISTRY\"", "design=\"" + "X".repeat(100_000) + "\"");
        EvidenceResourceException e = refused(write("huge.htaevidence", xml));
        assertTrue(e.getMessage().length() < 1_000, "message of " + e.getMessage().length() + " characters");
    }

    // --- what is not an evidence file ------------------------------------------------------------------------

    @Test
    void directoryIsReportedAsADirectory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.htaevidence"));
        EvidenceResourceException e = refused(folder);
        assertTrue(e.getMessage().endsWith(": is a directory, not an evidence file"), e.getMessage());
    }

    @Test
    void missingFileIsReportedAsMissing() {
        Path missing = dir.resolve("missing.htaevidence");
        EvidenceResourceException e = refused(missing);
        assertTrue(e.getMessage().endsWith(": no such file"), e.getMessage());
    }

    @Test
    void unreadableFileIsReportedAsPermissionDenied() throws IOException {
        Path file = write("unreadable.htaevidence", sampleXml());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(file)) {
                // root (CAP_DAC_OVERRIDE) reads any file: the loader asks the kernel, not the mode bits, so it loads
                assertEquals(SampleEvidence.create().getTitle(), EvidenceResources.load(file).getTitle());
            } else {
                EvidenceResourceException e = refused(file);
                assertTrue(e.getMessage().endsWith(": cannot be read (permission denied)"), e.getMessage());
            }
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void loadFromBytesNamesTheGivenName() throws IOException {
        byte[] truncated = sampleXml().substring(0, 200).getBytes(StandardCharsets.UTF_8);
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.load(truncated, Path.of("received.htaevidence")));
        assertTrue(e.getMessage().startsWith("received.htaevidence:"), e.getMessage());
        assertEquals(Path.of("received.htaevidence"), e.getFile());
    }
}
