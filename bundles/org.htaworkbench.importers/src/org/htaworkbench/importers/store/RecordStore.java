package org.htaworkbench.importers.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.model.DatabaseSearch;
import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.SearchExport;
import org.htaworkbench.model.persistence.EvidenceResources;

/**
 * Where the imported records of an evidence base file are kept: the folder {@code <stem>.records} beside
 * {@code <stem>.htaevidence}, holding one {@link RecordSegment} per imported export. The evidence base names each
 * export's segment ({@link SearchExport#getRecordStore()}); a segment that no export names (left by an import that
 * was never saved) is ignored.
 */
public final class RecordStore {

    private final Path folder;

    private RecordStore(Path folder) {
        this.folder = folder;
    }

    /** The record store of an evidence base file ({@link EvidenceResources#recordFolder}). */
    public static RecordStore of(Path evidenceFile) {
        return new RecordStore(EvidenceResources.recordFolder(evidenceFile));
    }

    /** The record store in a folder (the workbench's session keeps a new evidence base's records in a temporary one). */
    public static RecordStore at(Path folder) {
        return new RecordStore(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Writes records as a new segment and returns its name (for {@link SearchExport#setRecordStore}). */
    public String add(List<ImportedRecord> records) throws IOException {
        return RecordSegment.write(folder, records);
    }

    /** The file of a named segment. */
    public Path segment(String name) {
        if (name.contains("/") || name.contains("\\") || !name.endsWith(RecordSegment.SUFFIX)) {
            throw new IllegalArgumentException("'" + name + "' is not the name of a record segment");
        }
        return folder.resolve(name);
    }

    /** The records of one export, in file order; none when it read none. */
    public List<ImportedRecord> records(SearchExport export) throws IOException {
        List<ImportedRecord> records = new ArrayList<>();
        forEach(export, records::add);
        return records;
    }

    /** Streams the records of one export. */
    public void forEach(SearchExport export, Consumer<ImportedRecord> consumer) throws IOException {
        String name = export.getRecordStore();
        if (name == null || name.isEmpty()) {
            return;
        }
        Path file = segment(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException("the records of " + export.getFileName() + " (" + file
                    + ") are missing: the record folder was moved or deleted apart from the evidence base");
        }
        RecordSegment.read(file, consumer);
    }

    /** Streams the records of every export of every search run, in the evidence base's order. */
    public void forEach(EvidenceBase base, Consumer<ImportedRecord> consumer) throws IOException {
        if (base.getEvidenceProcess() == null) {
            return;
        }
        for (DatabaseSearch run : base.getEvidenceProcess().getDatabaseSearches()) {
            for (SearchExport export : run.getExports()) {
                forEach(export, consumer);
            }
        }
    }
}
