package org.htaworkbench.guidelines;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htaworkbench.guidelines.internal.MappingTables;

/** The grading schemes in use, by id, in contribution order; immutable. */
public final class SchemeSet {

    private final Map<String, GradingScheme> schemes;

    public SchemeSet(Collection<GradingScheme> schemes) {
        Map<String, GradingScheme> map = new LinkedHashMap<>();
        for (GradingScheme s : schemes) {
            if (map.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("two grading schemes with id '" + s.id() + "'");
            }
        }
        this.schemes = map;
    }

    public List<GradingScheme> all() {
        return List.copyOf(schemes.values());
    }

    public Optional<GradingScheme> get(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /** The first scheme whose body pattern matches the body of an existing assessment. */
    public Optional<GradingScheme> forBody(String body) {
        return schemes.values().stream().filter(s -> s.appliesToBody(body)).findFirst();
    }

    /** The first scheme declared for a kind of related guidance ({@code INTERVENTIONAL_PROCEDURE} ...). */
    public Optional<GradingScheme> forGuidanceKind(String kind) {
        return schemes.values().stream().filter(s -> kind != null && kind.equals(s.guidanceKind())).findFirst();
    }

    /**
     * A copy with a user's override file applied (format: {@code scheme,dimension,code,label,aliases,direction,strength,
     * certainty,description}; see docs/guidelines.md).
     *
     * @throws GuidelineDataException when the file cannot be read, is malformed, or names an unknown scheme
     */
    public SchemeSet withOverrides(Path file) throws GuidelineDataException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return withOverrides(reader, file.toString());
        } catch (IOException e) {
            throw new GuidelineDataException(file + ": cannot read mapping override file: " + e.getMessage(), e);
        }
    }

    public SchemeSet withOverrides(Reader reader, String location) throws GuidelineDataException {
        Map<String, List<Grade>> overrides = MappingTables.parseOverrides(reader, location);
        List<GradingScheme> result = new ArrayList<>();
        for (String id : overrides.keySet()) {
            if (!schemes.containsKey(id)) {
                throw new GuidelineDataException(location + ": unknown scheme '" + id + "' (known: " + String.join(", ", schemes.keySet()) + ")");
            }
        }
        for (GradingScheme s : schemes.values()) {
            List<Grade> o = overrides.get(s.id());
            result.add(o == null ? s : s.withOverrides(o));
        }
        return new SchemeSet(result);
    }

    /** Reads a mapping table (the CSV format of data/schemes/*.csv). */
    public static List<Grade> readMappingTable(Reader reader, String location) throws GuidelineDataException {
        return MappingTables.parse(reader, location);
    }

    /** Reads a mapping table from a file. */
    public static List<Grade> readMappingTable(Path file) throws GuidelineDataException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MappingTables.parse(reader, file.toString());
        } catch (IOException e) {
            throw new GuidelineDataException(file + ": cannot read mapping table: " + e.getMessage(), e);
        }
    }
}
