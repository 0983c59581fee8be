package org.htaworkbench.cli.app.internal;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.htaworkbench.cli.EvidenceInput;
import org.htaworkbench.cli.EvidenceReportCommand;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.query.EvidenceSummary;
import org.htaworkbench.model.text.ControlChars;
import org.htaworkbench.validation.ConsistencyChecker;
import org.htaworkbench.validation.Finding;
import org.htaworkbench.validation.FindingsFormat;
import org.htaworkbench.validation.ReviewOverlap;
import org.htaworkbench.validation.Severity;

import com.google.gson.GsonBuilder;

/** {@code ./workbench validate [FILE] [--format text|json]}: the consistency checks on an evidence base. */
public class ValidateCommand extends EvidenceReportCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "consistency checks of the reported numbers (effects vs counts, percentages, CIs, p-values, overlap)";
    }

    @Override
    public String usage() {
        return """
                Usage: ./workbench validate [FILE] [--format text|json]
                Runs the consistency checks on FILE (an .htaevidence evidence base) or, without FILE, on the default
                evidence base, and prints the findings and the review-overlap matrix (corrected covered area).
                Findings are not errors: the exit code is 0 when the checks ran, 1 for wrong usage, 2 for an
                unreadable file.""";
    }

    @Override
    protected int report(EvidenceInput.Loaded loaded, String format, PrintStream out) {
        List<Finding> findings = ConsistencyChecker.check(loaded.base());
        ReviewOverlap overlap = ConsistencyChecker.reviewOverlap(loaded.base());
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("source", loaded.source());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Severity severity : Severity.values()) {
                counts.put(severity.name(), bySeverity.getOrDefault(severity, 0));
            }
            json.put("counts", counts);
            json.put("findings", findings.stream().map(FindingsFormat::toJsonObject).toList());
            Map<String, Object> overlapJson = new LinkedHashMap<>();
            overlapJson.put("reviews", overlap.reviews().stream().map(EvidenceSummary::label).toList());
            overlapJson.put("primary_studies", overlap.primaryStudies().stream().map(EvidenceSummary::label).toList());
            overlapJson.put("included", overlap.included());
            overlapJson.put("inclusions", overlap.inclusions());
            overlapJson.put("cca", Double.isNaN(overlap.cca()) ? null : overlap.cca());
            overlapJson.put("interpretation", overlap.interpretation());
            json.put("review_overlap", overlapJson);
            out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(json));
        } else {
            out.println(ControlChars.visible("Consistency checks: " + loaded.source()));
            StringBuilder counts = new StringBuilder();
            for (Severity severity : Severity.values()) {
                counts.append(counts.isEmpty() ? "" : ", ").append(bySeverity.getOrDefault(severity, 0)).append(' ')
                        .append(severity.name().toLowerCase(java.util.Locale.ROOT));
            }
            out.println(findings.size() + " findings (" + counts + ")");
            out.println();
            ReviewOverlap printableOverlap = printable(overlap);
            printFindings(findings, overlap, printableOverlap, out);
            out.println();
            out.println("Review overlap: " + overlap.summary());
            out.print(printableOverlap.table());
        }
        return OK;
    }

    /**
     * One line per finding, its message with control characters made visible: messages quote study and outcome
     * labels from the evidence base, and a line break in a label must not start a line that reads like another
     * finding. The one message with lines of its own, the overlap check's, ends with the citation matrix; that is
     * printed as the matrix of {@code printableOverlap}, which is the same text unless a label needs escaping.
     */
    private static void printFindings(List<Finding> findings, ReviewOverlap overlap, ReviewOverlap printableOverlap,
            PrintStream out) {
        String matrix = "\n" + overlap.table().stripTrailing();
        for (Finding f : findings) {
            String message = f.message();
            boolean endsWithMatrix = overlap.columns() > 0 && message.endsWith(matrix);
            if (endsWithMatrix) {
                message = message.substring(0, message.length() - matrix.length());
            }
            out.print(FindingsFormat.text(List.of(new Finding(f.severity(), f.check(), f.studyLabel(), f.outcomeLabel(),
                    ControlChars.visible(message), f.element()))));
            if (endsWithMatrix) {
                out.println(printableOverlap.table().stripTrailing());
            }
        }
    }

    /**
     * The overlap of copies of its studies whose label fields (first author, label, id: what the matrix labels are
     * made of) have their control characters made visible, so that {@link ReviewOverlap#table()} prints one line per
     * study. The validation bundle builds the labels, so they are escaped here at the text output.
     */
    private static ReviewOverlap printable(ReviewOverlap overlap) {
        return new ReviewOverlap(printable(overlap.reviews()), printable(overlap.primaryStudies()), overlap.included());
    }

    private static List<Study> printable(List<Study> studies) {
        return studies.stream().map(s -> {
            Study copy = EcoreUtil.copy(s);
            copy.setFirstAuthor(ControlChars.visible(s.getFirstAuthor()));
            copy.setLabel(ControlChars.visible(s.getLabel()));
            copy.setId(ControlChars.visible(s.getId()));
            return copy;
        }).toList();
    }
}
