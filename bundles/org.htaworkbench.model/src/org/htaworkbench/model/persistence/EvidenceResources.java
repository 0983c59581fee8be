package org.htaworkbench.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.util.EvidenceResourceFactoryImpl;

/**
 * Loading and saving evidence bases as XMI ({@code .htaevidence}).
 * <ul>
 * <li>{@link #save} stamps {@link #SCHEMA_VERSION}, writes a temporary file in the target directory, forces it to
 * disk and atomically moves it over the target: a failed save leaves the previous file intact.</li>
 * <li>{@link #load} is strict: unknown elements or attributes, unresolved references, an unknown namespace, a
 * missing, unknown or newer schema version all fail with an {@link EvidenceResourceException} naming the file (and
 * line/column where EMF reports them). There is never a silent partial load.</li>
 * </ul>
 * Works with and without OSGi: the resource factory is created directly, and {@link #register(ResourceSet)} or
 * {@link #registerGlobally()} register the {@code .htaevidence} extension for other callers (under OSGi the
 * {@code org.eclipse.emf.ecore.extension_parser} extension in plugin.xml does this).
 */
public final class EvidenceResources {

    /** Schema version this code reads and writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /** Namespace URI of the schema this code reads and writes. */
    public static final String NAMESPACE = EvidencePackage.eNS_URI;

    /** File extension of evidence base files. */
    public static final String FILE_EXTENSION = "htaevidence";

    private EvidenceResources() {
    }

    /** Registers the evidence package and the .htaevidence resource factory in the given resource set. */
    public static void register(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(EvidencePackage.eNS_URI, EvidencePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
                new EvidenceResourceFactoryImpl());
    }

    /** Registers the .htaevidence resource factory globally (for non-OSGi use; harmless under OSGi). */
    public static void registerGlobally() {
        EvidencePackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(FILE_EXTENSION,
                new EvidenceResourceFactoryImpl());
    }

