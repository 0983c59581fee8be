package org.htaworkbench.session;

import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * Follows the {@link EvidenceSession} service for one view or editor: when a session is there (at {@link #open()} or
 * later) it attaches the listener and calls {@link EvidenceSessionListener#opened opened}, so that a view shows the
 * open evidence base the same way whether it was created before or after the workbench opened it; when the service
 * goes away it detaches and calls {@link EvidenceSessionListener#ended ended}. Events arrive on the thread that
 * caused them, as {@link EvidenceSessionListener} says.
 * <p>
 * One tracker per view: {@link #open()} in the view's creation, {@link #close()} in its disposal.
 *
 * @since 0.1
 */
public final class EvidenceSessionTracker {

    private final BundleContext context;
    private final EvidenceSessionListener listener;
    private ServiceTracker<EvidenceSession, EvidenceSession> tracker;
    private volatile EvidenceSession session;

    /**
     * @param context the bundle context of the view's bundle (e.g. {@code FrameworkUtil.getBundle(View.class)
     *            .getBundleContext()})
     * @param listener what the view does on each event
     */
    public EvidenceSessionTracker(BundleContext context, EvidenceSessionListener listener) {
        this.context = context;
        this.listener = listener;
    }

    /** Starts following; if a session is registered, {@code opened} is called before this returns. */
    public synchronized void open() {
        if (tracker != null) {
            return;
        }
        tracker = new ServiceTracker<>(context, EvidenceSession.class, new ServiceTrackerCustomizer<>() {
            @Override
            public EvidenceSession addingService(ServiceReference<EvidenceSession> reference) {
                EvidenceSession added = context.getService(reference);
                if (added != null) {
                    attach(added);
                }
                return added;
            }

            @Override
            public void modifiedService(ServiceReference<EvidenceSession> reference, EvidenceSession service) {
                // a session's service properties carry nothing a view shows
            }

            @Override
            public void removedService(ServiceReference<EvidenceSession> reference, EvidenceSession removed) {
                detach(removed);
                context.ungetService(reference);
            }
        });
        tracker.open();
    }

    /** The session being followed; empty before the workbench registered one and after it ended. */
    public Optional<EvidenceSession> session() {
        return Optional.ofNullable(session);
    }

    /** Stops following: detaches the listener (no {@code ended} call) and releases the service. */
    public synchronized void close() {
        if (tracker == null) {
            return;
        }
        EvidenceSession current = session;
        if (current != null) {
            current.removeListener(listener);
            session = null;
        }
        tracker.close();
        tracker = null;
    }

    private void attach(EvidenceSession added) {
        if (session != null) {
            return; // the workbench registers one session; a second would be another workbench's
        }
        session = added;
        added.addListener(listener);
        listener.opened(added);
    }

    private void detach(EvidenceSession removed) {
        if (session != removed) {
            return;
        }
        removed.removeListener(listener);
        session = null;
        listener.ended(removed);
    }
}
