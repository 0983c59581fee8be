package org.htaworkbench.importers.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.htaworkbench.importers.CustomField;
import org.htaworkbench.importers.FieldKey;
import org.htaworkbench.importers.FieldValue;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;

/**
 * One immutable file of imported records, named by the SHA-256 of its content ({@code <hash>.records}), in the
 * record folder of an evidence base ({@link RecordStore}). Written once, never changed: raw records are never
 * edited, and a content-addressed name makes writing the same records twice harmless and lets the evidence base
 * file (which names its segments) be the single commit point of a save.
 *
 * <p>
 * The layout is our own, compact and streamed: a magic line, a version, then per record its kind, position, raw
 * fields and normalised fields. Strings that repeat (tags, keys, file names, XML paths) are written once and then
 * referred to by number. Hand-written because the records are write-once, read-sequentially data for which an
 * embedded database would add a second transactional store that cannot commit atomically with the evidence base's
 * XMI file.
 */
public final class RecordSegment {

    /** File name suffix of segments. */
    public static final String SUFFIX = ".records";

    private static final byte[] MAGIC = "HTAREC\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** Strings up to this length go into the repeat table; longer ones (titles, abstracts) are written inline. */
    private static final int DICTIONARY_MAX_LENGTH = 80;
    /** A damaged length must not make the reader allocate gigabytes. */
    private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;

    private RecordSegment() {
    }

    /**
     * Writes the records as a segment in the folder (created when missing), crash-safely: a temporary file, forced
     * to disk, then moved to its content name. Returns that name.
     */
    public static String write(Path folder, List<ImportedRecord> records) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, ".segment-", ".tmp");
        try {
            MessageDigest sha = sha256();
            try (OutputStream file = Files.newOutputStream(tmp, StandardOpenOption.WRITE);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(file, sha),
                            1 << 16))) {
                Writer w = new Writer(out);
                out.write(MAGIC);
                out.writeInt(VERSION);
                w.varint(records.size());
                for (ImportedRecord r : records) {
                    w.record(r);
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String name = HexFormat.of().formatHex(sha.digest()) + SUFFIX;
            Path target = folder.resolve(name);
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target);
                }
            }
            return name;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads every record of a segment file, in order. */
    public static List<ImportedRecord> read(Path file) throws IOException {
        List<ImportedRecord> records = new ArrayList<>();
        read(file, records::add);
        return records;
    }

    /** Streams the records of a segment file to the consumer, in order. */
    public static void read(Path file, Consumer<ImportedRecord> consumer) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, file.getFileName().toString(), consumer);
        }
    }

    static void read(InputStream stream, String name, Consumer<ImportedRecord> consumer) throws IOException {
        try {
            readAll(stream, name, consumer);
        } catch (EOFException e) {
            throw new IOException(name + " is truncated: it ends in the middle of a record", e);
        }
    }

    private static void readAll(InputStream stream, String name, Consumer<ImportedRecord> consumer) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException(name + " is not a record segment");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException(name + " is a record segment of version " + version + "; this version reads " + VERSION);
        }
        Reader r = new Reader(in, name);
        int n = r.varint();
        for (int i = 0; i < n; i++) {
            consumer.accept(r.record());
        }
        if (in.read() >= 0) {
            throw new IOException(name + " has bytes after its last record");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> dictionary = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void record(ImportedRecord r) throws IOException {
            out.writeByte(r.kind().ordinal());
            position(r.position());
            varint(r.raw().size());
            for (FieldValue v : r.raw()) {
                value(v);
            }
            varint(r.fields().size());
            for (Map.Entry<FieldKey, List<FieldValue>> e : r.fields().entrySet()) {
                string(e.getKey().key());
                varint(e.getValue().size());
                for (FieldValue v : e.getValue()) {
                    value(v);
                }
            }
        }

        void value(FieldValue v) throws IOException {
            string(v.tag());
            string(v.value());
            position(v.position());
        }

        void position(Position p) throws IOException {
            string(p.file());
            varint(p.line());
            varint(p.record());
            string(p.path());
        }

        /** 0 = null, 1 = inline string, 2 = new dictionary string, 3 + i = dictionary entry i. */
        void string(String s) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            Integer known = dictionary.get(s);
            if (known != null) {
                varint(3 + known);
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (s.length() <= DICTIONARY_MAX_LENGTH) {
                dictionary.put(s, dictionary.size());
                varint(2);
            } else {
                varint(1);
            }
            varint(bytes.length);
            out.write(bytes);
        }

        void varint(int value) throws IOException {
            int v = value;
            while ((v & ~0x7F) != 0) {
                out.writeByte((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final String name;
        private final List<String> dictionary = new ArrayList<>();
        private final ImportedRecord.Kind[] kinds = ImportedRecord.Kind.values();
        private final Map<String, FieldKey> keys = new HashMap<>();

        Reader(DataInputStream in, String name) {
            this.in = in;
            this.name = name;
        }

        ImportedRecord record() throws IOException {
            int kind = in.readUnsignedByte();
            if (kind >= kinds.length) {
                throw new IOException(name + " holds a record of unknown kind " + kind);
            }
            ImportedRecord.Builder b = ImportedRecord.builder(kinds[kind], position());
            int raw = varint();
            for (int i = 0; i < raw; i++) {
                String tag = string();
                String value = string();
                b.raw(tag, value, position());
            }
            int fields = varint();
            for (int i = 0; i < fields; i++) {
                FieldKey key = keys.computeIfAbsent(string(), CustomField::of);
                int values = varint();
                for (int j = 0; j < values; j++) {
                    String tag = string();
                    String value = string();
                    b.add(key, tag, value, position());
                }
            }
            return b.build();
        }

        Position position() throws IOException {
            String file = string();
            int line = varint();
            int record = varint();
            return new Position(file, line, record, string());
        }

        String string() throws IOException {
            int code = varint();
            if (code == 0) {
                return null;
            }
            if (code >= 3) {
                int i = code - 3;
                if (i >= dictionary.size()) {
                    throw new IOException(name + " refers to string " + i + " of " + dictionary.size());
                }
                return dictionary.get(i);
            }
            int length = varint();
            if (length > MAX_STRING_BYTES) {
                throw new IOException(name + " holds a string of " + length + " bytes, more than a record can hold");
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (code == 2) {
                dictionary.add(s);
            }
            return s;
        }

        int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException(name + " ends in the middle of a record");
                }
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new IOException(name + " holds a negative length");
                    }
                    return value;
                }
            }
            throw new IOException(name + " holds a malformed number");
        }
    }
}
