package org.htaworkbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.AnalysisOption;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.Study;
import org.htaworkbench.stats.ContinuityCorrection;
import org.htaworkbench.stats.Measure;
import org.htaworkbench.stats.PiType;
import org.htaworkbench.stats.StatsException;
import org.htaworkbench.stats.TestType;

/**
 * Runs {@link AnalysisDefinition}s: looks the analysis type up in the {@link AnalysisRegistry}, selects the results,
 * turns them into engine input and runs the engine. Definition options read here (others are for the analysis type
 * and are reported as warnings when it does not know them): {@code leaveOneOut}, {@code cumulative},
 * {@code egger}, {@code begg}, {@code trimFill} ({@code true}/{@code false}); {@code subgroupBy} and
 * {@code moderator} (the name of a covariate of the input, e.g. {@link StudyCovariates#DESIGN} or
 * {@link StudyCovariates#YEAR}; empty = none).
 */
public final class Analyses {

    /** Option keys understood by {@link #settings}. */
    public static final Set<String> OPTIONS = Set.of("leaveOneOut", "cumulative", "egger", "begg", "trimFill",
            "subgroupBy", "moderator");

    /** Option naming the covariate whose values split the studies into subgroups. */
    public static final String SUBGROUP_BY = "subgroupBy";
    /** Option naming the covariate used as the single moderator of a meta-regression. */
    public static final String MODERATOR = "moderator";

    private Analyses() {
    }

    /** Runs the definition with the type registered under its {@code analysisType}. */
    public static AnalysisResult run(AnalysisDefinition definition) {
        String typeId = definition.getAnalysisType();
        AnalysisTypeDescriptor type = AnalysisRegistry.find(typeId).orElseThrow(() -> new AnalysisException(
                name(definition) + ": unknown analysis type '" + typeId + "'; registered: "
                        + AnalysisRegistry.types().stream().map(AnalysisTypeDescriptor::id).toList()));
        return run(definition, type);
    }

    /** Runs the definition with the given type. */
    public static AnalysisResult run(AnalysisDefinition definition, AnalysisTypeDescriptor type) {
        List<String> warnings = new ArrayList<>();
        List<Result> results = select(definition, type.type());
        AnalysisInput input = type.type().prepare(definition, results);
        MetaSettings settings = settings(definition, type.type(), input, warnings);
        MetaReport report;
        try {
            report = type.type().analyse(input, settings);
        } catch (AnalysisException e) {
            throw new AnalysisException(name(definition) + ": " + e.getMessage(), e.resultId(), e);
        } catch (StatsException e) {
            throw new AnalysisException(name(definition) + ": " + e.getMessage(), null, e);
        }
        warnings.addAll(report.warnings());
        return new AnalysisResult(definition.getId(), definition.getName(), type, input, report, warnings);
    }

    /** The selected results, or when none are selected every result of the outcome that the type accepts. */
    public static List<Result> select(AnalysisDefinition definition, AnalysisType type) {
        List<Result> selected = new ArrayList<>();
        if (!definition.getResults().isEmpty()) {
            for (Result r : definition.getResults()) {
                if (!type.accepts(r)) {
                    throw new AnalysisException(name(definition) + ": result '" + r.getId() + "' ("
                            + r.eClass().getName() + ") cannot be analysed by " + definition.getAnalysisType(), r.getId(),
                            null);
                }
                selected.add(r);
            }
            return selected;
        }
        if (definition.getOutcome() == null) {
            throw new AnalysisException(name(definition) + ": neither results nor an outcome are selected");
        }
        EvidenceBase base = evidenceBase(definition);
        if (base != null) {
            for (Study study : base.getStudies()) {
                for (Result r : study.getResults()) {
                    if (r.getOutcome() == definition.getOutcome() && type.accepts(r)) {
                        selected.add(r);
                    }
                }
            }
        }
        if (selected.isEmpty()) {
            throw new AnalysisException(name(definition) + ": no result of outcome '" + definition.getOutcome().getId()
                    + "' can be analysed by " + definition.getAnalysisType());
        }
        return selected;
    }

    /** Engine settings from the definition. */
    public static MetaSettings settings(AnalysisDefinition d, AnalysisType type, AnalysisInput input,
            List<String> warnings) {
        Measure measure;
        String m = d.getMeasure();
        if (m == null || m.isBlank()) {
            measure = d.getMethod() == AnalysisMethod.PETO ? Measure.PETO : type.defaultMeasure(input);
        } else {
            try {
                measure = Measure.parse(m);
            } catch (StatsException e) {
                throw new AnalysisException(name(d) + ": " + e.getMessage());
            }
            if (!type.measures().contains(measure)) {
                throw new AnalysisException(name(d) + ": measure " + measure + " is not offered by "
                        + d.getAnalysisType() + " " + type.measures());
            }
        }
        MetaSettings.Builder b = MetaSettings.builder().measure(measure).method(d.getMethod().getLiteral())
                .test(TestType.parse(d.getTest().getLiteral())).piType(PiType.parse(d.getPredictionInterval().getLiteral()))
                .level(d.getConfidenceLevel())
                .continuityCorrection(new ContinuityCorrection(d.getContinuityCorrection(),
                        ContinuityCorrection.To.valueOf(d.getContinuityCorrectionMode().getName()), d.isDropDoubleZero()));
        for (AnalysisOption o : d.getOptions()) {
            String key = o.getKey();
            if (!OPTIONS.contains(key)) {
                warnings.add("option '" + key + "' is not used by " + d.getAnalysisType());
                continue;
            }
            String value = o.getValue() == null ? "" : o.getValue().trim();
            if (key.equals(SUBGROUP_BY)) {
                b.subgroupBy(value.isEmpty() ? null : value);
                continue;
            }
            if (key.equals(MODERATOR)) {
                b.moderators(value.isEmpty() ? List.of() : List.of(value));
                continue;
            }
            boolean on = bool(d, o);
            switch (key) {
                case "leaveOneOut" -> b.leaveOneOut(on);
                case "cumulative" -> b.cumulative(on, null);
                case "egger" -> b.egger(on);
                case "begg" -> b.begg(on);
                default -> b.trimFill(on);
            }
        }
        try {
            return b.build();
        } catch (StatsException | IllegalArgumentException e) {
            throw new AnalysisException(name(d) + ": " + e.getMessage());
        }
    }

    private static boolean bool(AnalysisDefinition d, AnalysisOption o) {
        String v = o.getValue() == null ? "" : o.getValue().trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new AnalysisException(name(d) + ": option '" + o.getKey() + "' must be true or false, not '" + o.getValue() + "'");
    }

    static EvidenceBase evidenceBase(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof EvidenceBase b) {
                return b;
            }
        }
        return null;
    }

    static String name(AnalysisDefinition d) {
        return "analysis '" + (d.getName() != null ? d.getName() : d.getId()) + "'";
    }

    /**
     * A RevMan-style text summary of the report (studies with weights, total, prediction interval, heterogeneity,
     * overall test and the sections asked for), as {@code ./workbench meta} prints it; for a monospaced font.
     */
    public static String summaryText(MetaReport report, String title) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8)) {
            org.htaworkbench.analysis.internal.ReportText.print(report, title, out);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Label of a study for tables: its label, else first author and year, else its id. */
    public static String studyLabel(Study s) {
        if (s == null) {
            return "(no study)";
        }
        if (s.getLabel() != null && !s.getLabel().isBlank()) {
            return s.getLabel();
        }
        if (s.getFirstAuthor() != null) {
            return s.getFirstAuthor() + (s.getYear() != null ? " " + s.getYear() : "");
        }
        return s.getId();
    }
}
