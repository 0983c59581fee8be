package org.htaworkbench.analysis.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.htaworkbench.analysis.AnalysisException;
import org.htaworkbench.analysis.AnalysisInput;
import org.htaworkbench.analysis.MetaAnalysisRunner;
import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.analysis.MetaSettings;
import org.htaworkbench.cli.Command;
import org.htaworkbench.cli.Options;
import org.htaworkbench.cli.UsageException;
import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.InvalidStudyDataException;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.PiType;
import org.htaworkbench.stats.StatsException;
import org.htaworkbench.stats.TestType;
import org.htaworkbench.stats.UnsupportedCombinationException;

/** {@code ./workbench meta FILE.csv [options]}: meta-analysis of a CSV file with metafor's column names. */
public class MetaCommand implements Command {


    private static final List<String> MEASURES = List.of("RR", "OR", "RD", "PETO", "MD", "SMD", "PR", "PLO", "PAS",
            "PFT", "GEN");
    private static final Set<String> WITH_VALUE = Set.of("measure", "method", "test", "pi", "order", "subgroup", "mods",
            "format", "level", "add", "to");
    private static final Set<String> FLAGS = Set.of("leave-one-out", "cumulative", "egger", "begg", "trimfill", "drop00");

    @Override
    public String name() {
        return "meta";
    }

