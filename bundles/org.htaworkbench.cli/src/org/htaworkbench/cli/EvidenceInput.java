package org.htaworkbench.cli;

import java.nio.file.Path;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.registry.EvidenceBaseDescriptor;
import org.htaworkbench.model.registry.EvidenceBaseRegistry;

/** The evidence base a command works on: the FILE argument if given, else the installed default. */
public final class EvidenceInput {

    private EvidenceInput() {
    }

    /** An evidence base and where it came from (file path or contributed name), for report headers. */
    public record Loaded(EvidenceBase base, String source) {
    }

    public static Loaded load(String fileOrNull) throws EvidenceResourceException {
        if (fileOrNull != null) {
            Path file = Path.of(fileOrNull);
            return new Loaded(org.htaworkbench.model.persistence.EvidenceResources.load(file), file.toString());
        }
        EvidenceBaseDescriptor descriptor = EvidenceBaseRegistry.defaultEvidenceBase()
                .orElseThrow(() -> new EvidenceResourceException(Path.of("(default evidence base)"),
                        "none installed: no bundle contributes a default to " + EvidenceBaseRegistry.EXTENSION_POINT, null));
        return new Loaded(descriptor.load(), descriptor.name() + " [" + descriptor.id() + "]");
    }
}
