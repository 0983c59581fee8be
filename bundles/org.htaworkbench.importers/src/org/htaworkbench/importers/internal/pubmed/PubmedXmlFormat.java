package org.htaworkbench.importers.internal.pubmed;

import java.util.Optional;

import org.htaworkbench.importers.Detection;
import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportSample;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;

/**
 * PubMed's XML ({@code efetch} with {@code retmode=xml}, or "Save" as XML on the website): a
 * {@code PubmedArticleSet} of {@code PubmedArticle} and {@code PubmedBookArticle} elements. It is the richest export
 * PubMed offers (structured abstracts with their labels, collective authors, DOIs from two places), and the one
 * automated searches download.
 *
 * <p>
 * Read article by article with {@link org.htaworkbench.importers.SafeXml} (no DTD: the DOCTYPE every real file
 * starts with is passed over, nothing is fetched, and an entity a file declares for itself is refused), so a file of
 * any size takes the memory of one article. A hand-written mapping is used because no library on Maven Central maps
 * PubMed's DTD to bibliographic fields without also loading the whole file or the DTD.
 */
public final class PubmedXmlFormat implements ImportFormat {

    private static final String[] SIGNATURES = { "<PubmedArticleSet", "<!DOCTYPE PubmedArticleSet", "<PubmedArticle>",
            "<PubmedBookArticle>" };

    @Override
    public Detection detect(ImportSample sample) {
        if (!sample.textStripped().startsWith("<")) {
            return Detection.NONE;
        }
        String text = sample.text();
        for (String signature : SIGNATURES) {
            if (text.contains(signature)) {
                return Detection.of(95, "PubMed XML (" + signature + (signature.endsWith(">") ? "" : ">") + ")");
            }
        }
        return Detection.NONE;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) throws ImportException {
        new PubmedXmlReader(source, sink).read();
    }

    @Override
    public Optional<String> database() {
        return Optional.of("PubMed");
    }
}
