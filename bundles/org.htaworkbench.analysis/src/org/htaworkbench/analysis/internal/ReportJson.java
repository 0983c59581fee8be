package org.htaworkbench.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.htaworkbench.analysis.MetaReport;
import org.htaworkbench.stats.Coefficient;
import org.htaworkbench.stats.EggerResult;
import org.htaworkbench.stats.MetaRegressionResult;
import org.htaworkbench.stats.RankTestResult;
import org.htaworkbench.stats.RmaResult;
import org.htaworkbench.stats.SubgroupResult;
import org.htaworkbench.stats.SummaryRow;
import org.htaworkbench.stats.Transformed;
import org.htaworkbench.stats.TrimFillResult;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The JSON form of a {@link MetaReport} (field names of issue 4, snake case, model scale unless under
 * {@code transformed}; not-applicable values are null).
 */
public final class ReportJson {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private ReportJson() {
    }

    public static String toJson(MetaReport r) {
        return GSON.toJson(toMap(r));
    }

    /** Writes the JSON to {@code out} as it goes: the study list is never held as text or as a tree. */
    public static void write(MetaReport r, Appendable out) {
        GSON.toJson(toMap(r), out);
    }

    public static Map<String, Object> toMap(MetaReport r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("k", r.k());
        j.put("measure", r.measure().name());
        j.put("method", r.method());
        j.put("test", r.settings().test().name().toLowerCase(java.util.Locale.ROOT));
        j.put("estimate", r.estimate());
        j.put("se", r.se());
        j.put("statistic", r.statistic());
        j.put("pval", r.pval());
        j.put("ci_lb", r.ciLower());
        j.put("ci_ub", r.ciUpper());
        j.put("df", val(r.df()));
        j.put("tau2", r.tau2());
        j.put("tau2_ci_lb", val(r.tau2CiLower()));
        j.put("tau2_ci_ub", val(r.tau2CiUpper()));
        j.put("I2", r.i2());
        j.put("H2", r.h2());
        j.put("Q", r.q());
        j.put("Q_df", r.qDf());
        j.put("Q_p", r.qPval());
        j.put("pi_lb", val(r.piLower()));
        j.put("pi_ub", val(r.piUpper()));
        j.put("iterations", r.iterations());
        Transformed t = r.transformed();
        Map<String, Object> tr = new LinkedHashMap<>();
        tr.put("transform", t.transform().name().toLowerCase(java.util.Locale.ROOT));
        tr.put("estimate", t.estimate());
        tr.put("ci_lb", t.ciLower());
        tr.put("ci_ub", t.ciUpper());
        tr.put("pi_lb", val(t.piLower()));
        tr.put("pi_ub", val(t.piUpper()));
        j.put("transformed", tr);
        // one map per study when Gson asks for it: at k = 10 million a list of maps would not fit in the heap
        List<MetaReport.StudyRow> studyRows = r.studies();
        j.put("studies", new java.util.AbstractList<Map<String, Object>>() {
            @Override
            public Map<String, Object> get(int index) {
                MetaReport.StudyRow s = studyRows.get(index);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("study", s.study());
                m.put("yi", s.yi());
                m.put("vi", s.vi());
                m.put("weight_pct", s.weightPercent());
                return m;
            }

            @Override
            public int size() {
                return studyRows.size();
            }
        });
        r.leaveOneOut().ifPresent(rows -> j.put("leave_one_out", rows(rows, true)));
        r.cumulative().ifPresent(rows -> j.put("cumulative", rows(rows, false)));
        r.subgroups().ifPresent(s -> j.put("subgroups", subgroups(s)));
        r.metaRegression().ifPresent(m -> j.put("metareg", metareg(m)));
        r.egger().ifPresent(e -> j.put("egger", egger(e)));
        r.begg().ifPresent(b -> j.put("begg", begg(b)));
        r.trimFill().ifPresent(t2 -> j.put("trimfill", trimfill(t2)));
        if (!r.warnings().isEmpty()) {
            j.put("warnings", r.warnings());
        }
        return j;
    }

    private static List<Map<String, Object>> rows(List<SummaryRow> rows, boolean withQ) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SummaryRow s : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("study", s.label());
            m.put("estimate", s.estimate());
            m.put("ci_lb", s.ciLower());
            m.put("ci_ub", s.ciUpper());
            m.put("tau2", s.tau2());
            m.put("I2", s.i2());
            if (withQ) {
                m.put("Q", s.q());
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> subgroups(SubgroupResult s) {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Map.Entry<String, RmaResult> e : s.groups().entrySet()) {
            RmaResult g = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", g.k());
            m.put("estimate", g.estimate());
            m.put("ci_lb", g.ciLower());
            m.put("ci_ub", g.ciUpper());
            m.put("tau2", g.tau2());
            m.put("I2", g.i2());
            groups.put(e.getKey(), m);
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("groups", groups);
        j.put("Q_between", s.qBetween());
        j.put("Q_between_df", s.dfBetween());
        j.put("Q_between_p", s.pBetween());
        return j;
    }

    private static Map<String, Object> metareg(MetaRegressionResult m) {
        List<Map<String, Object>> coefs = new ArrayList<>();
        for (Coefficient c : m.coefficients()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", c.name());
            x.put("b", c.estimate());
            x.put("se", c.se());
            x.put("statistic", c.statistic());
            x.put("pval", c.pval());
            x.put("ci_lb", c.ciLower());
            x.put("ci_ub", c.ciUpper());
            coefs.add(x);
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("coefficients", coefs);
        j.put("QM", m.qm());
        j.put("QM_df", m.qmDf1());
        if (m.qmDf2().isPresent()) {
            j.put("QM_df2", m.qmDf2().getAsInt());
        }
        j.put("QM_p", m.qmPval());
        j.put("tau2", m.tau2());
        j.put("I2", m.i2());
        j.put("R2", val(m.r2()));
        return j;
    }

    private static Map<String, Object> egger(EggerResult e) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("statistic", e.statistic());
        j.put("pval", e.pval());
        j.put("limit_estimate", e.limitEstimate());
        return j;
    }

    private static Map<String, Object> begg(RankTestResult b) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("tau", b.tau());
        j.put("pval", b.pval());
        return j;
    }

    private static Map<String, Object> trimfill(TrimFillResult t) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("k0", t.k0());
        j.put("side", t.side());
        j.put("estimate", t.model().estimate());
        j.put("ci_lb", t.model().ciLower());
        j.put("ci_ub", t.model().ciUpper());
        j.put("tau2", t.model().tau2());
        return j;
    }

    private static Double val(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static Integer val(OptionalInt d) {
        return d.isPresent() ? d.getAsInt() : null;
    }

    static <T> T orNull(Optional<T> o) {
        return o.orElse(null);
    }
}
