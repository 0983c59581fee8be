package org.htaworkbench.cli.app.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.htaworkbench.cli.Command;

/**
 * The headless application behind {@code ./workbench COMMAND ...}. Prints to standard output and
 * returns the command's exit code (the launcher exits with it).
 */
public class CliApplication implements IApplication {

    public static final String EXTENSION_POINT = "org.htaworkbench.cli.commands";

    /**
     * Commands contributed to {@value #EXTENSION_POINT}, by name. A contribution that cannot be created,
     * whose name() differs from its declared name, or that repeats a name is reported on {@code err} and skipped,
     * so that one broken plugin does not take the command line down.
     */
    static Map<String, Command> commands(PrintStream err) {
        Map<String, Command> commands = new TreeMap<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return commands;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String declared = element.getAttribute("name");
            String contributor = element.getContributor().getName();
            try {
                Object created = element.createExecutableExtension("class");
                if (!(created instanceof Command command)) {
                    err.println("Ignoring command '" + declared + "' from " + contributor + ": class does not implement "
                            + Command.class.getName());
                } else if (!command.name().equals(declared)) {
                    err.println("Ignoring command '" + declared + "' from " + contributor + ": its name() is '"
                            + command.name() + "'");
                } else if (commands.containsKey(declared)) {
                    err.println("Ignoring command '" + declared + "' from " + contributor + ": the name is already taken");
                } else {
                    commands.put(declared, command);
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                // a broken plugin (missing class, failing constructor) must not take the other commands down
                err.println("Ignoring command '" + declared + "' from " + contributor + ": " + e);
            }
        }
        return commands;
    }

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
    }

    /**
     * Runs {@code args} and returns the exit code. Nothing escapes: an error the command did not handle is reported
     * on {@code err} with {@link Command#OUT_OF_MEMORY} or {@link Command#INTERNAL_ERROR}, because Equinox would
     * otherwise log the trace into the configuration area and exit with 0, and scripts would take a crash for
     * success.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String name = args.isEmpty() ? "workbench" : args.get(0);
        try {
            return dispatch(args, out, err);
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println(name + ": " + outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            return Command.OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            out.flush();
            err.println(name + ": the input is nested too deeply to process (stack overflow); run with a larger "
                    + "thread stack, e.g. HTA_WORKBENCH_VMARGS=\"-Xmx2g -Xss16m\"");
            return Command.INTERNAL_ERROR;
        } catch (RuntimeException | Error e) {
            out.flush();
            err.println(name + ": internal error: " + e + " (a defect of HTA Workbench: please report it with the trace "
                    + "below)");
            e.printStackTrace(err);
            return Command.INTERNAL_ERROR;
        }
    }

    /** The message for a heap exhausted at {@code maxHeapBytes}: the size and the -Xmx to try next. */
    static String outOfMemoryMessage(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        long next = Math.max(2, (long) Math.ceil(mb * 2 / 1024.0));
        return "out of memory: the input needs more than the Java heap of " + mb + " MB; run with a larger heap, "
                + "e.g. HTA_WORKBENCH_VMARGS=-Xmx" + next + "g ./workbench ...";
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands(err);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            printCommands(commands, args.isEmpty() ? err : out);
            return args.isEmpty() ? Command.USAGE : Command.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("Unknown command '" + args.get(0) + "'.");
            printCommands(commands, err);
            return Command.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help")) {
            out.println(command.usage());
            return Command.OK;
        }
        int code = command.run(rest, out, err);
        out.flush();
        return code;
    }

    private static void printCommands(Map<String, Command> commands, PrintStream stream) {
        stream.println("Usage: ./workbench [COMMAND [ARGS...]]   (no command: start the workbench)");
        stream.println("Commands:");
        commands.values().forEach(c -> stream.printf("  %-12s %s%n", c.name(), c.summary()));
        stream.println("Run ./workbench COMMAND --help for a command's options.");
    }

    @Override
    public void stop() {
        // Commands are short and synchronous: nothing to interrupt.
    }
}
