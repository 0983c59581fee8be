package org.htaworkbench.ui.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.htaworkbench.model.EvidenceBase;

/**
 * Follows the evidence base open in the {@link WorkbenchSession} for a view: reports every real change to it (not
 * "touch" notifications) and moves along when another evidence base is opened. This is how views observe the model
 * instead of keeping copies of it.
 */
public final class EvidenceBaseObserver {

    private final Runnable onOpened;
    private final Runnable onChanged;
    private EvidenceBase observed;

    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                onChanged.run();
            }
        }
    };
    private final Runnable openListener = this::opened;

    /**
     * @param onOpened called after another evidence base was opened (on the thread that opened it)
     * @param onChanged called on every real change of the observed evidence base (on the thread that changed it)
     */
    public EvidenceBaseObserver(Runnable onOpened, Runnable onChanged) {
        this.onOpened = onOpened;
        this.onChanged = onChanged;
    }

    /** Starts observing the session's current evidence base. */
    public void start() {
        attach();
        WorkbenchSession.get().addOpenListener(openListener);
    }

    /** The observed evidence base, or null when none is open. */
    public EvidenceBase current() {
        return observed;
    }

    private void opened() {
        attach();
        onOpened.run();
    }

    private void attach() {
        EvidenceBase base = WorkbenchSession.get().evidenceBase().orElse(null);
        if (base == observed) {
            return;
        }
        if (observed != null) {
            observed.eAdapters().remove(modelListener);
        }
        observed = base;
        if (base != null) {
            base.eAdapters().add(modelListener);
        }
    }

    public void dispose() {
        WorkbenchSession.get().removeOpenListener(openListener);
        if (observed != null) {
            observed.eAdapters().remove(modelListener);
            observed = null;
        }
    }
}
