package org.htaworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure of a command ends with a message on standard error and a non-zero exit code (issue 10, defect 1:
 * an exception escaping a command used to exit 0 with no output, the trace only in the configuration area's log).
 */
class CommandFailureTest {

    @Test
    void anUncaughtExceptionExitsWithInternalErrorAndSaysSo() {
        CliRunner result = CliRunner.run("test-fail", "runtime");
        assertEquals(Command.INTERNAL_ERROR, result.exitCode());
        assertTrue(result.commandErr().startsWith("test-fail: internal error: java.lang.IllegalStateException: unexpected state"),
                result.err());
        assertTrue(result.err().contains("at org.htaworkbench.cli.tests.FailingCommand.run"), "trace on stderr: " + result.err());
        assertEquals("partial output", result.out().strip(), "what was printed before the failure is kept");
    }

    @Test
    void anErrorExitsWithInternalError() {
        CliRunner result = CliRunner.run("test-fail", "error");
        assertEquals(Command.INTERNAL_ERROR, result.exitCode());
        assertTrue(result.err().contains("internal error: java.lang.AssertionError: broken invariant"), result.err());
    }

    @Test
    void runningOutOfHeapNamesTheHeapAndTheOptionToUse() {
        CliRunner result = CliRunner.run("test-fail", "oom");
        assertEquals(Command.OUT_OF_MEMORY, result.exitCode());
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(result.err().contains("out of memory: the input needs more than the Java heap of " + mb + " MB"),
                result.err());
        assertTrue(result.err().contains("HTA_WORKBENCH_VMARGS=-Xmx"), result.err());
    }

    /** The reproduction of the issue: a huge Q made Hipparchus throw inside the p-value, and the process said 0. */
    @Test
    void hugeEffectSizesGiveAMessageAndANonZeroCode(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("h.csv"), "study,yi,vi\nA,1e200,0.04\nB,-1e200,0.05\nC,0,0.06\n");
        CliRunner result = CliRunner.run("meta", csv.toString(), "--method", "DL");
        assertEquals(Command.ANALYSIS_FAILED, result.exitCode(), result.err());
        assertTrue(result.commandErr().startsWith("meta: " + csv + ": analysis failed: "), result.err());
        assertTrue(result.err().contains("double precision"), result.err());
    }

    @Test
    void aDirectoryIsNotReportedAsAMissingFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("data.csv"));
        CliRunner result = CliRunner.run("meta", folder.toString());
        assertEquals(Command.UNREADABLE_INPUT, result.exitCode());
        assertEquals("meta: " + folder + ": is a directory, not a CSV file", result.commandErr().strip());
    }
}
