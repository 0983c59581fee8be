package org.htaworkbench.importers.tests.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.TrialField;
import org.htaworkbench.importers.internal.ctgov.ClinicalTrialsGovFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;

/** Cases of ClinicalTrials.gov JSON that the fixtures do not show, written in the test. */
class CtgovQuirksTest {

    private final ClinicalTrialsGovFormat format = new ClinicalTrialsGovFormat();

    static String study(String nctId, String more) {
        String id = nctId == null ? "" : "\"nctId\":\"" + nctId + "\",";
        return "{\"protocolSection\":{\"identificationModule\":{" + id + "\"briefTitle\":\"Trial " + nctId + "\"}"
                + more + "}}";
    }

    private Fixtures.Collected read(String json) throws ImportException {
        return Fixtures.read(format, Fixtures.text("quirk.json", json));
    }

    private ImportException failure(String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ImportException.class, () -> read(json)));
    }

    @Test
    void aStudyWithoutNctIdIsSkippedNamingTheStudyAndField() throws ImportException {
        Fixtures.Collected read = read("{\"studies\":[" + study("NCT00000001", "") + "," + study(null, "") + ","
                + study("NCT00000003", "") + "]}");
        assertEquals(List.of("NCT00000001", "NCT00000003"),
                read.records().stream().map(r -> r.text(TrialField.REGISTRY_ID)).toList());
        assertEquals(3, read.record(1).position().record());
        ImportProblem skipped = read.skipped().get(0);
        assertEquals("protocolSection.identificationModule.nctId", skipped.field());
        assertEquals("study 2 has no protocolSection.identificationModule.nctId; skipped", skipped.message());
        assertEquals("$.studies[1].protocolSection.identificationModule.nctId", skipped.position().path());
        assertEquals(2, skipped.position().record());
    }

    @Test
    void anEmptyStudiesArrayIsNoRecordAndNoError() throws ImportException {
        Fixtures.Collected read = read("{\"totalCount\":0,\"studies\":[]}");
        assertEquals(List.of(), read.records());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void aPageWithoutNextPageTokenIsComplete() throws ImportException {
        Fixtures.Collected read = read("{\"studies\":[" + study("NCT00000001", "") + "]}");
        assertEquals(1, read.records().size());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void unknownFieldsAnywhereAreIgnored() throws ImportException {
        Fixtures.Collected read = read("{\"apiVersion\":{\"major\":2,\"list\":[1,[2,{}]]},\"studies\":["
                + study("NCT00000001", ",\"futureModule\":{\"x\":[null,true]}")
                + "],\"nextPageToken\":null,\"extra\":\"x\"}");
        ImportedRecord r = read.record(0);
        assertEquals("NCT00000001", r.text(TrialField.REGISTRY_ID));
        assertEquals(List.of("true"), CtgovStudyNct01633502Test.values(r.raw(), "protocolSection.futureModule.x[1]"));
        assertEquals(List.of(), read.problems());
    }

    @Test
    void numbersAsStringsAndStringsAsNumbers() throws ImportException {
        String asString = ",\"designModule\":{\"enrollmentInfo\":{\"count\":\"360\",\"type\":\"ACTUAL\"}}";
        String asNumbers = ",\"designModule\":{\"enrollmentInfo\":{\"count\":250.0}},"
                + "\"statusModule\":{\"overallStatus\":1}";
        Fixtures.Collected read = read("[" + study("NCT00000001", asString) + ","
                + study("NCT00000002", asNumbers) + "]");
        assertEquals("360", read.record(0).text(TrialField.ENROLLMENT));
        assertEquals("250", read.record(1).text(TrialField.ENROLLMENT));
        assertEquals("1", read.record(1).text(TrialField.STATUS));
        assertEquals(List.of("250.0"), CtgovStudyNct01633502Test.values(read.record(1).raw(),
                "protocolSection.designModule.enrollmentInfo.count"));
        assertEquals("$[1]", read.record(1).position().path(), "a bare array of studies has paths from $");
    }

    @Test
    void anEnrollmentThatIsNoNumberIsLeftOutWithAWarning() throws ImportException {
        Fixtures.Collected read = read(study("NCT00000001",
                ",\"designModule\":{\"enrollmentInfo\":{\"count\":\"about 300\"}}"));
        assertTrue(read.record(0).values(TrialField.ENROLLMENT).isEmpty());
        ImportProblem warning = read.warnings().get(0);
        assertEquals("the enrollment count 'about 300' of study 1 is not a whole number; left out", warning.message());
        assertEquals("$.protocolSection.designModule.enrollmentInfo.count", warning.position().path());
    }

    @Test
    void anUnusualDateIsKeptWithAWarning() throws ImportException {
        Fixtures.Collected read = read(study("NCT00000001",
                ",\"statusModule\":{\"startDateStruct\":{\"date\":\"March 2021\"}}"));
        assertEquals("March 2021", read.record(0).text(TrialField.START_DATE));
        assertEquals("$.protocolSection.statusModule.startDateStruct.date", read.warnings().get(0).position().path());
    }

    @Test
    void anObjectWhereATextBelongsIsLeftOutWithAWarning() throws ImportException {
        Fixtures.Collected read = read(study("NCT00000001", ",\"statusModule\":{\"overallStatus\":{\"value\":\"x\"}}"));
        assertTrue(read.record(0).values(TrialField.STATUS).isEmpty());
        assertEquals("expected a text at protocolSection.statusModule.overallStatus of study 1, found an object;"
                + " left out", read.warnings().get(0).message());
    }

    @Test
    void aStudyThatIsNotAnObjectIsSkipped() throws ImportException {
        Fixtures.Collected read = read("{\"studies\":[\"NCT00000001\"," + study("NCT00000002", "") + "]}");
        assertEquals(1, read.records().size());
        assertEquals("study 1 is not a JSON object; skipped", read.skipped().get(0).message());
        assertEquals("$.studies[0]", read.skipped().get(0).position().path());
    }

    @Test
    void malformedJsonFailsWithThePathAndLine() {
        String json = "{\"studies\":[\n" + study("NCT00000001", "")
                + ",\n{\"protocolSection\":{\"identificationModule\":{\"nctId\" \"NCT00000002\"}}}]}";
        ImportException e = failure(json);
        assertEquals(3, e.position().line());
        assertEquals(2, e.position().record());
        assertEquals("$.studies[1].protocolSection.identificationModule.nctId", e.position().path());
        assertTrue(e.problem().startsWith("is not readable JSON: "), e.problem());
        assertTrue(!e.problem().contains("setStrictness") && !e.problem().contains("https://"), e.problem());
    }

    @Test
    void lenientJsonIsRefused() {
        for (String lenient : List.of("{\"studies\":[{'protocolSection':{}}]}",
                "{\"studies\":[" + study("NCT1", "") + ",]}", "{\"studies\":[{protocolSection:{}}]}",
                "// comment\n{\"studies\":[]}", "{\"studies\":[{\"a\":NaN}]}")) {
            ImportException e = failure(lenient);
            assertTrue(e.problem().contains("malformed JSON"), lenient + " -> " + e.problem());
        }
    }

    @Test
    void aTruncatedPageFailsNamingTheStudy() {
        String page = new String(Fixtures.bytes("ctgov/ctgov-search-page.json"), StandardCharsets.UTF_8);
        ImportException e = failure(page.substring(0, page.indexOf("Altshock-2")));
        assertEquals(2, e.position().record());
        assertTrue(e.problem().contains("End of input") || e.problem().contains("Unterminated"), e.problem());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        ImportException e = failure("{\"studies\":[{\"protocolSection\":" + deep + "}]}");
        assertTrue(e.problem().contains("Nesting limit 64 reached"), e.problem());
        assertEquals(1, e.position().record());
    }

    @Test
    void aStudyLargerThanTheLimitIsRefused() {
        String head = "{\"studies\":[" + study("NCT00000001", ",\"x\":\"");
        ImportSource huge = ImportSource.of("huge.json", () -> new SequenceInputStream(new SequenceInputStream(
                bytes(head), Fixtures.repeated(new byte[] { 'a' }, 40L * 1024 * 1024)), bytes("\"}]}")));
        ImportException e = assertThrows(ImportException.class, () -> Fixtures.read(format, huge));
        assertTrue(e.problem().contains("a study longer than 16 Mi characters is refused"), e.problem());
        assertEquals(1, e.position().record());
    }

    @Test
    void aHugeArrayOfNumbersIsRefusedBeforeItFillsTheHeap() {
        ImportSource huge = ImportSource.of("numbers.json", () -> new SequenceInputStream(new SequenceInputStream(
                bytes("{\"studies\":[{\"x\":[0"), Fixtures.repeated(",0".getBytes(StandardCharsets.US_ASCII),
                        20L * 1024 * 1024)), bytes("]}]}")));
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ImportException.class, () -> Fixtures.read(format, huge)));
        assertTrue(e.problem().contains("is refused"), e.problem());
    }

    @Test
    void whatIsNotAStudyOrPageIsRefused() {
        assertEquals("is not a ClinicalTrials.gov study or page of studies: the JSON is a string",
                failure("\"NCT01633502\"").problem());
        assertEquals("is an empty JSON object, neither a ClinicalTrials.gov study nor a page of studies",
                failure("{}").problem());
        assertEquals("holds neither a ClinicalTrials.gov study (protocolSection) nor a page of studies (studies)",
                failure("{\"name\":\"package\",\"version\":\"1.0\"}").problem());
        assertTrue(failure("").problem().startsWith("is not readable JSON: End of input"));
    }

    @Test
    void textAfterTheJsonIsIgnoredWithAWarning() throws ImportException {
        Fixtures.Collected read = read(study("NCT00000001", "") + "\n<html>");
        assertEquals(1, read.records().size());
        assertEquals("text after the end of the JSON is ignored", read.warnings().get(0).message());
    }

    @Test
    void aByteOrderMarkUtf16AndBytesThatAreNotUtf8() throws ImportException {
        byte[] json = study("NCT00000001", "").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bom, 3, json.length);
        assertEquals("NCT00000001", Fixtures.read(format, ImportSource.of("bom.json", bom)).record(0)
                .text(TrialField.REGISTRY_ID));
        byte[] utf16 = ("\uFEFF" + study("NCT00000002", "")).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("NCT00000002", Fixtures.read(format, ImportSource.of("utf16.json", utf16)).record(0)
                .text(TrialField.REGISTRY_ID));
        String sponsor = ",\"sponsorCollaboratorsModule\":{\"leadSponsor\":{\"name\":\"Universit\u00e4t\"}}";
        byte[] latin1 = study("NCT00000003", sponsor).getBytes(StandardCharsets.ISO_8859_1);
        Fixtures.Collected read = Fixtures.read(format, ImportSource.of("latin1.json", latin1));
        assertEquals("Universit\uFFFDt", read.record(0).text(TrialField.SPONSOR));
        assertEquals("study 1 holds bytes that are not UTF-8 (shown as \uFFFD), first at"
                + " protocolSection.sponsorCollaboratorsModule.leadSponsor.name", read.warnings().get(0).message());
    }

    @Test
    void readingStopsBetweenStudiesWhenCancelled() throws ImportException {
        Fixtures.Collected read = Fixtures.readCancellingAfter(format, Fixtures.source("ctgov/ctgov-search-page.json"), 2);
        assertEquals(2, read.records().size());
        assertEquals(List.of(), read.problems(), "no warning about the next page once cancelled");
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
