package org.htaworkbench.importers.internal.revman;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.Doi;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedStudyData;
import org.htaworkbench.importers.Position;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.AnalysisMethod;
import org.htaworkbench.model.Arm;
import org.htaworkbench.model.ArmCountResult;
import org.htaworkbench.model.ArmKind;
import org.htaworkbench.model.Citation;
import org.htaworkbench.model.EffectEstimateResult;
import org.htaworkbench.model.EffectMeasure;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.Interval;
import org.htaworkbench.model.IntervalKind;
import org.htaworkbench.model.OutcomeCategory;
import org.htaworkbench.model.OutcomeDefinition;
import org.htaworkbench.model.ReportedValue;
import org.htaworkbench.model.Result;
import org.htaworkbench.model.StatisticKind;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.SummaryStatisticResult;
import org.htaworkbench.model.values.Reported;

/**
 * Maps a RevMan 5 review's included studies and analyses to the model: each study with its primary reference; per
 * comparison and study two arms (RevMan's group 1, the experimental, and group 2); per data row the arm-level results
 * as printed (DICH_DATA: events and totals; CONT_DATA: mean, SD and total; IV_DATA: the estimate with its CI); per
 * outcome an outcome category and definition, and analysis definitions that pool as RevMan did: one for the outcome
 * and one for each of its subgroups, each with the result RevMan stored for it in its note.
 *
 * <p>
 * RevMan's methods map to the engine's: M-H fixed to MH, M-H random to MH_DL (RevMan's own random-effects model),
 * I-V fixed to FE, I-V random to DL, Peto to PETO. RevMan computes the standardised mean difference with its own
 * variance formula; the engine uses metafor's, so an SMD analysis differs from RevMan's in the later digits (the note
 * says so).
 */
final class RevManMapper {

    /** XmlConvert-style escapes RevMan writes into ids for characters an XML name cannot hold: "_x002d_" is "-". */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final EvidenceFactory F = EvidenceFactory.eINSTANCE;

    private enum DataKind {
        DICH("DICH_OUTCOME", "DICH_SUBGROUP", "DICH_DATA"),
        CONT("CONT_OUTCOME", "CONT_SUBGROUP", "CONT_DATA"),
        IV("IV_OUTCOME", "IV_SUBGROUP", "IV_DATA");

        final String outcome;
        final String subgroup;
        final String data;

        DataKind(String outcome, String subgroup, String data) {
            this.outcome = outcome;
            this.subgroup = subgroup;
            this.data = data;
        }
    }

    private final String file;
    private final String title;
    private final RevManElement studiesPart;
    private final RevManElement analysesPart;
    private final ImportSink sink;
    private final ImportedStudyData.Builder data;
    private final Map<String, Study> studies = new LinkedHashMap<>();
    private final Map<String, Study> studiesByPlainId = new HashMap<>();
    private final Map<String, Arm> arms = new HashMap<>();
    private final Map<String, String> footnotes = new HashMap<>();
    private int rowNumber;
    private int order;

    RevManMapper(String file, String title, RevManElement studies, RevManElement analyses, ImportSink sink) {
        this.file = file;
        this.title = title;
        this.studiesPart = studies;
        this.analysesPart = analyses;
        this.sink = sink;
        this.data = ImportedStudyData.builder("RevMan 5 review" + (title.isEmpty() ? "" : " '" + title + "'"));
    }

    void map() {
        if (studiesPart != null) {
            for (RevManElement s : studiesPart.children("STUDY")) {
                study(s);
            }
        }
        if (analysesPart == null) {
            sink.problem(ImportProblem.warning(new Position(file, 0, 0, "ANALYSES_AND_DATA"), "ANALYSES_AND_DATA",
                    "the review has no analyses: only its " + studies.size() + " included studies are imported"));
        } else {
            for (RevManElement comparison : analysesPart.children("COMPARISON")) {
                comparison(comparison);
            }
        }
        sink.studies(data.build());
    }

