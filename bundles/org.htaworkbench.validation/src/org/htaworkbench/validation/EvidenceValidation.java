package org.htaworkbench.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.validation.internal.ConsistencyValidator;

/**
 * EMF validation of evidence bases. After {@link #register()}, {@code Diagnostician.INSTANCE.validate(base)} runs
 * EMF's basic constraints and the consistency checks; every check finding is a child {@link Diagnostic} with source
 * {@link #DIAGNOSTIC_SOURCE}, code {@link CheckId#code()}, the finding's message and data
 * {@code [offending element, Finding]} (see {@link #findingOf(Diagnostic)}). {@link #validate(EvidenceBase)} does the
 * same without touching the global registry.
 */
public final class EvidenceValidation {

    /** The {@link Diagnostic#getSource() source} of consistency-check diagnostics. */
    public static final String DIAGNOSTIC_SOURCE = ConsistencyValidator.SOURCE;

    private EvidenceValidation() {
    }

    /**
     * Registers the validator for the evidence package in {@link EValidator.Registry#INSTANCE}. Idempotent; a validator
     * registered before (other than ours) is kept and runs first.
     */
    public static synchronized void register() {
        Object existing = EValidator.Registry.INSTANCE.get(EvidencePackage.eINSTANCE);
        if (existing instanceof ConsistencyValidator) {
            return;
        }
        EValidator delegate = existing instanceof EValidator v ? v : null;
        EValidator.Registry.INSTANCE.put(EvidencePackage.eINSTANCE, new ConsistencyValidator(delegate));
    }

    /** Removes our validator again (restoring the one it wrapped). */
    public static synchronized void unregister() {
        Object existing = EValidator.Registry.INSTANCE.get(EvidencePackage.eINSTANCE);
        if (existing instanceof ConsistencyValidator c) {
            if (c.delegate() != null) {
                EValidator.Registry.INSTANCE.put(EvidencePackage.eINSTANCE, c.delegate());
            } else {
                EValidator.Registry.INSTANCE.remove(EvidencePackage.eINSTANCE);
            }
        }
    }

    /** A new validator: EMF's basic constraints plus the consistency checks. */
    public static EValidator validator() {
        return new ConsistencyValidator(null);
    }

    /** Validates a base (basic constraints + consistency checks) without using the global validator registry. */
    public static Diagnostic validate(EvidenceBase base) {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(EvidencePackage.eINSTANCE, validator());
        Map<Object, Object> context = new HashMap<>();
        Diagnostician diagnostician = new Diagnostician(registry);
        context.put(EValidator.SubstitutionLabelProvider.class, diagnostician);
        context.put(EValidator.class, diagnostician);
        return diagnostician.validate(base, context);
    }

    /** The finding behind a consistency-check diagnostic, or null for other diagnostics. */
    public static Finding findingOf(Diagnostic d) {
        if (!DIAGNOSTIC_SOURCE.equals(d.getSource())) {
            return null;
        }
        for (Object o : d.getData()) {
            if (o instanceof Finding f) {
                return f;
            }
        }
        return null;
    }
}
