package com.example.hta.commands;

import java.io.PrintStream;
import java.util.List;

import org.htaworkbench.cli.Command;
import org.htaworkbench.cli.EvidenceInput;
import org.htaworkbench.model.persistence.EvidenceResourceException;

/** {@code ./workbench count-studies [FILE]}: the number of studies in an evidence base (the default one without FILE). */
public class CountStudiesCommand implements Command {
    public String name() { return "count-studies"; }
    public String summary() { return "number of studies in an evidence base"; }
    public String usage() { return "Usage: ./workbench count-studies [FILE]"; }
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            EvidenceInput.Loaded loaded = EvidenceInput.load(args.isEmpty() ? null : args.get(0));
            out.println(loaded.base().getStudies().size());
            return OK;
        } catch (EvidenceResourceException e) {
            err.println("count-studies: " + e.getMessage());
            return UNREADABLE_INPUT;
        }
    }
}
