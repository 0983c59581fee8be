package org.htaworkbench.importers.tests.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The digital_work set of the shared de-duplication benchmark ({@code records_pre_merged.csv}, read in place): 7,159
 * records with abstracts, DOIs and conference papers, in Ukrainian, Russian, Korean and English.
 */
class DigitalWorkRecordsTest {

    private static Fixtures.Collected read;

    @BeforeAll
    static void readBenchmark() throws ImportException {
        read = Fixtures.read(new CsvRecordsFormat(),
                ImportSource.of(SharedData.dedupBenchmark("digital_work", "records_pre_merged.csv")));
    }

    @Test
    void everyRowOfTheBenchmarkIsARecord() {
        assertEquals(7_159, read.records().size(), "the README's count");
        assertEquals(List.of(), read.problems());
        assertEquals(6_490, read.records().stream().filter(r -> !r.text(BibField.DOI).isEmpty()).count());
        ImportedRecord last = read.record(7158);
        assertEquals("id_3007158", last.text(BibField.ACCESSION));
        assertEquals(7160, last.position().line());
        assertEquals(List.of("Watanabe, Chihiro", "Naveed, Kashif", "Neittaanmäki, Pekka", "Fox, Brenda"),
                last.texts(BibField.AUTHOR));
    }

    @Test
    void cyrillicTitlesAndPagesAndVolumesStayAsPrinted() {
        ImportedRecord r = read.record(0);
        assertEquals("id_0000000", r.text(BibField.ACCESSION));
        assertEquals("ЗАЙНЯТІСТЬ І МОТИВАЦІЯ ПРАЩ В ІНФОРМАЦІЙНІЙ ЕКОНОМІЦІ: ТРАНСФОРМАЦІЯ І ВЗАЄМОЗВ'ЯЗОК.",
                r.text(BibField.TITLE));
        assertEquals(List.of("АЗЬМУК, Н. А."), r.texts(BibField.AUTHOR));
        assertEquals("376 -- 383", r.text(BibField.PAGES));
        assertEquals("UNKNOWN", r.text(BibField.VOLUME));
        assertEquals("Problems of Economy", r.text(BibField.JOURNAL));
        assertEquals(List.of("2017"), r.raw().stream().filter(f -> f.tag().equals("ID_old")).map(FieldValue::value)
                .toList());
        assertTrue(r.text(BibField.ABSTRACT).startsWith("The aim of the article is to study and systematize"));
    }

    @Test
    void doisAbstractsAndBookTitlesOfConcreteRows() {
        ImportedRecord aaltonen = read.record(4);
        assertEquals("id_1000004", aaltonen.text(BibField.ACCESSION));
        assertEquals("10.1057/JIT.2013.29", aaltonen.text(BibField.DOI));
        assertEquals(List.of("Aaltonen, Aleksi", "Tempini, Niccoló"), aaltonen.texts(BibField.AUTHOR));
        assertEquals("97--110", aaltonen.text(BibField.PAGES));
        assertTrue(aaltonen.text(BibField.ABSTRACT).startsWith("Contemporary digital ecosystems produce vast amounts"));

        ImportedRecord conference = read.record(7);
        assertEquals("id_1000007", conference.text(BibField.ACCESSION));
        assertEquals("inproceedings", conference.text(BibField.TYPE));
        FieldValue journal = conference.values(BibField.JOURNAL).get(0);
        assertEquals("International Conference on Information Systems", journal.value());
        assertEquals("booktitle", journal.tag());
        assertEquals(List.of("Aanestad, Margunn", "Vassilakopoulou, Polyxeni", "Øvrelid, Egil"),
                conference.texts(BibField.AUTHOR));
        assertEquals(9, conference.position().line());
    }
}
