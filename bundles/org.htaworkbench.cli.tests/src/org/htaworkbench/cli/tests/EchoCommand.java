package org.htaworkbench.cli.tests;

import java.io.PrintStream;
import java.util.List;

import org.htaworkbench.cli.Command;

/** A contributed command for the tests: prints its arguments. */
public class EchoCommand implements Command {

    @Override
    public String name() {
        return "test-echo";
    }

    @Override
    public String summary() {
        return "prints its arguments (test contribution)";
    }

    @Override
    public String usage() {
        return "Usage: ./workbench test-echo ARGS...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println(String.join("|", args));
        return OK;
    }
}
