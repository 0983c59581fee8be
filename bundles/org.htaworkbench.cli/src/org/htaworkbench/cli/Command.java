package org.htaworkbench.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless subcommand of {@code ./workbench}: {@code ./workbench NAME ARGS...}. */
public interface Command {

    /** Exit code: the command ran (findings or results are not errors). */
    int OK = 0;
    /** Exit code: wrong usage (unknown option, missing argument). */
    int USAGE = 1;
    /** Exit code: an input file could not be read; the message names the file and the problem. */
    int UNREADABLE_INPUT = 2;

    String name();

    /** One line for the command list. */
    String summary();

    /** Full usage text shown by {@code --help}. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
