package org.htaworkbench.analysis.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.stats.BackTransform;
import org.htaworkbench.stats.Coefficient;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.SummaryRow;

/** A RevMan-style text summary of a {@link MetaReport}: study table with weights, total, heterogeneity, overall test. */
public final class ReportText {

    private ReportText() {
    }

    public static void print(MetaReport r, String title, PrintStream out) {
        Measure.Transform tr = r.measure().transform();
        String scale = tr == Measure.Transform.NONE ? "" : " (analysed on the " + scaleName(tr) + " scale)";
        int lvl = (int) Math.round(r.settings().level());
        out.println(title);
        out.printf(Locale.ROOT, "Measure %s%s; method %s; test %s; %d%% CI%n", r.measure(), scale, r.method(),
                r.settings().test().name().toLowerCase(Locale.ROOT), lvl);
        out.println();
        String effect = r.measure() + " [" + lvl + "% CI]";
        out.printf(Locale.ROOT, "%-30s %10s %10s   %-26s %8s%n", "Study", "yi", "vi", effect, "Weight");
        for (MetaReport.StudyRow s : r.studies()) {
            out.printf(Locale.ROOT, "%-30s %10.4f %10.4f   %-26s %7.1f%%%n", cut(s.study(), 30), s.yi(), s.vi(),
                    ci(back(r, s.yi()), back(r, s.ciLower()), back(r, s.ciUpper())), s.weightPercent());
        }
        var t = r.transformed();
        out.printf(Locale.ROOT, "%-30s %10s %10s   %-26s %7.1f%%%n", "Total (" + lvl + "% CI)", "", "",
                ci(t.estimate(), t.ciLower(), t.ciUpper()), 100.0);
        if (t.piLower().isPresent()) {
            out.printf(Locale.ROOT, "%-30s %10s %10s   %-26s%n", "Prediction interval", "", "",
                    "[" + num(t.piLower().getAsDouble()) + ", " + num(t.piUpper().getAsDouble()) + "]");
        }
        out.println();
        StringBuilder het = new StringBuilder("Heterogeneity: ");
        if (r.model().isPresent() && !r.model().get().method().isFixed()) {
            het.append(String.format(Locale.ROOT, "Tau² = %.4f", r.tau2()));
            if (r.tau2CiLower().isPresent()) {
                het.append(String.format(Locale.ROOT, " [%.4f, %.4f]", r.tau2CiLower().getAsDouble(),
                        r.tau2CiUpper().getAsDouble()));
            }
            het.append("; ");
        }
        het.append(String.format(Locale.ROOT, "Chi² = %.2f, df = %d (P %s); I² = %.0f%%", r.q(), r.qDf(), p(r.qPval()),
                r.i2()));
        out.println(het);
        String stat = r.df().isPresent() ? "t(" + r.df().getAsInt() + ")" : "Z";
        out.printf(Locale.ROOT, "Test for overall effect: %s = %.2f (P %s)%n", stat, Math.abs(r.statistic()), p(r.pval()));
        if (r.iterations() > 0) {
            out.printf(Locale.ROOT, "Estimator iterations: %d%n", r.iterations());
        }
        r.leaveOneOut().ifPresent(rows -> section(out, "Leave-one-out (study omitted)", rows, r));
        r.cumulative().ifPresent(rows -> section(out, "Cumulative (study added)", rows, r));
        r.subgroups().ifPresent(s -> {
            out.println();
            out.println("Subgroups (separate tau²):");
            for (Map.Entry<String, RmaResult> e : s.groups().entrySet()) {
                RmaResult g = e.getValue();
                out.printf(Locale.ROOT, "  %-28s k = %-4d %-26s tau² = %.4f; I² = %.0f%%%n", cut(e.getKey(), 28), g.k(),
                        ci(back(r, g.estimate()), back(r, g.ciLower()), back(r, g.ciUpper())), g.tau2(), g.i2());
            }
            out.printf(Locale.ROOT, "Test for subgroup differences: Chi² = %.2f, df = %d (P %s)%n", s.qBetween(),
                    s.dfBetween(), p(s.pBetween()));
        });
        r.metaRegression().ifPresent(m -> {
            out.println();
            out.println("Meta-regression (model scale):");
            out.printf(Locale.ROOT, "  %-20s %10s %10s %10s %10s   %s%n", "", "b", "se", "stat", "pval", "CI");
            for (Coefficient c : m.coefficients()) {
                out.printf(Locale.ROOT, "  %-20s %10.4f %10.4f %10.4f %10s   [%.4f, %.4f]%n", cut(c.name(), 20),
                        c.estimate(), c.se(), c.statistic(), p(c.pval()), c.ciLower(), c.ciUpper());
            }
            out.printf(Locale.ROOT, "  QM = %.4f, df = %d%s (P %s); residual tau² = %.4f; I² = %.1f%%; R² = %s%n", m.qm(),
                    m.qmDf1(), m.qmDf2().isPresent() ? ", " + m.qmDf2().getAsInt() : "", p(m.qmPval()), m.tau2(), m.i2(),
                    m.r2().isPresent() ? String.format(Locale.ROOT, "%.1f%%", m.r2().getAsDouble()) : "n/a");
        });
        r.egger().ifPresent(e -> out.printf(Locale.ROOT, "%nEgger's test: statistic = %.4f (P %s); limit estimate = %s%n",
                e.statistic(), p(e.pval()), num(back(r, e.limitEstimate()))));
        r.begg().ifPresent(b -> out.printf(Locale.ROOT, "%nBegg's rank correlation: Kendall's tau = %.4f (P %s)%n", b.tau(),
                p(b.pval())));
        r.trimFill().ifPresent(tf -> out.printf(Locale.ROOT,
                "%nTrim-and-fill: %d filled on the %s; adjusted %s; tau² = %.4f%n", tf.k0(), tf.side(),
                ci(back(r, tf.model().estimate()), back(r, tf.model().ciLower()), back(r, tf.model().ciUpper())),
                tf.model().tau2()));
        for (String w : r.warnings()) {
            out.println("Note: " + w);
        }
    }

    private static void section(PrintStream out, String title, List<SummaryRow> rows, MetaReport r) {
        out.println();
        out.println(title + ":");
        for (SummaryRow s : rows) {
            out.printf(Locale.ROOT, "  %-28s %-26s tau² = %.4f; I² = %.0f%%%n", cut(s.label(), 28),
                    ci(back(r, s.estimate()), back(r, s.ciLower()), back(r, s.ciUpper())), s.tau2(), s.i2());
        }
    }

    private static double back(MetaReport r, double v) {
        Measure.Transform tr = r.measure().transform();
        if (tr == Measure.Transform.IPFT) {
            return v; // per-study inversion needs each study's n; show the model scale
        }
        return BackTransform.apply(tr, v, Double.NaN);
    }

    private static String scaleName(Measure.Transform tr) {
        return switch (tr) {
            case EXP -> "log";
            case ILOGIT -> "logit";
            case IARCSIN -> "arcsine";
            case IPFT -> "Freeman-Tukey";
            case NONE -> "raw";
        };
    }

    private static String ci(double est, double lo, double hi) {
        return num(est) + " [" + num(lo) + ", " + num(hi) + "]";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.2f", v);
    }

    static String p(double p) {
        if (p < 0.00001) {
            return "< 0.00001";
        }
        return String.format(Locale.ROOT, p < 0.001 ? "= %.5f" : "= %.3f", p);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
