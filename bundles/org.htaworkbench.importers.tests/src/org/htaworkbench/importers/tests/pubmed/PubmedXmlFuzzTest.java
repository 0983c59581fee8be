package org.htaworkbench.importers.tests.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.tests.Fixtures;
import org.htaworkbench.importers.tests.Fuzz;
import org.htaworkbench.importers.tests.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Mutated fixtures: the reader returns or throws an ImportException, never anything else, and never hangs. */
class PubmedXmlFuzzTest {

    private static final int INPUTS = 2_000;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void mutatedFilesAreReadOrRefusedWithAnImportException() {
        // pieces of XML, so that elements open and close in the wrong places and entities appear
        Mutations mutations = new Mutations(20240418L, "<PubmedArticle>", "</PubmedArticle>", "<i>", "</i>",
                "<![CDATA[", "]]>", "<!--", "-->", "&amp;", "&unknown;", "<!DOCTYPE x [<!ENTITY e \"e\">]>",
                "<ArticleTitle>", "</AbstractText>");
        Fuzz.Outcome outcome = Fuzz.run(new PubmedXmlFormat(), Fixtures.seeds("pubmed/pubmed-efetch.xml",
                "pubmed/pubmed-book-article.xml"), mutations, INPUTS, "xml");
        assertEquals(INPUTS, outcome.tried());
        assertTrue(outcome.read() > 0 && outcome.refused() > 0, outcome.toString());
    }
}
