package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.htaworkbench.importers.BibField;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.csv.CsvRecordsFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The haematology set of the shared de-duplication benchmark ({@code records_pre_merged.csv}, read in place): real
 * search results in a table with BibTeX-style columns and authors.
 */
class HaematologyRecordsTest {

    private static Fixtures.Collected read;

    @BeforeAll
    static void readBenchmark() throws ImportException {
        read = Fixtures.read(new CsvRecordsFormat(),
                ImportSource.of(SharedData.dedupBenchmark("haematology", "records_pre_merged.csv")));
    }

    @Test
    void everyRowOfTheBenchmarkIsARecordAtItsLine() {
        assertEquals(1_415, read.records().size(), "the README's count");
        assertEquals(List.of(), read.problems());
        for (int i = 0; i < read.records().size(); i++) {
            ImportedRecord r = read.record(i);
            assertEquals(i + 1, r.position().record());
            assertEquals(i + 2, r.position().line(), r.toString());
            assertEquals(String.format("id_%07d", i + 1), r.text(BibField.ACCESSION));
        }
    }

    @Test
    void theFirstRecordHasItsFieldsAndBibtexAuthorsOneByOne() {
        ImportedRecord r = read.record(0);
        assertEquals("New insights into postrenal transplant hemolytic uremic syndrome.", r.text(BibField.TITLE));
        assertEquals("2011", r.text(BibField.YEAR));
        assertEquals(List.of("Zuber, J", "Le Quintrec, M", "Sberro-Soussan, R", "Loirat, C", "Fremeaux-Bacchi, V",
                "Legendre, C"), r.texts(BibField.AUTHOR));
        assertEquals("23-35", r.text(BibField.PAGES));
        assertEquals("7", r.text(BibField.VOLUME));
        assertEquals("1", r.text(BibField.ISSUE));
        assertEquals("article", r.text(BibField.TYPE));
        assertEquals("Nat Rev Nephrol", r.text(BibField.JOURNAL));
        assertEquals(List.of("ID", "title", "year", "author", "pages", "volume", "number", "ENTRYTYPE", "journal"),
                r.raw().stream().map(FieldValue::tag).toList());
    }

    @Test
    void concreteRowsAreReadAsPrinted() {
        assertEquals("", read.record(1).text(BibField.TITLE), "id_0000002 has no title");
        assertEquals(List.of("Zipfel, P. F.", "Skerka, C."), read.record(3).texts(BibField.AUTHOR));

        ImportedRecord simonetti = read.record(31);
        assertEquals("id_0000032", simonetti.text(BibField.ACCESSION));
        assertEquals("Pediatr Nephrol.", simonetti.text(BibField.JOURNAL));
        assertEquals("Pediatr Nephrol. ", simonetti.raw().get(8).value(), "raw values keep the quoted space");
        assertEquals("1663-1663", simonetti.text(BibField.PAGES));

        assertEquals("e1001013", read.record(500).text(BibField.PAGES));
        assertEquals("PLoS Medicine / Public Library of Science", read.record(500).text(BibField.JOURNAL));

        ImportedRecord last = read.record(1414);
        assertEquals(List.of("ID", "number", "ENTRYTYPE"), last.raw().stream().map(FieldValue::tag).toList());
        assertEquals("20/04/2012", last.text(BibField.ISSUE));
    }
}
