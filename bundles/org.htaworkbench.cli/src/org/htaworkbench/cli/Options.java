package org.htaworkbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal GNU-style option parsing for the subcommands: {@code --name value}, {@code --name=value},
 * {@code --flag}, and positional arguments. Hand-written: no command-line library is in our target
 * platform, and the subcommands need only this much.
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    /**
     * @param withValue options that take a value
     * @param flags options without a value
     */
    public static Options parse(List<String> args, Set<String> withValue, Set<String> flags) throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                options.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                options.values.put(name, "true");
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.values.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return options;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** The value, which must be one of {@code allowed} (case-insensitive); returned as written in allowed. */
    public String choice(String name, String defaultValue, List<String> allowed) throws UsageException {
        String value = get(name, defaultValue);
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new UsageException("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }

    public List<String> positional() {
        return positional;
    }
}