    /** Options used for loading: strict (no recording of unknown features, no lax processing). */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        o.put(XMLResource.OPTION_LAX_FEATURE_PROCESSING, Boolean.FALSE);
        o.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
        return o;
    }

    /** Options used for saving. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_LINE_WIDTH, 120);
        o.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        o.put(Resource.OPTION_LINE_DELIMITER, "\n");
        return o;
    }

    /**
     * Loads an evidence base. The returned base is the only root of a fresh resource (in a fresh resource set).
     *
     * @throws EvidenceResourceException naming the file when the file is missing, malformed, of an unknown or
     *         newer schema, or has content this version cannot represent
     */
    public static EvidenceBase load(Path file) throws EvidenceResourceException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new EvidenceResourceException(path, "no such file", null);
        }
        return load(URI.createFileURI(path.toString()), path);
    }

    /**
     * Loads an evidence base shipped inside a bundle or jar (e.g. a {@code bundleentry:} or {@code jar:} URL), with
     * the same checks as {@link #load(Path)}. Errors name the URL.
     */
    public static EvidenceBase load(java.net.URL url) throws EvidenceResourceException {
        // The exception reports a Path; the URL's path part ("/data/x.htaevidence") identifies the file well enough.
        return load(URI.createURI(url.toString()), Path.of(url.getPath()));
    }

    private static EvidenceBase load(URI uri, Path path) throws EvidenceResourceException {
        ResourceSet rs = new ResourceSetImpl();
        register(rs);
        Resource resource = new EvidenceResourceFactoryImpl().createResource(uri);
        if (resource instanceof ResourceImpl withIds) {
            // Without this map EMF resolves each ID reference by scanning the whole resource: loading the
            // Impella evidence base (about 3,000 objects, many cross-references) took ~1 s warm instead of ~0.1 s.
            withIds.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        rs.getResources().add(resource);
        try {
            resource.load(loadOptions());
        } catch (IOException e) {
            throw loadFailure(path, resource, e);
        } catch (RuntimeException e) {
            throw new EvidenceResourceException(path, "cannot be read: " + e, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw loadFailure(path, resource, null);
        }
        if (!resource.getWarnings().isEmpty()) {
            Resource.Diagnostic w = resource.getWarnings().get(0);
            throw new EvidenceResourceException(path, w.getLine(), w.getColumn(), "unexpected content: "
                    + w.getMessage(), null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof EvidenceBase)) {
            throw new EvidenceResourceException(path,
                    "expected exactly one EvidenceBase root element but found " + describeRoots(resource), null);
        }
        EvidenceBase base = (EvidenceBase) resource.getContents().get(0);
        checkSchemaVersion(path, base);
        EcoreUtil.resolveAll(resource);
        Map<EObject, Collection<Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        if (!unresolved.isEmpty()) {
            EObject proxy = unresolved.keySet().iterator().next();
            throw new EvidenceResourceException(path, unresolved.size() + " unresolved reference(s), e.g. "
                    + EcoreUtil.getURI(proxy), null);
        }
        return base;
    }

    private static void checkSchemaVersion(Path path, EvidenceBase base) throws EvidenceResourceException {
        String v = base.getSchemaVersion();
        if (v == null || v.isBlank()) {
            throw new EvidenceResourceException(path, "has no schemaVersion; this version reads schema "
                    + SCHEMA_VERSION, null);
        }
        if (v.equals(SCHEMA_VERSION)) {
            return;
        }
        int cmp;
        try {
            cmp = compareVersions(v, SCHEMA_VERSION);
        } catch (NumberFormatException e) {
            throw new EvidenceResourceException(path, "has an unreadable schemaVersion '" + v + "'", e);
        }
        if (cmp > 0) {
            throw new EvidenceResourceException(path, "was written with evidence schema " + v
                    + ", which is newer than the schema this version reads (" + SCHEMA_VERSION
                    + "); update HTA Workbench to open it", null);
        }
        // Older schema versions: 1.0 is the first schema, so there is no migration yet. Add migrations here.
        throw new EvidenceResourceException(path, "uses evidence schema " + v + ", for which no migration to "
                + SCHEMA_VERSION + " exists", null);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i].strip()) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i].strip()) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static String describe(EObject o) {
        Object id = EcoreUtil.getID(o);
        return o.eClass().getName() + (id != null ? " '" + id + "'" : "");
    }

    private static String describeRoots(Resource resource) {
        List<String> names = new ArrayList<>();
        for (EObject o : resource.getContents()) {
            names.add(o.eClass().getName());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static EvidenceResourceException loadFailure(Path path, Resource resource, IOException e) {
        Throwable cause = e;
        Resource.Diagnostic first = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
        if (first == null && e instanceof Resource.IOWrappedException && e.getCause() instanceof Resource.Diagnostic d) {
            first = d;
        }
        if (first == null && e != null && e.getCause() instanceof XMIException x) {
            first = x;
        }
        if (first instanceof PackageNotFoundException p) {
            return new EvidenceResourceException(path, p.getLine(), p.getColumn(), "unknown evidence schema namespace '"
                    + p.uri() + "'; this version reads '" + NAMESPACE + "' (schema " + SCHEMA_VERSION + ")",
                    first instanceof Throwable t ? t : cause);
        }
        if (first != null) {
            int more = resource.getErrors().size() - 1;
            String msg = "cannot be loaded: " + first.getMessage()
                    + (more > 0 ? " (and " + more + " more problem(s))" : "");
            return new EvidenceResourceException(path, first.getLine(), first.getColumn(), msg,
                    first instanceof Throwable t ? t : cause);
        }
        return new EvidenceResourceException(path, "cannot be loaded: " + (e == null ? "unknown error" : e.getMessage()),
                cause);
    }

    /**
     * Saves an evidence base crash-safely: the content is written to a temporary file in the target directory,
     * forced to disk and then atomically moved over {@code file}. On failure the previous file is left untouched
     * and the temporary file is removed. Stamps {@link EvidenceBase#getSchemaVersion()} with {@link #SCHEMA_VERSION}.
     *
     * @throws EvidenceResourceException naming the file when the base cannot be serialised (e.g. it references
     *         objects outside the evidence base) or the file cannot be written
     */
    public static void save(EvidenceBase base, Path file) throws EvidenceResourceException {
        if (base == null) {
            throw new IllegalArgumentException("base must not be null");
        }
        Path path = file.toAbsolutePath().normalize();
        Path dir = path.getParent();
        Resource resource = base.eResource();
        boolean temporaryResource = resource == null;
        if (temporaryResource) {
            resource = new EvidenceResourceFactoryImpl().createResource(URI.createFileURI(path.toString()));
            resource.getContents().add(base);
        } else if (resource.getContents().size() != 1) {
            throw new IllegalArgumentException("the evidence base must be the only root of its resource");
        }
        Path tmp = null;
        try {
            Map<EObject, Collection<Setting>> external = EcoreUtil.ExternalCrossReferencer.find(base);
            if (!external.isEmpty()) {
                Map.Entry<EObject, Collection<Setting>> e = external.entrySet().iterator().next();
                Setting s = e.getValue().iterator().next();
                throw new EvidenceResourceException(path, "could not be saved (previous file left unchanged): "
                        + external.size() + " referenced object(s) are not part of the evidence base, e.g. "
                        + describe(e.getKey()) + " referenced by " + s.getEStructuralFeature().getName() + " of "
                        + describe(s.getEObject()), null);
            }
            Files.createDirectories(dir);
            base.setSchemaVersion(SCHEMA_VERSION);
            tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(ch)) {
                resource.save(out, saveOptions());
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (EvidenceResourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String problem = e.getCause() != null && e instanceof Resource.IOWrappedException
                    ? e.getCause().toString() : e.toString();
            throw new EvidenceResourceException(path, "could not be saved (previous file left unchanged): " + problem, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
            if (temporaryResource) {
                resource.getContents().remove(base);
            }
        }
    }
}
