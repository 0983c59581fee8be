package org.htaworkbench.cli.tests;

import java.io.PrintStream;
import java.util.List;

import org.htaworkbench.cli.Command;

/**
 * A contributed command for the tests that fails the way a defective command would: {@code test-fail runtime}
 * throws an unchecked exception after printing a line, {@code test-fail oom} runs out of heap, {@code test-fail
 * error} throws an Error.
 */
public class FailingCommand implements Command {

    @Override
    public String name() {
        return "test-fail";
    }

    @Override
    public String summary() {
        return "fails on purpose (test contribution)";
    }

    @Override
    public String usage() {
        return "Usage: ./workbench test-fail runtime|oom|error";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("partial output");
        switch (args.isEmpty() ? "" : args.get(0)) {
            case "oom" -> throw new OutOfMemoryError("Java heap space");
            case "error" -> throw new AssertionError("broken invariant");
            default -> throw new IllegalStateException("unexpected state");
        }
    }
}
