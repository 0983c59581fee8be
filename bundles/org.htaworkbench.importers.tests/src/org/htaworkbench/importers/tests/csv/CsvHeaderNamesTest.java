package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The column names database exports, reference managers and extraction sheets use, in any case and spacing. */
class CsvHeaderNamesTest {

    private static ImportedRecord only(String text) throws ImportException {
        Fixtures.Collected c = Fixtures.read(new CsvRecordsFormat(), Fixtures.text("names.csv", text));
        assertEquals(1, c.records().size(), c.problems().toString());
        return c.record(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Title|Authors|Year|Journal",
            "Article Title|Author|Publication Year|Source",
            "Document Title|Author(s)|PY|Source title",
            "TITLE|AUTHORS|PUBYEAR|journal/book",
            "title|au|year|Publication Title",
            "TI|AU|PY|SO"})
    void titleAuthorYearAndJournalColumnsAreRecognised(String title, String author, String year, String journal)
            throws ImportException {
        ImportedRecord r = only(title + "," + author + "," + year + "," + journal + "\n"
                + "Impella in shock,\"Thiele, H; Zeymer, U\",2019,Eur Heart J\n");
        assertEquals("Impella in shock", r.text(BibField.TITLE));
        assertEquals(List.of("Thiele, H", "Zeymer, U"), r.texts(BibField.AUTHOR));
        assertEquals("2019", r.text(BibField.YEAR));
        assertEquals("Eur Heart J", r.text(BibField.JOURNAL));
        assertEquals(title.strip(), r.values(BibField.TITLE).get(0).tag(), "the tag is the header as printed");
    }

