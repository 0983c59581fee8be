package org.htaworkbench.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A headless subcommand of {@code ./workbench}: {@code ./workbench NAME ARGS...}. Implemented by clients and
 * contributed to the extension point {@code org.htaworkbench.cli.commands}; methods added in later versions come
 * with a default implementation (docs/api-policy.md).
 *
 * @since 0.1
 */
public interface Command {

    /** Exit code: the command ran (findings or results are not errors). */
    int OK = 0;
    /** Exit code: wrong usage (unknown option, missing argument). */
    int USAGE = 1;
    /** Exit code: an input file could not be read; the message names the file and the problem. */
    int UNREADABLE_INPUT = 2;
    /** Exit code: the input was read but the computation failed (e.g. an estimator did not converge). */
    int ANALYSIS_FAILED = 3;
    /** Exit code: the Java heap was too small for the input; the message names the size and the -Xmx to use. */
    int OUT_OF_MEMORY = 4;
    /**
     * Exit code: an unexpected error (a defect of the command); the message and the stack trace are on standard
     * error. Every failure ends with a message on standard error and a non-zero code, never with 0.
     */
    int INTERNAL_ERROR = 70;

    String name();

    /** One line for the command list. */
    String summary();

    /** Full usage text shown by {@code --help}. */
    String usage();

    /**
     * Runs the command. Expected failures are reported on {@code err} with one of the exit codes above; anything
     * the command lets escape is caught by the application and reported as {@link #OUT_OF_MEMORY} or
     * {@link #INTERNAL_ERROR}.
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
