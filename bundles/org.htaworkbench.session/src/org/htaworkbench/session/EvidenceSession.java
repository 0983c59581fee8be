package org.htaworkbench.session;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.htaworkbench.model.AnalysisDefinition;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;

/**
 * The evidence base open in the workbench, as an OSGi service: what every view shows and edits. The workbench
 * registers one when it opens its first evidence base; a view gets it from the service registry (an
 * {@code org.osgi.util.tracker.ServiceTracker} on this interface, so that a view created first hears of it), shows
 * {@link #evidenceBase()} and follows {@link EvidenceSessionListener}: another base opened (File &gt; Open, New), a
 * change to the open one (any edit, undo or redo), another analysis focused.
 *
 * <p>
 * Views never keep a copy of the evidence and never change it directly: they edit through
 * {@link #editingDomain()}'s command stack, so that every change can be undone and every view sees it. The session
 * calls its listeners on the thread that made the change (the UI thread for the workbench's own edits).
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients; the workbench provides the one
 *              implementation.
 */
public interface EvidenceSession {

    /** The open evidence base, or empty when none could be opened ({@link #loadProblem()} says why). */
    Optional<EvidenceBase> evidenceBase();

    /** Where the open evidence base came from, for titles: a file name or the contributed base's name. */
    String sourceName();

    /** The file the evidence base was opened from or last saved to; empty for a contributed base not yet saved. */
    Optional<Path> file();

    /**
     * Where the imported records of the open evidence base are kept: the record folder beside its file
     * ({@code EvidenceResources.recordFolder}), or, while it has no file, a temporary folder whose records are copied
     * beside the file when it is first saved. Importers write record segments here.
     *
     * @since 0.1
     */
    Path recordFolder();

    /** Why no evidence base is open, for display; null when one is open. */
    String loadProblem();

    /** Whether the open evidence base has changes not yet saved. */
    boolean isDirty();

    /** The editing domain of the open evidence base: one command stack (undo and redo across all views). */
    EditingDomain editingDomain();

    /** The EMF.Edit adapter factory for labels, icons, trees and property sheets of model objects. */
    AdapterFactory adapterFactory();

    /**
     * The analysis the analyst is working on (last selected in the explorer or whose editor was last active) when it
     * belongs to the open evidence base, else the base's first analysis, else empty.
     */
    Optional<AnalysisDefinition> focusedAnalysis();

    /**
     * Opens an evidence base file in place of the current one, discarding unsaved changes (a UI asks the analyst
     * first, as File &gt; Open does). On failure the current evidence base stays open.
     *
     * @throws EvidenceResourceException naming the file and, where known, the line and the problem
     */
    void open(Path file) throws EvidenceResourceException;

    void addListener(EvidenceSessionListener listener);

    void removeListener(EvidenceSessionListener listener);
}
