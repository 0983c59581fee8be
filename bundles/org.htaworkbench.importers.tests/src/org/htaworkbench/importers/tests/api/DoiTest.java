package org.htaworkbench.importers.tests.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.htaworkbench.importers.Doi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.1056/NEJMoa2312572|10.1056/NEJMoa2312572",
            "https://doi.org/10.1056/NEJMoa2312572|10.1056/NEJMoa2312572",
            "http://dx.doi.org/10.1016/j.jacc.2019.01.001|10.1016/j.jacc.2019.01.001",
            "doi: 10.1002/ccd.28000.|10.1002/ccd.28000",
            "10.1161/CIRCULATIONAHA.119.044007 [doi]|10.1161/CIRCULATIONAHA.119.044007",
            "https://doi.org/10.1002%2Fsim.1186|10.1002/sim.1186",
            "10.1000/100%zz|10.1000/100%zz",
            "not a doi|''" })
    void resolverPrefixesLabelsAndMedlineSuffixAreNotPartOfTheDoi(String given, String expected) {
        assertEquals(expected, Doi.clean(given));
    }
}
