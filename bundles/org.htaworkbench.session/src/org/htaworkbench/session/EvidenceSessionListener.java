package org.htaworkbench.session;

import org.eclipse.emf.common.notify.Notification;

/**
 * What happens to the {@link EvidenceSession}: override the events a view needs. Called on the thread that caused
 * the event; a view that paints moves to its display thread and coalesces bursts of {@link #changed} (a paste or an
 * undo of a compound command notifies once per feature).
 *
 * @since 0.1
 */
public interface EvidenceSessionListener {

    /** Another evidence base was opened (File &gt; Open, New, the default), or the open one was saved under a new name. */
    default void opened(EvidenceSession session) {
    }

    /** The open evidence base changed: an edit, an undo or a redo (never a mere "touch" notification). */
    default void changed(EvidenceSession session, Notification notification) {
    }

    /** Another analysis became the {@link EvidenceSession#focusedAnalysis() focused} one. */
    default void focusChanged(EvidenceSession session) {
    }

    /**
     * The session is no longer offered (the workbench is closing or its bundle stopped): a view shows that no
     * evidence base is open. Called by {@link EvidenceSessionTracker}.
     */
    default void ended(EvidenceSession session) {
    }
}
