package org.htaworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htaworkbench.cli.app.internal.CliApplication;

/** Runs a command in-process and captures its exit code and output streams. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CliApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRunner(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard error without the lines about this bundle's deliberately broken contributions. */
    String commandErr() {
        return err.lines().filter(l -> !l.startsWith("Ignoring command '")).collect(java.util.stream.Collectors.joining("\n"));
    }
}
