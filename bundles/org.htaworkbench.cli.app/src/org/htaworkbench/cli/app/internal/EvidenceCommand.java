package org.htaworkbench.cli.app.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.cli.EvidenceInput;
import org.htaworkbench.cli.EvidenceReportCommand;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.model.text.ControlChars;

import com.google.gson.GsonBuilder;

/** {@code ./workbench evidence [FILE] [--format text|json]}: what an evidence base holds. */
public class EvidenceCommand extends EvidenceReportCommand {

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public String summary() {
        return "summary of an evidence base: studies by role and design, people, outcome coverage";
    }

    @Override
    public String usage() {
        return """
                Usage: ./workbench evidence [FILE] [--format text|json]
                Summarises FILE (an .htaevidence evidence base) or, without FILE, the default evidence base:
                studies by role and design, people in the key studies, and for each outcome category the key
                studies reporting it beside the count the source document states.
                Exit codes: 0 done, 1 wrong usage, 2 unreadable file.""";
    }

    @Override
    protected int report(EvidenceInput.Loaded loaded, String format, PrintStream out) {
        EvidenceSummary summary = EvidenceSummary.of(loaded.base());
        if (format.equals("json")) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(toJson(summary, loaded.source())));
        } else {
            printText(summary, loaded.source(), out);
        }
        return OK;
    }

    private static Map<String, Object> toJson(EvidenceSummary summary, String source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("title", summary.title());
        Map<String, Integer> roles = new LinkedHashMap<>();
        summary.studiesByRole().forEach((role, count) -> roles.put(role.getLiteral(), count));
        json.put("studies_by_role", roles);
        Map<String, Integer> designs = new LinkedHashMap<>();
        summary.keyStudiesByDesign().forEach((design, count) -> designs.put(design.getLiteral(), count));
        json.put("key_studies_by_design", designs);
        json.put("people_in_key_studies", summary.peopleInKeyStudies());
        json.put("key_studies_without_n", summary.keyStudiesWithoutN());
        json.put("outcome_coverage", summary.outcomeCoverage().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", c.category());
            row.put("kind", c.kind());
            row.put("key_studies", c.keyStudies());
            row.put("key_study_count", c.keyStudies().size());
            row.put("stated_count", c.statedCount());
            row.put("stated_count_text", c.statedCountText());
            row.put("disagrees_with_stated_count", c.disagreesWithStatedCount());
            return row;
        }).toList());
        return json;
    }

    /**
     * Every line goes through {@link #line}: titles, labels and category names come from the evidence base, and a
     * line break in one of them must not add a line to the report.
     */
    private static void printText(EvidenceSummary summary, String source, PrintStream out) {
        line(out, summary.title());
        line(out, "Source: " + source);
        out.println();
        line(out, "Studies by role:");
        summary.studiesByRole().forEach((role, count) -> line(out, String.format("  %-28s %4d", role.getLiteral(), count)));
        line(out, "Key studies by design:");
        summary.keyStudiesByDesign().forEach((design, count) -> line(out, String.format("  %-28s %4d", design.getLiteral(), count)));
        line(out, String.format("People in key studies (sum of reported n; reviews overlap, so not de-duplicated): %,d%s",
                summary.peopleInKeyStudies(),
                summary.keyStudiesWithoutN() > 0 ? " (" + summary.keyStudiesWithoutN() + " key studies report no n)" : ""));
        out.println();
        line(out, "Outcome coverage (key studies with a result in the category; the source's own count in brackets):");
        for (EvidenceSummary.OutcomeCoverage c : summary.outcomeCoverage()) {
            String stated = c.statedCount() == null ? "not stated" : "source: " + c.statedCount();
            line(out, String.format("  %-55s %2d [%s]%s", c.category() + " (" + c.kind() + ")", c.keyStudies().size(), stated,
                    c.disagreesWithStatedCount() ? "  <- differs" : ""));
            if (!c.keyStudies().isEmpty()) {
                line(out, "      " + String.join(", ", c.keyStudies()));
            }
        }
    }

    /** Prints one line of the text report with its control characters made visible ({@link ControlChars#visible}). */
    private static void line(PrintStream out, String text) {
        out.println(ControlChars.visible(text));
    }
}
