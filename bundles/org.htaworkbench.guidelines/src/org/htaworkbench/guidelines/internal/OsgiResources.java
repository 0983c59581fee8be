package org.htaworkbench.guidelines.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.osgi.framework.Bundle;

/** Opens a contributing bundle's data file under OSGi. */
public final class OsgiResources {

    private OsgiResources() {
    }

    public static InputStream open(IContributor contributor, String path) throws IOException {
        Bundle bundle = ContributorFactoryOSGi.resolve(contributor);
        if (bundle == null) {
            throw new IOException("bundle " + contributor.getName() + " not found");
        }
        URL url = bundle.getEntry(path);
        return url == null ? null : url.openStream();
    }
}