    private void study(RevManElement s) {
        String id = s.attribute("ID");
        Position at = at(s, "STUDY");
        if (id == null || id.isBlank()) {
            skip(at, "ID", "a study without an ID was skipped (its data rows could not name it)");
            return;
        }
        Study study = F.createStudy();
        study.setId(idSafe(id));
        String name = s.attribute("NAME");
        String label = name == null || name.isBlank() ? plainName(id) : name.strip();
        study.setLabel(label);
        Matcher year = YEAR.matcher(s.attribute("YEAR") == null ? label : s.attribute("YEAR"));
        if (year.find()) {
            study.setYear(Integer.valueOf(year.group(1)));
        }
        study.setFirstAuthor(label.replaceFirst("\\s*\\d{4}[a-z]?\\s*$", ""));
        RevManElement primary = null;
        for (RevManElement r : s.children("REFERENCE")) {
            if (primary == null || "YES".equalsIgnoreCase(r.attribute("PRIMARY"))) {
                primary = r;
            }
        }
        if (primary != null) {
            study.setCitation(citation(primary));
        }
        studies.put(id, study);
        studiesByPlainId.putIfAbsent(plainId(id), study);
        data.study(study, at);
    }

    private static Citation citation(RevManElement r) {
        Citation c = F.createCitation();
        c.setAuthors(blankToNull(r.childText("AU")));
        c.setTitle(blankToNull(r.childText("TI")));
        c.setJournal(blankToNull(r.childText("SO")));
        Matcher year = YEAR.matcher(r.childText("YR"));
        if (year.find()) {
            c.setYear(Integer.valueOf(year.group(1)));
        }
        c.setVolume(blankToNull(r.childText("VL")));
        c.setIssue(blankToNull(r.childText("NO")));
        c.setPages(blankToNull(r.childText("PG")));
        RevManElement ids = r.child("IDENTIFIERS");
        if (ids != null) {
            for (RevManElement i : ids.children("IDENTIFIER")) {
                if ("DOI".equalsIgnoreCase(i.attribute("TYPE")) && i.attribute("VALUE") != null) {
                    String doi = Doi.clean(i.attribute("VALUE"));
                    if (!doi.isEmpty()) {
                        c.setUrl("https://doi.org/" + doi);
                    }
                }
            }
        }
        return c;
    }

    private void comparison(RevManElement comparison) {
        String cmpId = comparison.attribute("ID") == null ? "CMP-" + comparison.attribute("NO") : comparison.attribute("ID");
        String cmpName = comparison.childText("NAME");
        for (RevManElement child : comparison.children()) {
            for (DataKind kind : DataKind.values()) {
                if (child.name().equals(kind.outcome)) {
                    outcome(child, kind, cmpId, cmpName, comparison.attribute("NO"));
                }
            }
        }
    }

