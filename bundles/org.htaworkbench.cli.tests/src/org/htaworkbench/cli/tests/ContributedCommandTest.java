package org.htaworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;

/** Commands contributed through org.htaworkbench.cli.commands by another bundle (this one). */
class ContributedCommandTest {

    @Test
    void contributedCommandRunsWithItsArguments() {
        CliRunner result = CliRunner.run("test-echo", "a", "b c");
        assertEquals(Command.OK, result.exitCode());
        assertEquals("a|b c", result.out().strip());
    }

    @Test
    void contributedCommandIsListedInHelp() {
        assertTrue(CliRunner.run("help").out().contains("test-echo"));
    }

    @Test
    void brokenContributionsAreReportedAndSkipped() {
        CliRunner result = CliRunner.run("help");
        assertTrue(result.err().contains("Ignoring command 'test-not-a-command' from org.htaworkbench.cli.tests"), result.err());
        assertFalse(result.out().contains("test-not-a-command"), result.out());
    }

    @Test
    void aSecondContributionCannotHijackABuiltInName() {
        CliRunner result = CliRunner.run("evidence", "--help");
        assertTrue(result.out().contains("Usage: ./workbench evidence"), result.out());
        assertTrue(result.err().contains("Ignoring command 'evidence' from org.htaworkbench.cli.tests"), result.err());
    }
}
