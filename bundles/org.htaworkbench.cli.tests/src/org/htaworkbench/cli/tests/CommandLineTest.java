package org.htaworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.htaworkbench.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dispatch, usage errors and unreadable input, common to all commands. */
class CommandLineTest {

    @Test
    void helpListsTheCommands() {
        CliRunner result = CliRunner.run("help");
        assertEquals(Command.OK, result.exitCode());
        assertTrue(result.out().contains("evidence"), result.out());
    }

    @Test
    void unknownCommandIsAUsageErrorListingTheCommands() {
        CliRunner result = CliRunner.run("frobnicate");
        assertEquals(Command.USAGE, result.exitCode());
        assertTrue(result.err().contains("Unknown command 'frobnicate'"), result.err());
        assertTrue(result.err().contains("evidence"), result.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner result = CliRunner.run("evidence", "--colour", "red");
        assertEquals(Command.USAGE, result.exitCode());
        assertTrue(result.err().contains("unknown option --colour"), result.err());
    }

    @Test
    void badFormatValueIsAUsageError() {
        CliRunner result = CliRunner.run("evidence", "--format", "xml");
        assertEquals(Command.USAGE, result.exitCode());
        assertTrue(result.err().contains("--format must be one of text, json"), result.err());
    }

    @Test
    void missingFileExitsWith2NamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.htaevidence");
        CliRunner result = CliRunner.run("evidence", missing.toString());
        assertEquals(Command.UNREADABLE_INPUT, result.exitCode());
        assertTrue(result.err().contains("nowhere.htaevidence"), result.err());
        assertTrue(result.err().contains("no such file"), result.err());
    }

    @Test
    void malformedFileExitsWith2NamingFileAndLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.htaevidence");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<evidence:EvidenceBase xmlns:evidence=\"http://htaworkbench.org/evidence/1.0\"\n   schemaVersion=\"1.0\">\n  <studies id=\"s1\" label=\"x\"\n</evidence:EvidenceBase>\n");
        CliRunner result = CliRunner.run("evidence", broken.toString());
        assertEquals(Command.UNREADABLE_INPUT, result.exitCode());
        assertTrue(result.err().contains("broken.htaevidence:"), result.err());
    }
}
