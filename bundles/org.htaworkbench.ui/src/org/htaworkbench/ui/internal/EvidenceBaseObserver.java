package org.htaworkbench.ui.internal;

import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.session.EvidenceSession;
import org.htaworkbench.session.EvidenceSessionListener;
import org.htaworkbench.session.EvidenceSessionTracker;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Follows the evidence base open in the workbench for a view or editor, through the session API only (the
 * {@link EvidenceSession} service, as a view of another bundle would): reports every real change to it and moves
 * along when another evidence base is opened or the session ends. This is how views observe the model instead of
 * keeping copies of it.
 */
public final class EvidenceBaseObserver {

    private final Runnable onOpened;
    private final Runnable onChanged;
    private final EvidenceSessionTracker tracker;
    /** While {@link #start()} runs, the session found at once is not reported: the caller shows it next. */
    private boolean starting;

    /**
     * @param onOpened called after another evidence base was opened, or the session ended (on the thread that did it)
     * @param onChanged called on every real change of the observed evidence base (on the thread that changed it)
     */
    public EvidenceBaseObserver(Runnable onOpened, Runnable onChanged) {
        this.onOpened = onOpened;
        this.onChanged = onChanged;
        this.tracker = new EvidenceSessionTracker(context(), new EvidenceSessionListener() {
            @Override
            public void opened(EvidenceSession session) {
                if (!starting) {
                    EvidenceBaseObserver.this.onOpened.run();
                }
            }

            @Override
            public void changed(EvidenceSession session, Notification notification) {
                EvidenceBaseObserver.this.onChanged.run();
            }

            @Override
            public void ended(EvidenceSession session) {
                EvidenceBaseObserver.this.onOpened.run();
            }
        });
    }

    private static BundleContext context() {
        var bundle = FrameworkUtil.getBundle(EvidenceBaseObserver.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            throw new IllegalStateException("the workbench bundle is not active: no session to follow");
        }
        return bundle.getBundleContext();
    }

    /** Starts observing the session's current evidence base; the caller then shows {@link #current()}. */
    public void start() {
        starting = true;
        try {
            tracker.open();
        } finally {
            starting = false;
        }
    }

    /** The session followed, empty before the workbench opened one. */
    public Optional<EvidenceSession> session() {
        return tracker.session();
    }

    /** The observed evidence base, or null when none is open. */
    public EvidenceBase current() {
        return tracker.session().flatMap(EvidenceSession::evidenceBase).orElse(null);
    }

    public void dispose() {
        tracker.close();
    }
}
