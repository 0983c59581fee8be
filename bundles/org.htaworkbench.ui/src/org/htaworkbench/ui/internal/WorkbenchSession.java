package org.htaworkbench.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.htaworkbench.model.provider.EvidenceItemProviderAdapterFactory;
import org.htaworkbench.model.registry.EvidenceBaseDescriptor;
import org.htaworkbench.model.registry.EvidenceBaseRegistry;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.session.EvidenceSessionListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The evidence base open in this workbench, with the EMF editing domain every view and editor edits it
 * through (one command stack: undo/redo across views). On first use it opens the default evidence base
 * contributed through {@code org.htaworkbench.model.evidenceBases}. It is the workbench's implementation of the
 * {@link EvidenceSession} API and registers itself as that OSGi service when it is created, so that views of other
 * bundles follow the same evidence base.
 */
public final class WorkbenchSession implements EvidenceSession {

    /** What a new evidence base is called until it is saved. */
    public static final String NEW_EVIDENCE_BASE_NAME = "New evidence base (not saved)";

    private static WorkbenchSession instance;

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain editingDomain;
    private EvidenceBase evidenceBase;
    private String sourceName;
    private String loadProblem;
    /** Where the open evidence base is saved; null for a contributed (read-only) evidence base not yet saved. */
    private Path file;
    /** Records imported into a base that has no file yet; copied beside the file when it is first saved. */
    private Path unsavedRecords;
    private final List<Runnable> openListeners = new CopyOnWriteArrayList<>();
    private final List<EvidenceSessionListener> listeners = new CopyOnWriteArrayList<>();
    /** Reports real changes of the open evidence base to the API listeners. */
    private final EContentAdapter changeReporter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                for (EvidenceSessionListener listener : listeners) {
                    listener.changed(WorkbenchSession.this, notification);
                }
            }
        }
    };

    private WorkbenchSession() {
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new EvidenceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        FocusedAnalysis.addListener(() -> listeners.forEach(l -> l.focusChanged(this)));
    }

    public static synchronized WorkbenchSession get() {
        if (instance == null) {
            instance = new WorkbenchSession();
            instance.openDefault();
            instance.register();
        }
        return instance;
    }

    private void register() {
        Bundle bundle = FrameworkUtil.getBundle(WorkbenchSession.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context != null) {
            context.registerService(EvidenceSession.class, this, null);
        }
    }

    /**
     * Opens the contributed default evidence base in place of the current one (the caller has dealt with unsaved
     * changes); on failure {@link #loadProblem()} says why.
     */
    public void openDefault() {
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
            long start = System.nanoTime();
            EvidenceBase base = descriptor.get().load();
            StartupTiming.evidenceLoaded((System.nanoTime() - start) / 1_000_000);
            file = null;
            open(base, descriptor.get().name());
        } catch (EvidenceResourceException e) {
            loadProblem = "The default evidence base '" + descriptor.get().name() + "' could not be opened: " + e.getMessage();
        }
    }

    /**
     * Opens a new, empty evidence base in place of the current one (the caller has dealt with unsaved changes). It
     * has no file yet, so File > Save asks for one.
     */
    public void openNew() {
        EvidenceBase base = EvidenceResources.createEmpty("New evidence base");
        file = null;
        open(base, NEW_EVIDENCE_BASE_NAME);
    }

    private void open(EvidenceBase base, String name) {
        if (evidenceBase != null) {
            evidenceBase.eAdapters().remove(changeReporter);
        }
        base.eAdapters().add(changeReporter);
        editingDomain.getResourceSet().getResources().clear();
        editingDomain.getResourceSet().getResources().add(base.eResource());
        editingDomain.getCommandStack().flush();
        evidenceBase = base;
        sourceName = name;
        loadProblem = null;
        fireOpened();
    }

    private void fireOpened() {
        openListeners.forEach(Runnable::run);
        listeners.forEach(l -> l.opened(this));
    }

    /** Opens an evidence base file in place of the current one (the caller has dealt with unsaved changes). */
    @Override
    public void open(Path evidenceFile) throws EvidenceResourceException {
        EvidenceBase base = EvidenceResources.load(evidenceFile);
        file = evidenceFile;
        open(base, evidenceFile.getFileName().toString());
    }

    /**
     * Saves to {@code target} crash-safely (see {@link EvidenceResources#save}): on failure the previous file is
     * intact and the session keeps its unsaved state.
     */
    public void saveAs(Path target) throws EvidenceResourceException {
        EvidenceBase base = evidenceBase().orElseThrow(() -> new IllegalStateException("no evidence base is open"));
        try {
            // the records first: the evidence base file that names them is the commit point
            EvidenceResources.copyRecords(base, recordFolder(), EvidenceResources.recordFolder(target));
        } catch (IOException e) {
            throw new EvidenceResourceException(target, "was not saved: its imported records could not be copied beside it: "
                    + e.getMessage(), e);
        }
        EvidenceResources.save(base, target);
        file = target;
        sourceName = target.getFileName().toString();
        ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
        fireOpened();
    }

    /** The file the evidence base was opened from or last saved to; empty for a contributed evidence base. */
    @Override
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public Path recordFolder() {
        if (file != null) {
            return EvidenceResources.recordFolder(file);
        }
        if (unsavedRecords == null) {
            try {
                unsavedRecords = Files.createTempDirectory("htaworkbench-records-");
                unsavedRecords.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary folder for imported records: " + e.getMessage(), e);
            }
        }
        return unsavedRecords;
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    /** Called (on the caller's thread) after another evidence base was opened or the current one saved under a new name. */
    public void addOpenListener(Runnable listener) {
        openListeners.add(listener);
    }

    public void removeOpenListener(Runnable listener) {
        openListeners.remove(listener);
    }

    @Override
    public Optional<AnalysisDefinition> focusedAnalysis() {
        return evidenceBase().map(FocusedAnalysis::in);
    }

    @Override
    public void addListener(EvidenceSessionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(EvidenceSessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    @Override
    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    /** The open evidence base, or empty when none could be opened (see {@link #loadProblem()}). */
    @Override
    public Optional<EvidenceBase> evidenceBase() {
        return Optional.ofNullable(evidenceBase);
    }

    @Override
    public String sourceName() {
        return sourceName;
    }

    /** Why no evidence base is open, for display; null when one is open. */
    @Override
    public String loadProblem() {
        return loadProblem;
    }
}
