package com.example.hta.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.htaworkbench.cli.Command;
import org.htaworkbench.cli.EvidenceInput;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.Study;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of org.htaworkbench.cli.commands (bundle com.example.hta.commands), created from its
 * contribution in the extension registry as the workbench's application creates it, and run.
 */
class CountStudiesExampleTest {

    record Run(int code, String out, String err) {
    }

    private static Command contributed() throws CoreException {
        IConfigurationElement element = Arrays.stream(
                RegistryFactory.getRegistry().getConfigurationElementsFor("org.htaworkbench.cli.commands"))
                .filter(e -> "count-studies".equals(e.getAttribute("name")))
                .findFirst().orElseThrow(() -> new AssertionError("count-studies is not contributed"));
        assertEquals("com.example.hta.commands", element.getContributor().getName());
        return (Command) element.createExecutableExtension("class");
    }

    private static Run run(String... args) throws CoreException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = contributed().run(List.of(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void countsTheStudiesOfAFile(@TempDir Path dir) throws Exception {
        EvidenceBase base = EvidenceFactory.eINSTANCE.createEvidenceBase();
        base.setId("two-studies");
        for (String id : List.of("s1", "s2")) {
            Study s = EvidenceFactory.eINSTANCE.createStudy();
            s.setId(id);
            base.getStudies().add(s);
        }
        Path file = dir.resolve("two.htaevidence");
        EvidenceResources.save(base, file);
        Run run = run(file.toString());
        assertEquals(Command.OK, run.code(), run.err());
        assertEquals("2", run.out().strip());
    }

    @Test
    void withoutAFileCountsTheDefaultEvidenceBase() throws Exception {
        Run run = run();
        assertEquals(Command.OK, run.code(), run.err());
        int expected = EvidenceInput.load(null).base().getStudies().size();
        assertTrue(expected > 100, "the default base holds the key and the appendix studies: " + expected);
        assertEquals(Integer.toString(expected), run.out().strip());
    }

    @Test
    void aMissingFileIsReportedWithItsNameAndExitCode2(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.htaevidence");
        Run run = run(missing.toString());
        assertEquals(Command.UNREADABLE_INPUT, run.code());
        assertTrue(run.err().startsWith("count-studies: ") && run.err().contains("missing.htaevidence"), run.err());
    }
}
