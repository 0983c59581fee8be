package org.htaworkbench.importers.ui.internal;

import java.util.Optional;

import org.htaworkbench.session.EvidenceSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The workbench's evidence session, as the OSGi service the workbench registers. */
final class Sessions {

    private Sessions() {
    }

    static Optional<EvidenceSession> current() {
        BundleContext context = FrameworkUtil.getBundle(Sessions.class).getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceReference<EvidenceSession> ref = context.getServiceReference(EvidenceSession.class);
        return ref == null ? Optional.empty() : Optional.ofNullable(context.getService(ref));
    }
}