    private void outcome(RevManElement o, DataKind kind, String cmpId, String cmpName, String cmpNo) {
        Position at = at(o, kind.outcome);
        String id = o.attribute("ID") != null ? o.attribute("ID") : cmpId + "." + o.attribute("NO");
        String name = o.childText("NAME");
        String number = (cmpNo == null ? "?" : cmpNo) + "." + (o.attribute("NO") == null ? "?" : o.attribute("NO"));
        footnotes.clear();
        RevManElement notes = o.child("FOOTNOTES");
        if (notes != null) {
            for (RevManElement f : notes.children("FOOTNOTE")) {
                if (f.attribute("ID") != null) {
                    footnotes.put(f.attribute("ID"), f.text());
                }
            }
        }
        OutcomeCategory category = F.createOutcomeCategory();
        category.setId(idSafe("cat-" + id));
        category.setName(name.isEmpty() ? "Outcome " + number : name);
        category.setOrder(++order);
        data.category(category, at);
        OutcomeDefinition outcome = F.createOutcomeDefinition();
        outcome.setId(idSafe(id));
        outcome.setName(category.getName());
        outcome.setCategory(category);
        outcome.setDefinition("RevMan analysis " + number + " of comparison '" + cmpName + "'"
                + (o.childText("GROUP_LABEL_1").isEmpty() ? ""
                        : ": " + o.childText("GROUP_LABEL_1") + " versus " + o.childText("GROUP_LABEL_2")));
        data.outcome(outcome, at);

        String measure = measure(o);
        List<Result> all = new ArrayList<>();
        List<RevManElement> subgroups = o.children(kind.subgroup);
        if (subgroups.isEmpty()) {
            for (RevManElement row : o.children(kind.data)) {
                all.addAll(row(row, kind, o, outcome, cmpId, null, null, measure));
            }
        } else {
            for (RevManElement sg : subgroups) {
                String sgName = sg.childText("NAME");
                String sgLabel = sgName.isEmpty() ? "Subgroup " + sg.attribute("NO") : sgName;
                String sgId = sg.attribute("ID") != null ? sg.attribute("ID") : id + "." + sg.attribute("NO");
                List<Result> inSubgroup = new ArrayList<>();
                for (RevManElement row : sg.children(kind.data)) {
                    inSubgroup.addAll(row(row, kind, o, outcome, cmpId, sgId, sgLabel, measure));
                }
                all.addAll(inSubgroup);
                String sgNumber = number + "." + (sg.attribute("NO") == null ? "?" : sg.attribute("NO"));
                analysis(o, sg, kind, sgId,
                        "Analysis " + sgNumber + ": " + category.getName() + ": " + sgLabel, outcome, inSubgroup, measure,
                        at(sg, kind.subgroup));
            }
        }
        analysis(o, o, kind, id, "Analysis " + number + ": " + category.getName(), outcome, all, measure, at);
    }

    /** The outcome's effect measure: an attribute of DICH and CONT outcomes, a child element of IV outcomes. */
    private static String measure(RevManElement o) {
        String m = o.attribute("EFFECT_MEASURE");
        if (m == null || m.isBlank()) {
            m = o.childText("EFFECT_MEASURE");
        }
        return m == null ? "" : m.strip().toUpperCase(Locale.ROOT);
    }

