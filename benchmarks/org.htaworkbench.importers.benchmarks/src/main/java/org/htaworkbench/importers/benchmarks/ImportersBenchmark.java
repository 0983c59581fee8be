package org.htaworkbench.importers.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportFormat;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.internal.pubmed.PubmedXmlFormat;
import org.htaworkbench.importers.internal.ris.RisFormat;
import org.htaworkbench.importers.store.RecordStore;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.persistence.EvidenceResources;

/**
 * Reading 100,000 RIS records and 100,000 PubMed XML articles (generated, deterministic), and an evidence base that
 * holds 100,000 records: saved, opened with its records read. Prints the median and range of {@code RUNS} timed
 * runs after one warm-up, and the peak heap in use while reading (readers stream: the counting sink keeps nothing).
 */
public final class ImportersBenchmark {

    private static final int RECORDS = Integer.getInteger("records", 100_000);
    private static final int RUNS = Integer.getInteger("runs", 5);

    private ImportersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("importers-benchmark");
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB, %,d records, %d runs%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, RECORDS, RUNS);
        Path ris = dir.resolve("generated.ris");
        Path xml = dir.resolve("generated.xml");
        Corpus.writeRis(ris, RECORDS);
        Corpus.writePubmedXml(xml, RECORDS);
        System.out.printf(Locale.ROOT, "files: RIS %d MiB, PubMed XML %d MiB%n", Files.size(ris) >> 20, Files.size(xml) >> 20);

        read("RIS", new RisFormat(), ris);
        read("PubMed XML", new PubmedXmlFormat(), xml);
        evidenceBase(dir, ris);
    }

    private static void read(String label, ImportFormat format, Path file) throws ImportException {
        long[] times = new long[RUNS];
        long peak = 0;
        int count = 0;
        for (int run = -1; run < RUNS; run++) {
            System.gc();
            resetPeaks();
            Counting sink = new Counting();
            long t0 = System.nanoTime();
            format.read(ImportSource.of(file), sink);
            long t = System.nanoTime() - t0;
            if (run >= 0) {
                times[run] = t;
                peak = Math.max(peak, peakHeap());
            }
            count = sink.records;
            if (sink.skipped > 0) {
                throw new IllegalStateException(label + ": " + sink.skipped + " generated records were skipped");
            }
        }
        report("read " + label, count, times, "peak heap " + (peak >> 20) + " MiB");
    }

    private static void evidenceBase(Path dir, Path ris) throws Exception {
        List<ImportedRecord> imported = new ArrayList<>(RECORDS);
        new RisFormat().read(ImportSource.of(ris), new Counting() {
            @Override
            public void record(ImportedRecord record) {
                imported.add(record);
            }
        });
        Path file = dir.resolve("large.htaevidence");
        RecordStore store = RecordStore.of(file);
        long[] write = new long[RUNS];
        String segment = null;
        for (int run = -1; run < RUNS; run++) {
            deleteFolder(store.folder()); // every run writes the segment anew, not finding it already there
            long t0 = System.nanoTime();
            segment = store.add(imported);
            if (run >= 0) {
                write[run] = System.nanoTime() - t0;
            }
        }
        report("store 100k records as a segment", imported.size(), write,
                "segment " + (Files.size(store.segment(segment)) >> 20) + " MiB");

        EvidenceBase base = EvidenceResources.createEmpty("Large review");
        base.setEvidenceProcess(EvidenceFactory.eINSTANCE.createEvidenceProcess());
        DatabaseSearch run = EvidenceFactory.eINSTANCE.createDatabaseSearch();
        run.setId("db-embase");
        run.setDatabase("Embase");
        SearchExport export = EvidenceFactory.eINSTANCE.createSearchExport();
        export.setFileName(ris.getFileName().toString());
        export.setFormat("ris");
        export.setRecordsRead(imported.size());
        export.setRecordStore(segment);
        run.getExports().add(export);
        base.getEvidenceProcess().getDatabaseSearches().add(run);
        imported.clear();

        long[] save = new long[RUNS];
        long[] open = new long[RUNS];
        int read = 0;
        for (int r = -1; r < RUNS; r++) {
            long t0 = System.nanoTime();
            EvidenceResources.save(base, file);
            long t1 = System.nanoTime();
            EvidenceBase loaded = EvidenceResources.load(file);
            int[] n = { 0 };
            RecordStore.of(file).forEach(loaded, rec -> n[0]++);
            long t2 = System.nanoTime();
            read = n[0];
            if (r >= 0) {
                save[r] = t1 - t0;
                open[r] = t2 - t1;
            }
        }
        report("save evidence base holding the records", read, save, "XMI " + Files.size(file) + " bytes");
        report("open evidence base and read its records", read, open, "");
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }

    private static void report(String what, int count, long[] nanos, String extra) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.2f s | %.2f–%.2f s | %s |%n", what, count, sorted[sorted.length / 2] / 1e9,
                sorted[0] / 1e9, sorted[sorted.length - 1] / 1e9, extra);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum over the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Counts what it is given, keeps nothing. */
    static class Counting implements ImportSink {
        int records;
        int skipped;

        @Override
        public void record(ImportedRecord record) {
            records++;
        }

        @Override
        public void problem(ImportProblem problem) {
            if (problem.severity() == ImportProblem.Severity.SKIPPED_RECORD) {
                skipped++;
            }
        }
    }

    /** Deterministic, realistic-looking records: words of medical titles and abstracts, authors with diacritics. */
    static final class Corpus {
        private static final String[] WORDS = ("microaxial flow pump cardiogenic shock acute myocardial infarction "
                + "mortality randomised trial outcomes mechanical circulatory support Impella intra-aortic balloon "
                + "pump ventricular unloading haemodynamic lactate renal replacement therapy bleeding limb ischaemia "
                + "stroke survival registry cohort propensity matched analysis patients hospital").split(" ");
        private static final String[] SURNAMES = { "Møller", "Engstrøm", "Thiele", "Schrage", "Ouweneel", "Basir",
                "O'Neill", "Dhruva", "Amin", "Ranka", "Lemor", "Kapur", "Müller", "Ferré" };
        private static final String[] JOURNALS = { "New England Journal of Medicine", "JACC: Cardiovascular Interventions",
                "European Heart Journal", "Circulation", "Catheterization and Cardiovascular Interventions" };

        private Corpus() {
        }

        private static String words(Random r, int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            return s.toString();
        }

        private static String author(Random r) {
            return SURNAMES[r.nextInt(SURNAMES.length)] + ", " + (char) ('A' + r.nextInt(26)) + ".";
        }

        static void writeRis(Path file, int n) throws IOException {
            Random r = new Random(20261204);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 1; i <= n; i++) {
                    w.write("TY  - JOUR\r\n");
                    int authors = 1 + r.nextInt(6);
                    for (int a = 0; a < authors; a++) {
                        w.write("AU  - " + author(r) + "\r\n");
                    }
                    w.write("T1  - " + words(r, 12) + "\r\n");
                    w.write("JF  - " + JOURNALS[r.nextInt(JOURNALS.length)] + "\r\n");
                    w.write("PY  - " + (2000 + r.nextInt(26)) + "\r\n");
                    w.write("VL  - " + (1 + r.nextInt(400)) + "\r\nIS  - " + (1 + r.nextInt(12)) + "\r\n");
                    int sp = 1 + r.nextInt(2000);
                    w.write("SP  - " + sp + "\r\nEP  - " + (sp + r.nextInt(20)) + "\r\n");
                    w.write("DO  - https://doi.org/10.1000/bench." + i + "\r\n");
                    w.write("AN  - " + (30_000_000 + i) + "\r\n");
                    w.write("N2  - " + words(r, 120) + "\r\n");
                    w.write("ER  - \r\n\r\n");
                }
            }
        }

        static void writePubmedXml(Path file, int n) throws IOException {
            Random r = new Random(20261205);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2024//EN\" "
                        + "\"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd\">\n<PubmedArticleSet>\n");
                for (int i = 1; i <= n; i++) {
                    w.write("<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">" + (30_000_000 + i)
                            + "</PMID><Article PubModel=\"Print\"><Journal><JournalIssue CitedMedium=\"Internet\"><Volume>"
                            + (1 + r.nextInt(400)) + "</Volume><Issue>" + (1 + r.nextInt(12)) + "</Issue><PubDate><Year>"
                            + (2000 + r.nextInt(26)) + "</Year><Month>Apr</Month></PubDate></JournalIssue><Title>"
                            + JOURNALS[r.nextInt(JOURNALS.length)] + "</Title></Journal><ArticleTitle>" + words(r, 12)
                            + " <i>in vivo</i></ArticleTitle><Pagination><MedlinePgn>" + (1 + r.nextInt(2000))
                            + "-9</MedlinePgn></Pagination><ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.1000/bench." + i
                            + "</ELocationID><Abstract><AbstractText Label=\"BACKGROUND\">" + words(r, 60)
                            + "</AbstractText><AbstractText Label=\"RESULTS\">" + words(r, 60)
                            + "</AbstractText></Abstract><AuthorList CompleteYN=\"Y\">");
                    int authors = 1 + r.nextInt(6);
                    for (int a = 0; a < authors; a++) {
                        w.write("<Author ValidYN=\"Y\"><LastName>" + SURNAMES[r.nextInt(SURNAMES.length)] + "</LastName><ForeName>J</ForeName><Initials>J</Initials></Author>");
                    }
                    w.write("</AuthorList><Language>eng</Language></Article></MedlineCitation></PubmedArticle>\n");
                }
                w.write("</PubmedArticleSet>\n");
            }
        }
    }
}