    @Test
    void headerNamesAreComparedWithoutCaseAndSurroundingOrDoubledSpaces() throws ImportException {
        ImportedRecord r = only("  TITLE  ,\" Article   title\", AUTHORS ,  Publication  Year \n"
                + "T,U,\"Thiele H\",2019\n");
        assertEquals("T", r.text(BibField.TITLE));
        assertEquals("TITLE", r.values(BibField.TITLE).get(0).tag());
        assertEquals(List.of("Thiele H"), r.texts(BibField.AUTHOR));
        assertEquals("2019", r.text(BibField.YEAR));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Volume|Issue|Pages|Abstract|Language|ISSN|URL",
            "VL|IS|pages|AB|language|issn|Link",
            "volume|Number|Pages|abstract|LANGUAGE|ISSN|link"})
    void bibliographicDetailColumnsAreRecognised(String volume, String issue, String pages, String abstractName,
            String language, String issn, String url) throws ImportException {
        ImportedRecord r = only("Title," + volume + "," + issue + "," + pages + "," + abstractName + "," + language
                + "," + issn + "," + url + "\nT,390,15,1382-93,Background.,English,1533-4406,https://x.org/1\n");
        assertEquals("390", r.text(BibField.VOLUME));
        assertEquals("15", r.text(BibField.ISSUE));
        assertEquals("1382-93", r.text(BibField.PAGES));
        assertEquals("Background.", r.text(BibField.ABSTRACT));
        assertEquals("English", r.text(BibField.LANGUAGE));
        assertEquals("1533-4406", r.text(BibField.ISSN));
        assertEquals("https://x.org/1", r.text(BibField.URL));
    }

    @Test
    void pageStartAndEndAreJoined() throws ImportException {
        assertEquals("1382-1393", only("Title,Page start,Page end\nT,1382,1393\n").text(BibField.PAGES));
        assertEquals("45-53", only("Title,SP,EP\nT,45,53\n").text(BibField.PAGES));
        assertEquals("e034567", only("Title,SP,EP\nT,e034567,\n").text(BibField.PAGES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ID", "Record ID", "Accession Number", "EID", "  accession number "})
    void identifierColumnsAreTheAccession(String name) throws ImportException {
        ImportedRecord r = only("Title," + name + "\nT,0123\n");
        assertEquals("0123", r.text(BibField.ACCESSION));
        assertEquals("", r.text(BibField.PMID));
    }

    @Test
    void aPmidColumnIsThePmidAndTheAccession() throws ImportException {
        ImportedRecord r = only("Title,PMID\nT,38587239\n");
        assertEquals("38587239", r.text(BibField.PMID));
        assertEquals("38587239", r.text(BibField.ACCESSION));
    }

    @Test
    void keywordColumnsAreSplitAtSemicolons() throws ImportException {
        ImportedRecord r = only("Title,Keywords,Author Keywords\nT,\"Impella; shock\",cardiogenic shock\n");
        assertEquals(List.of("Impella", "shock", "cardiogenic shock"), r.texts(BibField.KEYWORD));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.1056/NEJMoa2312572",
            "https://doi.org/10.1056/NEJMoa2312572",
            "http://dx.doi.org/10.1056/NEJMoa2312572",
            "doi:10.1056/NEJMoa2312572",
            "  DOI: 10.1056/NEJMoa2312572 "})
    void doiPrefixesAreNotPartOfTheDoi(String given) throws ImportException {
        ImportedRecord r = only("Title,DOI\nT,\"" + given + "\"\n");
        assertEquals("10.1056/NEJMoa2312572", r.text(BibField.DOI));
        assertEquals(given, r.raw().get(1).value(), "the raw value is as printed");
    }

    @Test
    void aDoiCellWithoutADoiIsAWarning() throws ImportException {
        Fixtures.Collected c = Fixtures.read(new CsvRecordsFormat(), Fixtures.text("names.csv",
                "Title,DOI\nT,pending\n"));
        assertEquals("", c.record(0).text(BibField.DOI));
        assertEquals("DOI", c.warnings().get(0).field());
        assertEquals("names.csv, line 2 (record 1)", c.warnings().get(0).position().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Møller JE; Engstrøm T|Møller JE;Engstrøm T",
            "Zuber, J and Le Quintrec, M|Zuber, J;Le Quintrec, M",
            "Møller J.E., Engstrøm T., Jensen L.O.|Møller J.E.;Engstrøm T.;Jensen L.O.",
            "Møller, J.E., Engstrøm, T.|Møller, J.E.;Engstrøm, T.",
            "van der Meer P., Le Quintrec M.|van der Meer P.;Le Quintrec M.",
            "Moller JE, Engstrom T, Jensen LO|Moller JE;Engstrom T;Jensen LO",
            "Zuber, J|Zuber, J",
            "Zipfel, P. F.|Zipfel, P. F.",
            "DanGer Shock Investigators|DanGer Shock Investigators",
            "Smith, John, Doe, Jane|Smith, John, Doe, Jane",
            "Thiele H., IABP-SHOCK II Trial Investigators|Thiele H., IABP-SHOCK II Trial Investigators"})
    void authorsAreSplitOnlyWhereTheSeparatorIsClear(String cell, String expected) throws ImportException {
        assertEquals(List.of(expected.split(";")), only("Title,Authors\nT,\"" + cell + "\"\n").texts(BibField.AUTHOR));
    }

    @Test
    void scopusSourceIsTheJournalOnlyWithoutASourceTitle() throws ImportException {
        ImportedRecord alone = only("Title,Source\nT,Circulation\n");
        assertEquals("Circulation", alone.text(BibField.JOURNAL));
        assertEquals("", alone.text(BibField.DATABASE));
        ImportedRecord both = only("Title,Source,Source title\nT,Scopus,Circulation\n");
        assertEquals("Circulation", both.text(BibField.JOURNAL));
        assertEquals("Scopus", both.text(BibField.DATABASE));
    }

    @Test
    void unknownColumnsAreRawOnly() throws ImportException {
        ImportedRecord r = only("Title,Risk of bias,Notes\nT,low,\"n = 360, 1:1\"\n");
        assertEquals(List.of("Title", "Risk of bias", "Notes"), r.raw().stream().map(f -> f.tag()).toList());
        assertEquals("n = 360, 1:1", r.raw().get(2).value());
        assertEquals(List.of(BibField.TITLE), List.copyOf(r.fields().keySet()));
    }
}
