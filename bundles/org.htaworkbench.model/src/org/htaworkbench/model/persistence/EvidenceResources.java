package org.htaworkbench.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.EvidenceFactory;
import org.htaworkbench.model.EvidencePackage;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.persistence.StrictEvidenceResource.Position;
import org.htaworkbench.model.util.EvidenceResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Loading and saving evidence bases as XMI ({@code .htaevidence}).
 * <ul>
 * <li>{@link #save} stamps {@link #SCHEMA_VERSION}, follows symbolic links to the real file, refuses to replace a
 * read-only file, writes a temporary file in the real file's directory, forces it to disk, gives it the real file's
 * permissions (and owner and group where allowed) and atomically moves it over the real file: a failed save leaves
 * the previous file intact.</li>
 * <li>{@link #load} is strict: unknown elements or attributes, unresolved references, duplicate ids, any DOCTYPE
 * (and so any entity), an unknown namespace, a missing, unknown or newer schema version all fail with an
 * {@link EvidenceResourceException} naming the file (and line/column where known). There is never a silent partial
 * load, and no exception of another type.</li>
 * </ul>
 * Works with and without OSGi: the resource factory is created directly, and {@link #register(ResourceSet)} or
 * {@link #registerGlobally()} register the {@code .htaevidence} extension for other callers (under OSGi the
 * {@code org.eclipse.emf.ecore.extension_parser} extension in plugin.xml does this).
 */
public final class EvidenceResources {

    /**
     * Schema version this code writes. 1.2 added the total of a summary statistic and the MH_DL method (RevMan 5
     * imports); 1.1 added search exports (files imported into a search run, with their
     * import issues) and the registry fields of ongoing trials.
     */
    public static final String SCHEMA_VERSION = "1.2";

    /**
     * Older schema versions this code reads, each with what its migration does. A version is listed only when
     * every file of it loads into the current model; the loaded base is stamped with {@link #SCHEMA_VERSION}, and
     * saving writes the current schema.
     */
    static final Map<String, String> MIGRATIONS = Map.of(
            "1.0", "1.1 and 1.2 only add classes, attributes and literals (search exports, trial registry fields, "
                    + "totals of summary statistics, the MH_DL method): nothing to convert",
            "1.1", "1.2 only adds the total of a summary statistic and the MH_DL method: nothing to convert");

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

    /** SAX feature that makes the parser reject a document with a DOCTYPE declaration (JDK and Apache Xerces). */
    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /**
     * Options used for loading: strict (no recording of unknown features, no lax processing), and no DOCTYPE.
     * <p>
     * Evidence files never need a DTD. Without one there are no entities beyond the five predefined ones, so no
     * external entity (file or URL read into the evidence base), no entity expansion bomb and no silently empty
     * text (EMF resolves an external entity to nothing). Refusing the DOCTYPE outright is simpler to trust than
     * disabling each entity kind; the external-entity and external-DTD features are switched off as well in case
     * a parser without the DOCTYPE feature is ever plugged in.
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        o.put(XMLResource.OPTION_LAX_FEATURE_PROCESSING, Boolean.FALSE);
        o.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
        Map<String, Boolean> features = new HashMap<>();
        features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        o.put(XMLResource.OPTION_PARSER_FEATURES, features);
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
     * The folder beside an evidence base file that holds its imported records ({@code <stem>.records} beside
     * {@code <stem>.htaevidence}): one immutable segment file per imported export, named by
     * {@link SearchExport#getRecordStore()}. It belongs to the evidence base: move, copy and back them up together.
     */
    public static Path recordFolder(Path evidenceFile) {
        String name = evidenceFile.getFileName().toString();
        String suffix = "." + FILE_EXTENSION;
        String stem = name.endsWith(suffix) && name.length() > suffix.length() ? name.substring(0, name.length() - suffix.length())
                : name;
        return evidenceFile.toAbsolutePath().resolveSibling(stem + ".records");
    }

    /**
     * Copies the record segments that the base's exports name from one record folder to another, where they are
     * missing (Save As to another file; the first save of a new evidence base). Each copy is written to a temporary
     * file and moved into place, so a failed copy leaves no partial segment; segments are immutable, so one that
     * exists already is left alone. Call before saving the evidence base that names them.
     *
     * @throws IOException naming the segment that could not be copied (or that is missing in {@code from})
     */
    public static void copyRecords(EvidenceBase base, Path from, Path to) throws IOException {
        if (base.getEvidenceProcess() == null || from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            return;
        }
        for (DatabaseSearch run : base.getEvidenceProcess().getDatabaseSearches()) {
            for (SearchExport export : run.getExports()) {
                String segment = export.getRecordStore();
                if (segment == null || segment.isEmpty() || Files.exists(to.resolve(segment))) {
                    continue;
                }
                Path source = from.resolve(segment);
                if (!Files.isRegularFile(source)) {
                    throw new IOException("the records of " + export.getFileName() + " (" + source + ") are missing");
                }
                Files.createDirectories(to);
                Path tmp = Files.createTempFile(to, ".copy-", ".tmp");
                try {
                    Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, to.resolve(segment), StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    /**
     * A new, empty evidence base of the current schema, in a resource of its own (editing and saving go through the
     * base's resource; its URI is never written to, saving picks the file).
     */
    public static EvidenceBase createEmpty(String title) {
        EvidenceBase base = EvidenceFactory.eINSTANCE.createEvidenceBase();
        base.setSchemaVersion(SCHEMA_VERSION);
        base.setTitle(title);
        // the schema requires an assessment; an empty one keeps a new base valid until the analyst describes it
        base.setAssessment(EvidenceFactory.eINSTANCE.createAssessment());
        Resource resource = new EvidenceResourceFactoryImpl().createResource(URI.createURI("new." + FILE_EXTENSION));
        resource.getContents().add(base);
        return base;
    }

    /**
     * Loads an evidence base. The returned base is the only root of a fresh resource (in a fresh resource set).
     *
     * @throws EvidenceResourceException naming the file when the file is missing, a directory, unreadable,
     *         malformed, of an unknown or newer schema, or has content this version cannot represent
     */
    public static EvidenceBase load(Path file) throws EvidenceResourceException {
        Path path = file.toAbsolutePath().normalize();
        return load(read(path), URI.createFileURI(path.toString()), path);
    }

    /**
     * Loads an evidence base shipped inside a bundle or jar (e.g. a {@code bundleentry:} or {@code jar:} URL), with
     * the same checks as {@link #load(Path)}. Errors name the URL.
     */
    public static EvidenceBase load(java.net.URL url) throws EvidenceResourceException {
        // The exception reports a Path; the URL's path part ("/data/x.htaevidence") identifies the file well enough.
        Path path = Path.of(url.getPath());
        byte[] content;
        try (InputStream in = url.openStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new EvidenceResourceException(path, "cannot be read: " + e, e);
        }
        return load(content, URI.createURI(url.toString()), path);
    }

    /**
     * Loads an evidence base from the content of a file already read into memory, with the same checks as
     * {@link #load(Path)}; errors name {@code name}, which is not read. For content that does not come from a
     * local file, and for tests that load many inputs quickly.
     */
    public static EvidenceBase load(byte[] content, Path name) throws EvidenceResourceException {
        Objects.requireNonNull(content, "content");
        return load(content, URI.createFileURI(name.toString()), name);
    }

    private static byte[] read(Path path) throws EvidenceResourceException {
        if (Files.isDirectory(path)) {
            throw new EvidenceResourceException(path, "is a directory, not an evidence file", null);
        }
        if (!Files.exists(path)) {
            throw new EvidenceResourceException(path,
                    Files.isSymbolicLink(path) ? "no such file (dangling symbolic link)" : "no such file", null);
        }
        if (!Files.isRegularFile(path)) {
            // a FIFO or device would be read forever or block
            throw new EvidenceResourceException(path, "is not a regular file, not an evidence file", null);
        }
        if (!Files.isReadable(path)) {
            throw new EvidenceResourceException(path, "cannot be read (permission denied)", null);
        }
        try {
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new EvidenceResourceException(path, "cannot be read (permission denied)", e);
        } catch (IOException | OutOfMemoryError e) {
            // OutOfMemoryError: larger than the largest array (2 GB), far from any real evidence base
            throw new EvidenceResourceException(path, "cannot be read: " + e, e);
        }
    }

    private static EvidenceBase load(byte[] content, URI uri, Path path) throws EvidenceResourceException {
        ResourceSet rs = new ResourceSetImpl();
        register(rs);
        StrictEvidenceResource resource = new StrictEvidenceResource(uri);
        // Without this map EMF resolves each ID reference by scanning the whole resource: loading the
        // Impella evidence base (about 3,000 objects, many cross-references) took ~1 s warm instead of ~0.1 s.
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        rs.getResources().add(resource);
        try {
            IOException failure = null;
            try {
                resource.load(new ByteArrayInputStream(content), loadOptions());
            } catch (IOException e) {
                failure = e;
            } catch (StrictEvidenceResource.StopLoading e) {
                failure = new IOException(e.getMessage(), e); // the reason is in resource.getErrors()
            }
            // Before any other problem: a duplicate id makes references to it resolve to either element, so the
            // errors EMF reports next (unresolved or mistyped references) are its consequences, not the cause.
            checkUniqueIds(path, resource, content);
            if (failure != null || !resource.getErrors().isEmpty()) {
                throw loadFailure(path, resource, failure, content);
            }
            if (!resource.getWarnings().isEmpty()) {
                Resource.Diagnostic w = resource.getWarnings().get(0);
                throw new EvidenceResourceException(path, w.getLine(), w.getColumn(), "unexpected content: "
                        + abbreviate(message(w)), null);
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
        } catch (RuntimeException | StackOverflowError e) {
            // EMF and the parser report bad input as diagnostics; anything thrown is a gap in that, still a
            // property of this file: say which, never let another exception type reach the caller
            throw new EvidenceResourceException(path, "cannot be read: " + e, e);
        } finally {
            resource.forgetPositions();
        }
    }

    /**
     * Refuses two elements with the same id. EMF accepts them and resolves a reference to the id to whichever it
     * indexes first, so the other element is silently shadowed. Both the model's id attributes and
     * {@code xmi:id}s count: EMF looks references up in both.
     */
    private static void checkUniqueIds(Path path, StrictEvidenceResource resource, byte[] content)
            throws EvidenceResourceException {
        Map<String, EObject> byId = new HashMap<>();
        Map<EObject, String> xmiIds = resource.getEObjectToIDMap();
        String repeatedId = null;
        EObject first = null;
        EObject repeat = null;
        Position repeatAt = null;
        int duplicates = 0;
        for (TreeIterator<EObject> i = EcoreUtil.getAllProperContents(resource, false); i.hasNext();) {
            EObject o = i.next();
            for (String id : new String[] { EcoreUtil.getID(o), xmiIds.get(o) }) {
                EObject other = id == null ? null : byId.putIfAbsent(id, o);
                if (other == null || other == o) {
                    continue;
                }
                duplicates++;
                // the content tree is not in file order (it groups by feature): report the repeat found earliest in
                // the file, as the later of its two elements
                EObject earlier = before(resource, other, o) ? other : o;
                EObject later = earlier == o ? other : o;
                Position at = resource.tagEnd(later);
                if (repeat == null || at != null && (repeatAt == null || compare(at, repeatAt) < 0)) {
                    repeatedId = id;
                    first = earlier;
                    repeat = later;
                    repeatAt = at;
                }
            }
        }
        if (repeat == null) {
            return;
        }
        SourceText text = new SourceText(content, resource.getEncoding());
        Position repeatStart = repeatAt == null ? null : text.startOfTag(repeatAt);
        Position firstEnd = resource.tagEnd(first);
        Position firstStart = firstEnd == null ? null : text.startOfTag(firstEnd);
        String more = duplicates > 1 ? " (and " + (duplicates - 1) + " more duplicate id(s))" : "";
        throw new EvidenceResourceException(path, repeatStart == null ? 0 : repeatStart.line(),
                repeatStart == null ? 0 : repeatStart.column(),
                "duplicate id '" + repeatedId + "': " + where(repeat, repeatStart) + " and " + where(first, firstStart)
                        + "; ids must be unique in an evidence base" + more,
                null);
    }

    private static boolean before(StrictEvidenceResource resource, EObject a, EObject b) {
        Position pa = resource.tagEnd(a);
        Position pb = resource.tagEnd(b);
        return pa != null && (pb == null || compare(pa, pb) <= 0);
    }

    private static int compare(Position a, Position b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }

    private static String where(EObject o, Position at) {
        return o.eClass().getName() + (at == null ? " (line unknown)" : " at line " + at.line() + ", column "
                + at.column());
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
        if (MIGRATIONS.containsKey(v.strip())) {
            base.setSchemaVersion(SCHEMA_VERSION);
            return;
        }
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

    private static EvidenceResourceException loadFailure(Path path, StrictEvidenceResource resource, IOException e,
            byte[] content) {
        Throwable cause = e;
        if (e instanceof UnsupportedEncodingException) {
            // thrown before parsing, by the reader for the encoding the XML declaration (on line 1) names
            return new EvidenceResourceException(path, 1, 0, "declares the encoding '" + e.getMessage()
                    + "', which this Java runtime does not support; evidence files are UTF-8", e);
        }
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
        if (first != null && String.valueOf(first.getMessage()).contains(DISALLOW_DOCTYPE)) {
            return new EvidenceResourceException(path, first.getLine(), first.getColumn(),
                    "DOCTYPE declarations are not allowed in evidence files", first instanceof Throwable t ? t : cause);
        }
        if (first != null) {
            int more = resource.getErrors().size() - 1;
            String problem = message(first);
            int line = first.getLine();
            int column = first.getColumn();
            if (first instanceof IllegalValueException v && v.getFeature() instanceof EReference ref
                    && v.getObject() != null && v.getValue() instanceof EObject target) {
                // EMF checks the type of a reference after the parse (the id may be defined later in the file), so
                // it has no line: name the referring element's, and the objects by class and id, not toString()
                problem = ref.getName() + " of " + describe(v.getObject()) + " refers to "
                        + describe(target) + ", which is not a" + (startsWithVowel(ref.getEType().getName()) ? "n " : " ")
                        + ref.getEType().getName();
                Position at = resource.tagEnd(v.getObject());
                if (at != null) {
                    Position start = new SourceText(content, resource.getEncoding()).startOfTag(at);
                    line = start.line();
                    column = start.column();
                }
            }
            if (first instanceof StrictEvidenceResource.UnexpectedContent u && u.inStartTag()) {
                Position start = new SourceText(content, resource.getEncoding()).startOfTag(new Position(line, column));
                line = start.line();
                column = start.column();
            }
            String msg = "cannot be loaded: " + abbreviate(problem) + (more > 0 ? " (and " + more + " more problem(s))" : "");
            return new EvidenceResourceException(path, line, column, msg, first instanceof Throwable t ? t : cause);
        }
        return new EvidenceResourceException(path, "cannot be loaded: " + (e == null ? "unknown error" : e.getMessage()),
                cause);
    }

    /** EMF quotes an offending value in full; in a damaged file that can be megabytes. */
    private static String abbreviate(String problem) {
        return problem.length() <= 500 ? problem : problem.substring(0, 400) + "... (" + problem.length() + " characters)";
    }

    private static boolean startsWithVowel(String word) {
        return !word.isEmpty() && "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0;
    }

    /**
     * The problem a diagnostic reports, without what the exception's prefix already says: EMF appends
     * "(file, line, column)" and the parser prefixes "publicId: ...; systemId: ...; lineNumber: ...".
     */
    private static String message(Resource.Diagnostic d) {
        if (d instanceof XMIException x && x.getCause() instanceof SAXParseException p && p.getMessage() != null) {
            return p.getMessage();
        }
        String m = String.valueOf(d.getMessage());
        if (d instanceof XMIException x) {
            String suffix = " (" + x.getLocation() + ", " + x.getLine() + ", " + x.getColumn() + ")";
            if (m.endsWith(suffix)) {
                m = m.substring(0, m.length() - suffix.length());
            }
        }
        return m;
    }

    /**
     * Saves an evidence base crash-safely: the content is written to a temporary file in the target's directory,
     * forced to disk and then atomically moved over the target. On failure the previous file is left untouched and
     * the temporary file is removed. Stamps {@link EvidenceBase#getSchemaVersion()} with {@link #SCHEMA_VERSION}.
     * <p>
     * A symbolic link is followed (also a dangling one): the file it points to is replaced and the link kept. An
     * existing file keeps its permissions, and its owner and group where the user may set them; a new file gets
     * the permissions any new file of the user gets (umask). A read-only file (not writable, or without any write
     * permission bit) is not overwritten.
     *
     * @throws EvidenceResourceException naming the file when the base cannot be serialised (e.g. it references
     *         objects outside the evidence base), the file is read-only or a directory, or cannot be written
     */
    public static void save(EvidenceBase base, Path file) throws EvidenceResourceException {
        if (base == null) {
            throw new IllegalArgumentException("base must not be null");
        }
        Path path = file.toAbsolutePath().normalize();
        Resource resource = base.eResource();
        boolean temporaryResource = resource == null;
        if (temporaryResource) {
            resource = new EvidenceResourceFactoryImpl().createResource(URI.createFileURI(path.toString()));
            resource.getContents().add(base);
        } else if (resource.getContents().size() != 1) {
            throw new IllegalArgumentException("the evidence base must be the only root of its resource");
        }
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
            SaveTarget target = SaveTarget.of(path);
            base.setSchemaVersion(SCHEMA_VERSION);
            Resource content = resource;
            target.replace(out -> content.save(out, saveOptions()));
        } catch (EvidenceResourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String problem = e.getCause() != null && e instanceof Resource.IOWrappedException
                    ? e.getCause().toString() : e.toString();
            throw new EvidenceResourceException(path, "could not be saved (previous file left unchanged): " + problem, e);
        } finally {
            if (temporaryResource) {
                resource.getContents().remove(base);
            }
        }
    }
}
