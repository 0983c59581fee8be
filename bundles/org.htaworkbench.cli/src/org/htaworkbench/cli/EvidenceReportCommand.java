package org.htaworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.htaworkbench.model.persistence.EvidenceResourceException;

/**
 * Base of the commands shaped {@code ./workbench NAME [FILE] [--format text|json]}: parses the arguments, loads FILE
 * or the default evidence base, reports usage errors (exit 1) and unreadable files (exit 2), and hands the loaded
 * evidence base to {@link #report}. Extended by clients.
 *
 * @since 0.1
 */
public abstract class EvidenceReportCommand implements Command {

    /** Prints the report on the loaded evidence base in the chosen format ("text" or "json"); returns the exit code. */
    protected abstract int report(EvidenceInput.Loaded loaded, String format, PrintStream out);

    @Override
    public final int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        String format;
        try {
            options = Options.parse(args, Set.of("format"), Set.of());
            format = options.choice("format", "text", List.of("text", "json"));
            if (options.positional().size() > 1) {
                throw new UsageException("at most one FILE, got " + options.positional());
            }
        } catch (UsageException e) {
            err.println(name() + ": " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        EvidenceInput.Loaded loaded;
        try {
            loaded = EvidenceInput.load(options.positional().isEmpty() ? null : options.positional().get(0));
        } catch (EvidenceResourceException e) {
            err.println(name() + ": " + e.getMessage());
            return UNREADABLE_INPUT;
        }
        return report(loaded, format, out);
    }
}
