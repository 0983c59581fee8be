package org.htaworkbench.analysis.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.model.text.ControlChars;
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
        int lvl = (int) Math.round(r.settings().level());
        // PFT has no single inverse: each study row is inverted with its own n (giving back its observed proportion),
        // the total and the prediction interval with the harmonic mean n, as metafor's transf.ipft / transf.ipft.hm
        double[] ni = tr == Measure.Transform.IPFT ? r.model().map(m -> m.data().ni()).orElse(null) : null;
        out.println(title);
        out.printf(Locale.ROOT, "Measure %s%s; method %s; test %s; %d%% CI%n", r.measure(), scaleNote(tr, ni),
                r.method(), r.settings().test().name().toLowerCase(Locale.ROOT), lvl);
        out.println();
        String effect = naturalName(r.measure()) + " [" + lvl + "% CI]";
        out.printf(Locale.ROOT, "%-30s %10s %10s   %-26s %8s%n", "Study", "yi", "vi", effect, "Weight");
        List<MetaReport.StudyRow> studies = r.studies();
        for (int i = 0; i < studies.size(); i++) {
            MetaReport.StudyRow s = studies.get(i);
            String interval = ni != null
                    ? ci(BackTransform.ipft(s.yi(), ni[i]), BackTransform.ipft(s.ciLower(), ni[i]),
                            BackTransform.ipft(s.ciUpper(), ni[i]))
                    : ci(back(r, s.yi()), back(r, s.ciLower()), back(r, s.ciUpper()));
            out.printf(Locale.ROOT, "%-30s %10s %10s   %-26s %7.1f%%%n", cut(s.study(), 30), fixed(s.yi(), 4),
                    fixed(s.vi(), 4), interval, s.weightPercent());
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
        boolean random = r.model().map(m -> !m.method().isFixed()).orElse(r.settings().isMantelHaenszelRandom());
        if (random) {
            het.append(String.format(Locale.ROOT, "Tau² = %.4f", r.tau2()));
            if (r.tau2CiLower().isPresent()) {
                het.append(String.format(Locale.ROOT, " [%.4f, %.4f]", r.tau2CiLower().getAsDouble(),
                        r.tau2CiUpper().getAsDouble()));
            }
            het.append("; ");
        }
        het.append(String.format(Locale.ROOT, "Chi² = %s, df = %d (P %s); I² = %.0f%%", fixed(r.q(), 2), r.qDf(),
                p(r.qPval()), r.i2()));
        out.println(het);
        String stat = r.df().isPresent() ? "t(" + r.df().getAsInt() + ")" : "Z";
        out.printf(Locale.ROOT, "Test for overall effect: %s = %s (P %s)%n", stat, fixed(Math.abs(r.statistic()), 2),
                p(r.pval()));
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

    /** Back-transforms a value that is not a study row's (sections, trim-and-fill) to the natural scale. */
    private static double back(MetaReport r, double v) {
        Measure.Transform tr = r.measure().transform();
        if (tr == Measure.Transform.IPFT) {
            double[] ni = r.model().map(m -> m.data().ni()).orElse(null);
            return ni == null ? v : BackTransform.ipftHarmonicMean(v, ni);
        }
        return BackTransform.apply(tr, v, Double.NaN);
    }

    /** What the effect column shows: the measure itself for ratios and raw scales, else the back-transformed proportion. */
    private static String naturalName(Measure m) {
        return m.kind() == Measure.Kind.PROPORTION ? "Proportion" : m.name();
    }

    private static String scaleNote(Measure.Transform tr, double[] ni) {
        if (tr == Measure.Transform.NONE) {
            return "";
        }
        String note = " (analysed on the " + scaleName(tr) + " scale: yi and vi on that scale, effects and CIs "
                + (tr == Measure.Transform.EXP ? "exponentiated" : "back-transformed to proportions");
        if (ni != null) {
            double s = 0;
            for (double n : ni) {
                s += 1 / n;
            }
            note += ", each study with its own n, the total with the harmonic mean n = "
                    + String.format(Locale.ROOT, "%.1f", ni.length / s);
        }
        return note + ")";
    }

    /**
     * Fixed-point for ordinary magnitudes, scientific beyond: a Chi² of 8e299 printed with %.2f is a 300-digit number.
     */
    static String fixed(double v, int decimals) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e7 || a < Math.pow(10, -decimals) / 2)) {
            return String.format(Locale.ROOT, "%." + Math.max(1, decimals - 1) + "e", v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
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
        return Math.abs(v) >= 1e7 ? fixed(v, 2) : String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.2f", v);
    }

    static String p(double p) {
        if (p < 0.00001) {
            return "< 0.00001";
        }
        return String.format(Locale.ROOT, p < 0.001 ? "= %.5f" : "= %.3f", p);
    }

    private static String cut(String label, int n) {
        String s = ControlChars.visible(label); // a label must not add lines to the report
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
