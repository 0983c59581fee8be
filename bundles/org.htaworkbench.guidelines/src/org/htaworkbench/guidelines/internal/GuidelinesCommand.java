package org.htaworkbench.guidelines.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.htaworkbench.cli.Command;
import org.htaworkbench.cli.EvidenceInput;
import org.htaworkbench.cli.Options;
import org.htaworkbench.cli.UsageException;
import org.htaworkbench.guidelines.GuidelineComparator;
import org.htaworkbench.guidelines.GuidelineComparison;
import org.htaworkbench.guidelines.GuidelineDataException;
import org.htaworkbench.guidelines.QuestionSet;
import org.htaworkbench.guidelines.SchemeRegistry;
import org.htaworkbench.guidelines.SchemeSet;
import org.htaworkbench.model.persistence.EvidenceResourceException;

/** {@code ./workbench guidelines [FILE] [--format text|json] [--questions FILE] [--mappings FILE] [--tables]}. */
public class GuidelinesCommand implements Command {

    private final Supplier<SchemeRegistry.Contributions> contributions;

    public GuidelinesCommand() {
        this(SchemeRegistry::fromPlatform);
    }

    /** For tests and embedding: schemes and question data from elsewhere than the platform registry. */
    public GuidelinesCommand(Supplier<SchemeRegistry.Contributions> contributions) {
        this.contributions = contributions;
    }

    @Override
    public String name() {
        return "guidelines";
    }

    @Override
    public String summary() {
        return "guideline positions by question (published and normalised) and where bodies diverge, and why";
    }

    @Override
    public String usage() {
        return """
                Usage: ./workbench guidelines [FILE] [--format text|json] [--questions QFILE] [--mappings MFILE] [--tables]
                Compares the guideline and HTA positions of FILE (an .htaevidence evidence base) or, without FILE,
                the default evidence base: for each question the positions with their published grades and the
                normalised position (direction / strength / certainty), then the divergences with explanations
                (evidence timeline, published evidence basis, differences in population, intervention, comparator).
                  --questions QFILE  question data (JSON) instead of the contributed data for this evidence base
                  --mappings MFILE   mapping overrides (CSV: scheme,dimension,code,label,aliases,direction,strength,
                                     certainty,description); see docs/guidelines.md
                  --tables           also print every scheme's mapping table
                Exit codes: 0 done, 1 wrong usage, 2 unreadable file.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        String format;
        try {
            options = Options.parse(args, Set.of("format", "questions", "mappings"), Set.of("tables"));
            format = options.choice("format", "text", List.of("text", "json"));
            if (options.positional().size() > 1) {
                throw new UsageException("at most one FILE, got " + options.positional());
            }
        } catch (UsageException e) {
            err.println("guidelines: " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        EvidenceInput.Loaded loaded;
        try {
            loaded = EvidenceInput.load(options.positional().isEmpty() ? null : options.positional().get(0));
        } catch (EvidenceResourceException e) {
            err.println("guidelines: " + e.getMessage());
            return UNREADABLE_INPUT;
        }
        SchemeRegistry.Contributions c = contributions.get();
        c.problems().forEach(p -> err.println("guidelines: " + p));
        SchemeSet schemes = c.schemes();
        QuestionSet questions;
        try {
            if (options.has("mappings")) {
                schemes = schemes.withOverrides(Path.of(options.get("mappings", null)));
            }
            questions = options.has("questions") ? QuestionSet.read(Path.of(options.get("questions", null)))
                    : c.questionsFor(loaded.base().getId());
        } catch (GuidelineDataException e) {
            err.println("guidelines: " + e.getMessage());
            return UNREADABLE_INPUT;
        }
        GuidelineComparison comparison = new GuidelineComparator(schemes).compare(loaded.base(), loaded.source(), questions);
        if (format.equals("json")) {
            out.println(JsonReport.toJson(comparison, options.has("tables")));
        } else {
            TextReport.print(comparison, options.has("tables"), out);
        }
        return OK;
    }
}