    /** One data row: the arm-level results it gives, or none when it is skipped (reported). */
    private List<Result> row(RevManElement row, DataKind kind, RevManElement outcomeElement, OutcomeDefinition outcome,
            String cmpId, String subgroupId, String subgroup, String measure) {
        rowNumber++;
        Position at = new Position(file, row.line(), rowNumber, kind.data);
        String studyId = row.attribute("STUDY_ID");
        Study study = studyId == null ? null : studies.get(studyId);
        if (study == null && studyId != null) {
            study = studiesByPlainId.get(plainId(studyId));
        }
        if (study == null) {
            skip(at, "STUDY_ID", "data row " + rowNumber + " of analysis '" + outcome.getName() + "' names the study '"
                    + studyId + "', which is not among the review's included studies; skipped");
            return List.of();
        }
        String note = note(row);
        // ids are XML IDREFs in the saved evidence base: no white space
        String base = idSafe((subgroupId != null ? subgroupId : outcome.getId()) + "/" + study.getId());
        List<Result> made = new ArrayList<>();
        switch (kind) {
            case DICH -> {
                ReportedValue e1 = number(row, "EVENTS_1", at, study), n1 = number(row, "TOTAL_1", at, study);
                ReportedValue e2 = number(row, "EVENTS_2", at, study), n2 = number(row, "TOTAL_2", at, study);
                if (e1 == null || n1 == null || e2 == null || n2 == null) {
                    return List.of();
                }
                made.add(counts(base + "/1", study, arm(study, cmpId, 1, outcomeElement), e1, n1));
                made.add(counts(base + "/2", study, arm(study, cmpId, 2, outcomeElement), e2, n2));
            }
            case CONT -> {
                ReportedValue m1 = number(row, "MEAN_1", at, study), sd1 = number(row, "SD_1", at, study);
                ReportedValue n1 = number(row, "TOTAL_1", at, study), m2 = number(row, "MEAN_2", at, study);
                ReportedValue sd2 = number(row, "SD_2", at, study), n2 = number(row, "TOTAL_2", at, study);
                if (m1 == null || sd1 == null || n1 == null || m2 == null || sd2 == null || n2 == null) {
                    return List.of();
                }
                made.add(mean(base + "/1", study, arm(study, cmpId, 1, outcomeElement), m1, sd1, n1));
                made.add(mean(base + "/2", study, arm(study, cmpId, 2, outcomeElement), m2, sd2, n2));
            }
            case IV -> {
                ReportedValue est = number(row, "EFFECT_SIZE", at, study);
                ReportedValue lo = number(row, "CI_START", at, study), hi = number(row, "CI_END", at, study);
                if (est == null || lo == null || hi == null) {
                    return List.of();
                }
                EffectEstimateResult r = F.createEffectEstimateResult();
                r.setId(base);
                r.setMeasure(effectMeasure(measure));
                r.setMeasureText(measure);
                r.setExperimentalArm(arm(study, cmpId, 1, outcomeElement));
                r.setComparatorArm(arm(study, cmpId, 2, outcomeElement));
                r.setEstimate(est);
                Interval ci = F.createInterval();
                ci.setKind(IntervalKind.CONFIDENCE_INTERVAL);
                ci.setLevel(level(outcomeElement.attribute("CI_STUDY")));
                ci.setLower(lo);
                ci.setUpper(hi);
                r.setInterval(ci);
                made.add(r);
            }
        }
        for (Result r : made) {
            r.setStudy(study);
            r.setOutcome(outcome);
            r.setSubgroup(subgroup);
            r.setNote(note);
            study.getResults().add(r);
            data.at(r, at);
        }
        return made;
    }

