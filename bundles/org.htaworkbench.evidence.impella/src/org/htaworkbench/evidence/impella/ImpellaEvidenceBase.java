package org.htaworkbench.evidence.impella;

import java.net.URL;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;

/**
 * The embedded default evidence base: NICE interventional procedures overview of percutaneous insertion of a
 * catheter-based intravascular microaxial flow pump (Impella) for cardiogenic shock (IPG10404), encoded in the
 * evidence model as {@value #RESOURCE}. See docs/evidence-impella.md.
 * <p>
 * Works under OSGi (the resource is found with {@link Class#getResource(String)} on the bundle) and on a plain
 * classpath. Loading goes through {@link EvidenceResources#load(URL)}, so the strict checks (schema version,
 * unknown content, unresolved references) apply.
 */
public final class ImpellaEvidenceBase {

    /** Id of the evidence base contribution (also the bundle symbolic name). */
    public static final String ID = "org.htaworkbench.evidence.impella";

    /** Bundle-relative path of the XMI resource. */
    public static final String RESOURCE = "data/impella-cardiogenic-shock." + EvidenceResources.FILE_EXTENSION;

    private ImpellaEvidenceBase() {
    }

    /** URL of the embedded resource (bundleresource: under OSGi, file: or jar: on a classpath). */
    public static URL resourceUrl() {
        URL url = ImpellaEvidenceBase.class.getResource("/" + RESOURCE);
        if (url == null) {
            throw new IllegalStateException("embedded evidence base " + RESOURCE + " not found on the class path of " + ID);
        }
        return url;
    }

    /**
     * Loads a fresh copy of the embedded evidence base (a new resource set each time; callers may modify it).
     *
     * @throws EvidenceResourceException when the embedded resource cannot be read or does not match the model
     */
    public static EvidenceBase load() throws EvidenceResourceException {
        return EvidenceResources.load(resourceUrl());
    }
}