    @Override
    public String summary() {
        return "meta-analysis of a CSV file with metafor column names (RevMan-style text or JSON)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./workbench meta FILE.csv [options]
                FILE.csv has a header row with metafor's column names, one of:
                  ai,bi,ci,di  or  ai,n1i,ci,n2i   2x2 tables (group 1 = treatment)   measures RR OR RD PETO
                  xi,ni                           proportions                        measures PR PLO PAS PFT
                  m1i,sd1i,n1i,m2i,sd2i,n2i       two-group means                    measures MD SMD
                  yi,vi  or  yi,sei               generic effect sizes               measure GEN
                an optional label column 'study'; any other column can be used by --order, --subgroup, --mods.
                Options:
                  --measure RR|OR|RD|PETO|MD|SMD|PR|PLO|PAS|PFT|GEN   default RR, PLO, MD or GEN by the columns
                  --method FE|MH|PETO|DL|HE|HS|SJ|ML|REML|EB|PM|MH_DL  default REML (MH, PETO, MH_DL: 2x2 data only;
                                                       MH_DL is RevMan 5's M-H, Random)
                  --test z|knha|adhoc        default z
                  --pi z|t|riley             prediction interval: normal, t(k-1), t(k-2); default z (t under knha)
                  --level N                  confidence level in percent, default 95
                  --add X --to only0|all|if0all|none [--drop00]   continuity correction, default 0.5 only0
                  --leave-one-out            refit omitting each study
                  --cumulative [--order COL] add studies in file order or by COL (ties keep file order)
                  --subgroup COL             separate-tau² subgroups with the Q test for differences
                  --mods COL[,COL...]        meta-regression (numeric columns as is, others as dummies)
                  --egger  --begg  --trimfill   small-study tests and trim-and-fill
                  --format text|json         default text (RevMan-style summary)
                Values are on the model scale (log for RR/OR/PETO) except under 'transformed' and in the text table.
                Exit codes: 0 done, 1 wrong usage or an unsupported combination, 2 unreadable or bad CSV (the message
                names the line and column), 3 the analysis failed (e.g. an estimator did not converge).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        MetaSettings settings;
        String format;
        String file;
        try {
            o = Options.parse(args, WITH_VALUE, FLAGS);
            if (o.positional().size() != 1) {
                throw new UsageException("expected one FILE.csv, got " + o.positional());
            }
            file = o.positional().get(0);
            format = o.choice("format", "text", List.of("text", "json"));
            settings = settings(o);
        } catch (UsageException e) {
            err.println("meta: " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            err.println("meta: " + file + ": is a directory, not a CSV file");
            return UNREADABLE_INPUT;
        }
        AnalysisInput input;
        try {
            input = input(CsvTable.read(path, header -> Set.copyOf(layout(header, settings.measure()).columns())),
                    settings);
        } catch (NoSuchFileException e) {
            err.println("meta: " + file + ": no such file");
            return UNREADABLE_INPUT;
        } catch (AccessDeniedException e) {
            err.println("meta: " + file + ": cannot be read (permission denied)");
            return UNREADABLE_INPUT;
        } catch (IOException e) {
            err.println("meta: " + file + ": cannot read: " + e.getMessage());
            return UNREADABLE_INPUT;
        } catch (CsvTable.CsvException e) {
            err.println("meta: " + file + ": " + e.getMessage());
            return UNREADABLE_INPUT;
        }
        MetaReport report;
        try {
            report = MetaAnalysisRunner.run(input, settings);
        } catch (AnalysisException e) {
            if (e.getCause() instanceof InvalidStudyDataException ide && e.resultId() != null) {
                err.println("meta: " + file + ": " + e.resultId() + ", " + blame(ide.field(), input.layout()) + ": "
                        + ide.getMessage());
                return UNREADABLE_INPUT;
            }
            err.println("meta: " + file + ": " + e.getMessage());
            return e.getCause() instanceof InvalidStudyDataException ? UNREADABLE_INPUT : USAGE;
        } catch (UnsupportedCombinationException e) {
            err.println("meta: " + e.getMessage());
            return USAGE;
        } catch (InvalidStudyDataException e) {
            err.println("meta: " + file + ": " + e.getMessage());
            return UNREADABLE_INPUT;
        } catch (StatsException e) {
            err.println("meta: " + file + ": analysis failed: " + e.getMessage());
            return ANALYSIS_FAILED;
        }
        // a report of k = 10 million rows is ~1 GB of text: buffer it instead of flushing the caller's stream per line
        PrintStream buffered = new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        if (format.equals("json")) {
            ReportJson.write(report, buffered);
            buffered.println();
        } else {
            ReportText.print(report, "Meta-analysis of " + file + " (k = " + report.k() + ")", buffered);
        }
        buffered.flush();
        return OK;
    }

    /**
     * The file's column a bad value is in; an effect size or variance the engine computed (yi, vi from 2x2 counts,
     * means or proportions) is named as computed, with the columns it came from: the file has no 'vi' column then.
     */
    static String blame(String field, AnalysisInput.Layout layout) {
        if (field == null || layout.columns().contains(field)) {
            return "column '" + field + "'";
        }
        String what = switch (field) {
            case "yi" -> "the effect size yi";
            case "vi" -> "the sampling variance vi";
            default -> "the value '" + field + "'";
        };
        return what + " computed from columns " + String.join(", ", layout.columns());
    }

    static MetaSettings settings(Options o) throws UsageException {
        MetaSettings.Builder b = MetaSettings.builder();
        if (o.has("measure")) {
            b.measure(Measure.valueOf(o.choice("measure", null, MEASURES)));
        }
        b.method(o.choice("method", "REML", MetaSettings.METHODS));
        b.test(TestType.parse(o.choice("test", "z", List.of("z", "knha", "adhoc"))));
        String pi = o.choice("pi", "default", List.of("default", "z", "t", "riley"));
        b.piType(PiType.parse(pi));
        b.level(number(o, "level", 95));
        double add = number(o, "add", 0.5);
        String to = o.choice("to", "only0", List.of("only0", "all", "if0all", "none"));
        ContinuityCorrection.To mode = switch (to) {
            case "all" -> ContinuityCorrection.To.ALL;
            case "if0all" -> ContinuityCorrection.To.IF_ANY_ZERO;
            case "none" -> ContinuityCorrection.To.NONE;
            default -> ContinuityCorrection.To.ONLY_ZERO;
        };
        try {
            b.continuityCorrection(new ContinuityCorrection(add, mode, o.has("drop00")));
        } catch (RuntimeException e) {
            throw new UsageException("continuity correction: " + e.getMessage());
        }
        if (o.has("order") && !o.has("cumulative")) {
            throw new UsageException("--order needs --cumulative");
        }
        b.leaveOneOut(o.has("leave-one-out")).cumulative(o.has("cumulative"), o.get("order", null))
                .subgroupBy(o.get("subgroup", null)).egger(o.has("egger")).begg(o.has("begg"))
                .trimFill(o.has("trimfill"));
        if (o.has("mods")) {
            List<String> mods = Arrays.stream(o.get("mods", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .toList();
            if (mods.isEmpty()) {
                throw new UsageException("--mods needs at least one column name");
            }
            b.moderators(mods);
        }
        try {
            return b.build();
        } catch (StatsException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static double number(Options o, String name, double dflt) throws UsageException {
        String v = o.get(name, null);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--" + name + " must be a number, not '" + v + "'");
    }

    /** CSV to engine input: the layout's columns as numbers, the rest as covariates. */
    static AnalysisInput input(CsvTable t, MetaSettings s) throws CsvTable.CsvException {
        AnalysisInput.Layout layout = layout(t.header(), s.measure());
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String c : layout.columns()) {
            cols.put(c, t.numbers(c));
        }
        int k = t.rowCount();
        String[] labels = new String[k];
        String[] study = t.has("study") ? t.column("study") : null;
        for (int i = 0; i < k; i++) {
            labels[i] = study != null && !study[i].isBlank() ? study[i] : "Study " + (i + 1);
        }
        Map<String, String[]> cov = new LinkedHashMap<>();
        for (String c : t.header()) {
            if (!layout.columns().contains(c) && !c.equals("study")) {
                cov.put(c, t.column(c));
            }
        }
        List<String> needed = new ArrayList<>(s.moderators());
        if (s.subgroupBy() != null) {
            needed.add(s.subgroupBy());
        }
        if (s.orderBy() != null) {
            needed.add(s.orderBy());
        }
        for (String c : needed) {
            if (!cov.containsKey(c)) {
                throw new CsvTable.CsvException(1, "missing column '" + c + "' (named by an option); the header has "
                        + t.header());
            }
        }
        return new AnalysisInput(layout, labels, cols, cov, AnalysisInput.lineSources(t.lines()));
    }

    /** The first complete column set; with a measure, the set of its kind. Missing columns are named. */
    static AnalysisInput.Layout layout(List<String> header, Measure measure) throws CsvTable.CsvException {
        AnalysisInput.Layout best = null;
        int bestPresent = -1;
        for (AnalysisInput.Layout l : AnalysisInput.Layout.values()) {
            if (measure != null && measure.kind() != l.kind()) {
                continue;
            }
            int present = (int) l.columns().stream().filter(header::contains).count();
            if (present == l.columns().size()) {
                return l;
            }
            if (present > bestPresent) {
                best = l;
                bestPresent = present;
            }
        }
        String want = measure == null ? "one of ai,bi,ci,di | ai,n1i,ci,n2i | xi,ni | m1i,sd1i,n1i,m2i,sd2i,n2i | yi,vi | yi,sei"
                : "the columns for " + measure;
        List<String> missing = best == null ? List.of() : best.columns().stream().filter(c -> !header.contains(c)).toList();
        throw new CsvTable.CsvException(1, "missing column" + (missing.size() == 1 ? " '" + missing.get(0) + "'"
                : "s " + missing) + ": need " + want + "; the header has " + header);
    }
}