    /** Footnotes of a data row: FOOTNOTE elements inside it, or ids in its FOOTNOTES attribute. */
    private String note(RevManElement row) {
        List<String> notes = new ArrayList<>();
        for (RevManElement f : row.children("FOOTNOTE")) {
            if (!f.text().isEmpty()) {
                notes.add(f.text());
            }
        }
        String refs = row.attribute("FOOTNOTES");
        if (refs != null) {
            for (String ref : refs.split("[\\s,]+")) {
                String text = footnotes.get(ref);
                if (text != null && !text.isEmpty()) {
                    notes.add(text);
                }
            }
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    /** A numeric attribute as printed, or null (the row skipped, reported) when it is missing, empty or no number. */
    private ReportedValue number(RevManElement row, String attribute, Position at, Study study) {
        String text = row.attribute(attribute);
        if (text == null || text.isBlank()) {
            skip(at.withPath(row.name() + "/@" + attribute), attribute, "data row " + at.record() + " (" + study.getLabel()
                    + ") has " + (text == null ? "no " + attribute : "an empty " + attribute) + "; the row was skipped");
            return null;
        }
        ReportedValue v = Reported.of(text.strip());
        if (v.getValue() == null || !Double.isFinite(v.getValue())) {
            skip(at.withPath(row.name() + "/@" + attribute), attribute, "data row " + at.record() + " (" + study.getLabel()
                    + "): " + attribute + " '" + text + "' is not a number; the row was skipped");
            return null;
        }
        return v;
    }

    private static ArmCountResult counts(String id, Study study, Arm arm, ReportedValue events, ReportedValue total) {
        ArmCountResult r = F.createArmCountResult();
        r.setId(id);
        r.setArm(arm);
        r.setEvents(events);
        r.setTotal(total);
        r.setText(events.getText() + "/" + total.getText());
        return r;
    }

    private static SummaryStatisticResult mean(String id, Study study, Arm arm, ReportedValue m, ReportedValue sd,
            ReportedValue n) {
        SummaryStatisticResult r = F.createSummaryStatisticResult();
        r.setId(id);
        r.setArm(arm);
        r.setStatistic(StatisticKind.MEAN);
        r.setValue(m);
        r.setStandardDeviation(sd);
        r.setTotal(n);
        r.setText(m.getText() + " (SD " + sd.getText() + "), n = " + n.getText());
        return r;
    }

    /** The study's arm for RevMan's group 1 or 2 of a comparison, named by the outcome's group label. */
    private Arm arm(Study study, String cmpId, int group, RevManElement outcome) {
        String label = outcome.childText("GROUP_LABEL_" + group);
        if (label.isEmpty()) {
            label = group == 1 ? "Experimental" : "Control";
        }
        String key = study.getId() + "/" + cmpId + "/" + group + "/" + label;
        Arm arm = arms.get(key);
        if (arm == null) {
            arm = F.createArm();
            long same = arms.keySet().stream().filter(k -> k.startsWith(study.getId() + "/" + cmpId + "/" + group + "/"))
                    .count();
            arm.setId(idSafe(study.getId() + "/" + cmpId + "/" + group + (same == 0 ? "" : "-" + (same + 1))));
            arm.setLabel(label);
            arm.setKind(group == 1 ? ArmKind.INTERVENTION : ArmKind.COMPARATOR);
            arm.setDescription("Group " + group + " of RevMan comparison " + cmpId);
            study.getArms().add(arm);
            arms.put(key, arm);
        }
        return arm;
    }

    private void analysis(RevManElement outcomeElement, RevManElement totals, DataKind kind, String id, String name,
            OutcomeDefinition outcome, List<Result> results, String measure, Position at) {
        if (results.isEmpty()) {
            return;
        }
        AnalysisDefinition d = F.createAnalysisDefinition();
        d.setId(idSafe("revman-" + id));
        d.setName(name);
        d.setOutcome(outcome);
        d.getResults().addAll(results);
        String method = outcomeElement.attribute("METHOD") == null ? ""
                : outcomeElement.attribute("METHOD").toUpperCase(Locale.ROOT);
        boolean random = "YES".equalsIgnoreCase(outcomeElement.attribute("RANDOM"));
        List<String> notes = new ArrayList<>();
        switch (kind) {
            case DICH -> {
                d.setAnalysisType("org.htaworkbench.analysis.pairwise");
                boolean peto = method.equals("PETO") || measure.equals("PETO_OR");
                d.setMeasure(peto ? "PETO" : switch (measure) {
                    case "OR" -> "OR";
                    case "RD" -> "RD";
                    default -> "RR";
                });
                if (peto) {
                    d.setMethod(AnalysisMethod.PETO);
                } else if (method.equals("IV")) {
                    d.setMethod(random ? AnalysisMethod.DL : AnalysisMethod.FE);
                } else {
                    d.setMethod(random ? AnalysisMethod.MH_DL : AnalysisMethod.MH);
                }
            }
            case CONT -> {
                d.setAnalysisType("org.htaworkbench.analysis.means");
                d.setMeasure(measure.equals("SMD") ? "SMD" : "MD");
                d.setMethod(random ? AnalysisMethod.DL : AnalysisMethod.FE);
                if (measure.equals("SMD")) {
                    notes.add("RevMan 5 computes the SMD's variance with its own formula; this analysis uses metafor's "
                            + "(Hedges' g, exact correction), so it differs from RevMan's result in the later digits.");
                }
            }
            case IV -> {
                d.setAnalysisType("org.htaworkbench.analysis.generic");
                d.setMeasure(switch (measure) {
                    case "RR", "OR", "HR", "PETO_OR" -> "GEN_LOG";
                    default -> "GEN";
                });
                d.setMethod(random ? AnalysisMethod.DL : AnalysisMethod.FE);
            }
        }
        Double level = level(outcomeElement.attribute("CI_TOTAL"));
        if (level != null) {
            d.setConfidenceLevel(level);
        }
        notes.add(0, stored(totals, measure, method, random));
        d.setNote(String.join("\n", notes));
        data.analysis(d, at);
    }

    /** What RevMan stored for the pooled result, attribute by attribute as written. */
    private static String stored(RevManElement t, String measure, String method, boolean random) {
        StringBuilder s = new StringBuilder("Imported from RevMan 5 (").append(method.isEmpty() ? "?" : method)
                .append(random ? ", random" : ", fixed").append("). RevMan stored: ").append(measure.isEmpty() ? "effect" : measure);
        s.append(' ').append(t.attribute("EFFECT_SIZE") == null ? "?" : t.attribute("EFFECT_SIZE"));
        s.append(" [").append(orQ(t.attribute("CI_START"))).append(", ").append(orQ(t.attribute("CI_END"))).append(']');
        append(s, "; Tau² = ", t.attribute("TAU2"));
        append(s, "; Chi² = ", t.attribute("CHI2"));
        append(s, ", df = ", t.attribute("DF"));
        append(s, " (P = ", t.attribute("P_CHI2"), ")");
        append(s, "; I² = ", t.attribute("I2"), "%");
        append(s, "; Z = ", t.attribute("Z"));
        append(s, " (P = ", t.attribute("P_Z"), ")");
        append(s, "; studies: ", t.attribute("STUDIES"));
        append(s, "; participants: ", t.attribute("TOTAL_1"));
        append(s, " + ", t.attribute("TOTAL_2"));
        return s.append('.').toString();
    }

    private static void append(StringBuilder s, String label, String value) {
        append(s, label, value, "");
    }

    private static void append(StringBuilder s, String label, String value, String after) {
        if (value != null && !value.isBlank()) {
            s.append(label).append(value).append(after);
        }
    }

    private static String orQ(String v) {
        return v == null ? "?" : v;
    }

    private static Double level(String v) {
        try {
            double d = v == null ? Double.NaN : Double.parseDouble(v.strip());
            return d > 0 && d < 100 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static EffectMeasure effectMeasure(String m) {
        return switch (m) {
            case "RR" -> EffectMeasure.RR;
            case "OR", "PETO_OR" -> EffectMeasure.OR;
            case "HR" -> EffectMeasure.HR;
            case "MD" -> EffectMeasure.MD;
            case "SMD" -> EffectMeasure.SMD;
            case "RD" -> EffectMeasure.RD;
            default -> EffectMeasure.OTHER;
        };
    }

    private void skip(Position at, String field, String message) {
        sink.problem(ImportProblem.skipped(at, field, message));
    }

    private Position at(RevManElement e, String path) {
        return new Position(file, e.line(), 0, path);
    }

    /** An id with RevMan's escapes decoded ("STD-El_x002d_Daher-1991" is "STD-El-Daher-1991"). */
    static String unescape(String id) {
        Matcher m = ESCAPE.matcher(id);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The id compared loosely: escapes decoded, doubled hyphens single (some files write "--" in one place only). */
    private static String plainId(String id) {
        return unescape(id).replaceAll("-{2,}", "-").toLowerCase(Locale.ROOT);
    }

    /** A label from an id when the study has no NAME: "STD-El_x002d_Daher-1991" gives "El-Daher 1991". */
    static String plainName(String id) {
        String s = id.startsWith("STD-") ? id.substring(4) : id;
        Matcher year = Pattern.compile("^(.*?)-(\\d{4}[a-z]?)$").matcher(s);
        String name = year.matches() ? year.group(1).replace('-', ' ') + " " + year.group(2) : s.replace('-', ' ');
        return unescape(name);
    }

    private static String idSafe(String id) {
        return id.replaceAll("\\s+", "_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
