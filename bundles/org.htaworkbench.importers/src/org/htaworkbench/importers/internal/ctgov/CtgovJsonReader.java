package org.htaworkbench.importers.internal.ctgov;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.ImportException;
import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportSource;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TextEncoding;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * One reading of one ClinicalTrials.gov JSON file: streams the top level with Gson's {@link JsonReader} (strict,
 * nesting bounded) and parses one study at a time into a tree for {@link CtgovStudyMapper}.
 */
final class CtgovJsonReader {

    /** Deepest nesting accepted: a study with results is 13 levels deep. */
    static final int MAX_NESTING = 64;

    private static final Pattern GSON_LINE = Pattern.compile(" at line (\\d+) column \\d+");
    private static final String GSON_STRICT_HINT =
            "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";

    private final ImportSource source;
    private final ImportSink sink;
    private final String file;
    private JsonSizeLimit limit;
    private JsonReader json;
    /** The number of the study being read, for error messages; 0 outside studies. */
    private int record;
    private boolean cancelled;

    CtgovJsonReader(ImportSource source, ImportSink sink) {
        this.source = source;
        this.sink = sink;
        this.file = source.name();
    }

    void read() throws ImportException {
        TextEncoding.Guess guess = TextEncoding.guess(source.sample().head());
        // JSON is UTF-8 (RFC 8259); only a UTF-16 file announces itself otherwise. Bytes that are not UTF-8 become
        // U+FFFD and are reported by the mapper, rather than failing the whole file.
        boolean utf16 = guess.charset().equals(StandardCharsets.UTF_16LE)
                || guess.charset().equals(StandardCharsets.UTF_16BE);
        Charset charset = utf16 ? guess.charset() : StandardCharsets.UTF_8;
        sink.encoding(charset.name() + (guess.bomLength() > 0 ? " (BOM)" : ""));
        InputStream in = source.open();
        try {
            in.skipNBytes(guess.bomLength());
            limit = new JsonSizeLimit(new InputStreamReader(in, charset));
            json = new JsonReader(limit);
            json.setStrictness(Strictness.STRICT);
            json.setNestingLimit(MAX_NESTING);
            readDocument();
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw failure(e);
        } finally {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; a failing close of an input loses nothing
            }
        }
    }

    private void readDocument() throws IOException, ImportException {
        JsonToken first = json.peek();
        if (first == JsonToken.BEGIN_OBJECT) {
            readObject();
        } else if (first == JsonToken.BEGIN_ARRAY) {
            readStudies("$");
        } else {
            throw new ImportException(new Position(file, 0, 0, "$"), null, "is not a ClinicalTrials.gov study or page"
                    + " of studies: the JSON is a " + first.toString().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (cancelled) {
            return;
        }
        try {
            if (json.peek() != JsonToken.END_DOCUMENT) {
                trailing();
            }
        } catch (IOException e) {
            trailing();
        }
    }

    private void trailing() {
        sink.problem(ImportProblem.warning(new Position(file, 0, 0, json.getPath()), null,
                "text after the end of the JSON is ignored"));
    }

    /**
     * A page ({@code {"totalCount": 57, "studies": [...], "nextPageToken": "..."}}) or one study ({@code
     * {"protocolSection": ...}}), told apart by their members in whatever order they come: the studies of a page are
     * streamed, every other member is kept (within one study's size) until it is clear which of the two it was.
     */
    private void readObject() throws IOException, ImportException {
        json.beginObject();
        if (!json.hasNext()) {
            throw new ImportException(new Position(file, 0, 0, "$"), null,
                    "is an empty JSON object, neither a ClinicalTrials.gov study nor a page of studies");
        }
        int studies = -1;
        String nextPageToken = null;
        String totalCount = null;
        JsonObject members = new JsonObject();
        limit.arm();
        while (json.hasNext()) {
            String name = json.nextName();
            switch (name) {
                case "studies" -> {
                    if (json.peek() == JsonToken.BEGIN_ARRAY) {
                        studies = readStudies("$.studies");
                        if (cancelled) {
                            return;
                        }
                        limit.arm();
                    } else {
                        sink.problem(ImportProblem.warning(new Position(file, 0, 0, json.getPath()), "studies",
                                "studies is not a list; no study read"));
                        json.skipValue();
                    }
                }
                case "nextPageToken" -> nextPageToken = scalar();
                case "totalCount" -> totalCount = scalar();
                default -> members.add(name, JsonParser.parseReader(json));
            }
        }
        limit.disarm();
        json.endObject();
        if (studies < 0 && members.has("protocolSection")) {
            record = 1;
            if (sink.isCancelled()) {
                cancelled = true;
                return;
            }
            emit(members, "$");
            record = 0;
        } else if (studies < 0 && nextPageToken == null && totalCount == null) {
            throw new ImportException(new Position(file, 0, 0, "$"), null, "holds neither a ClinicalTrials.gov study"
                    + " (protocolSection) nor a page of studies (studies)");
        } else if (studies < 0) {
            sink.problem(ImportProblem.warning(new Position(file, 0, 0, "$"), "studies",
                    "the page holds no list of studies"));
        }
        if (nextPageToken != null && !nextPageToken.isBlank()) {
            String counts = totalCount == null ? ""
                    : " (the search found " + totalCount + " studies, this page holds " + Math.max(studies, 0) + ")";
            sink.problem(ImportProblem.warning(new Position(file, 0, 0, "$.nextPageToken"), "nextPageToken",
                    "the file is one page of a search (nextPageToken is set): the studies of the following pages are"
                            + " not in it" + counts));
        }
    }

    /** A top-level string or number; null for anything else. */
    private String scalar() throws IOException {
        JsonElement e = JsonParser.parseReader(json);
        return e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** Streams an array of studies, one tree at a time; returns how many were read. */
    private int readStudies(String arrayPath) throws IOException {
        json.beginArray();
        int index = 0;
        while (json.hasNext()) {
            if (sink.isCancelled()) {
                cancelled = true;
                return index;
            }
            record = ++index;
            limit.arm();
            JsonElement study = JsonParser.parseReader(json);
            limit.disarm();
            emit(study, arrayPath + "[" + (index - 1) + "]");
        }
        json.endArray();
        record = 0;
        return index;
    }

    private void emit(JsonElement study, String path) {
        Position at = new Position(file, 0, record, path);
        if (!(study instanceof JsonObject object)) {
            sink.problem(ImportProblem.skipped(at, null, "study " + record + " is not a JSON object; skipped"));
            return;
        }
        try {
            ImportedRecord mapped = new CtgovStudyMapper(object, file, record, path, sink).map();
            if (mapped != null) {
                sink.record(mapped);
            }
        } catch (CtgovStudyMapper.TooLarge e) {
            sink.problem(ImportProblem.skipped(at, null, e.getMessage() + "; skipped"));
        }
    }

    /** Gson's message without its advice to the programmer, the line it names as the position's line. */
    private ImportException failure(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof JsonSizeLimit.TooLarge)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int see = message.indexOf("\nSee https://");
        if (see >= 0) {
            message = message.substring(0, see);
        }
        message = message.replace(GSON_STRICT_HINT, "malformed JSON");
        Matcher line = GSON_LINE.matcher(message);
        String path = json == null ? null : json.getPath();
        return new ImportException(new Position(file, line.find() ? Integer.parseInt(line.group(1)) : 0, record, path),
                null, "is not readable JSON: " + message, e);
    }
}
