package org.htaworkbench.ui.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.provider.EvidenceItemProviderAdapterFactory;
import org.htaworkbench.model.registry.EvidenceBaseDescriptor;
import org.htaworkbench.model.registry.EvidenceBaseRegistry;

/**
 * The evidence base open in this workbench, with the EMF editing domain every view and editor edits it
 * through (one command stack: undo/redo across views). On first use it opens the default evidence base
 * contributed through {@code org.htaworkbench.model.evidenceBases}.
 */
public final class EvidenceSession {

    private static EvidenceSession instance;

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain editingDomain;
    private EvidenceBase evidenceBase;
    private String sourceName;
    private String loadProblem;

    private EvidenceSession() {
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new EvidenceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
    }

    public static synchronized EvidenceSession get() {
        if (instance == null) {
            instance = new EvidenceSession();
            instance.openDefault();
        }
        return instance;
    }

    private void openDefault() {
        Optional<EvidenceBaseDescriptor> descriptor;
        try {
            descriptor = EvidenceBaseRegistry.defaultEvidenceBase();
        } catch (IllegalStateException e) {
            loadProblem = e.getMessage();
            return;
        }
        if (descriptor.isEmpty()) {
            loadProblem = "No evidence base is installed: no bundle contributes a default to "
                    + EvidenceBaseRegistry.EXTENSION_POINT + ".";
            return;
        }
        try {
            open(descriptor.get().load(), descriptor.get().name());
        } catch (EvidenceResourceException e) {
            loadProblem = "The default evidence base '" + descriptor.get().name() + "' could not be opened: " + e.getMessage();
        }
    }

    private void open(EvidenceBase base, String name) {
        editingDomain.getResourceSet().getResources().clear();
        editingDomain.getResourceSet().getResources().add(base.eResource());
        editingDomain.getCommandStack().flush();
        evidenceBase = base;
        sourceName = name;
        loadProblem = null;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    /** The open evidence base, or empty when none could be opened (see {@link #loadProblem()}). */
    public Optional<EvidenceBase> evidenceBase() {
        return Optional.ofNullable(evidenceBase);
    }

    public String sourceName() {
        return sourceName;
    }

    /** Why no evidence base is open, for display; null when one is open. */
    public String loadProblem() {
        return loadProblem;
    }
}
