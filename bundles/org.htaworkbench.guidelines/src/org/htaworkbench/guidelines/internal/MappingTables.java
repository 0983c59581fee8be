package org.htaworkbench.guidelines.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htaworkbench.guidelines.Certainty;
import org.htaworkbench.guidelines.Direction;
import org.htaworkbench.guidelines.Grade;
import org.htaworkbench.guidelines.GuidelineDataException;
import org.htaworkbench.guidelines.Strength;

/** Parses mapping tables ({@code data/schemes/*.csv}) and user override files. */
public final class MappingTables {

    public static final List<String> COLUMNS = List.of("dimension", "code", "label", "aliases", "direction", "strength",
            "certainty", "description");

    private MappingTables() {
    }

    public static List<Grade> parse(Reader reader, String location) throws GuidelineDataException {
        List<Grade> grades = new ArrayList<>();
        for (Row row : rows(reader, location, COLUMNS)) {
            grades.add(grade(row, 0, location));
        }
        if (grades.isEmpty()) {
            throw new GuidelineDataException(location + ": mapping table has no grades");
        }
        for (int i = 0; i < grades.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (grades.get(i).dimension().equals(grades.get(j).dimension())
                        && Grade.normalise(grades.get(i).code()).equals(Grade.normalise(grades.get(j).code()))) {
                    throw new GuidelineDataException(grades.get(i).source() + ": grade '" + grades.get(i).code()
                            + "' repeats " + grades.get(j).source());
                }
            }
        }
        return grades;
    }

    /** Override rows by scheme id. */
    public static Map<String, List<Grade>> parseOverrides(Reader reader, String location) throws GuidelineDataException {
        List<String> columns = new ArrayList<>();
        columns.add("scheme");
        columns.addAll(COLUMNS);
        Map<String, List<Grade>> result = new LinkedHashMap<>();
        for (Row row : rows(reader, location, columns)) {
            String scheme = row.fields().get(0);
            if (scheme.isBlank()) {
                throw new GuidelineDataException(location + ":" + row.line() + ": scheme is empty");
            }
            Grade g = grade(row, 1, location);
            result.computeIfAbsent(scheme, k -> new ArrayList<>()).add(new Grade(g.dimension(), g.code(), g.label(),
                    g.aliases(), g.direction(), g.strength(), g.certainty(), g.description(), g.source(), true));
        }
        return result;
    }

    private record Row(int line, List<String> fields) {
    }

    private static List<Row> rows(Reader reader, String location, List<String> columns) throws GuidelineDataException {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields;
                try {
                    fields = Csv.parseLine(line);
                } catch (IllegalArgumentException e) {
                    throw new GuidelineDataException(location + ":" + number + ": " + e.getMessage());
                }
                if (!header) {
                    List<String> names = fields.stream().map(String::trim).toList();
                    if (!names.equals(columns)) {
                        throw new GuidelineDataException(location + ":" + number + ": header must be "
                                + String.join(",", columns) + ", not " + String.join(",", names));
                    }
                    header = true;
                    continue;
                }
                if (fields.size() != columns.size()) {
                    throw new GuidelineDataException(location + ":" + number + ": " + fields.size() + " fields, expected "
                            + columns.size() + " (" + String.join(",", columns) + ")");
                }
                rows.add(new Row(number, fields));
            }
        } catch (IOException e) {
            throw new GuidelineDataException(location + ": " + e.getMessage(), e);
        }
        if (!header) {
            throw new GuidelineDataException(location + ": no header line (" + String.join(",", columns) + ")");
        }
        return rows;
    }

    private static Grade grade(Row row, int offset, String location) throws GuidelineDataException {
        List<String> f = row.fields();
        String where = location + ":" + row.line();
        String dimension = f.get(offset).trim();
        if (!dimension.equals(Grade.CLASS) && !dimension.equals(Grade.LEVEL)) {
            throw new GuidelineDataException(where + ": dimension must be 'class' or 'level', not '" + dimension + "'");
        }
        String code = f.get(offset + 1).trim();
        if (code.isEmpty()) {
            throw new GuidelineDataException(where + ": code is empty");
        }
        List<String> aliases = Arrays.stream(f.get(offset + 3).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        try {
            Direction direction = Direction.parse(f.get(offset + 4));
            Strength strength = Strength.parse(f.get(offset + 5));
            Certainty certainty = Certainty.parse(f.get(offset + 6));
            if (direction == Direction.UNKNOWN) {
                throw new IllegalArgumentException("direction UNKNOWN is not a mapping target");
            }
            if (direction == null && strength == null && certainty == null) {
                throw new IllegalArgumentException("the row sets none of direction, strength, certainty");
            }
            return new Grade(dimension, code, f.get(offset + 2).trim(), aliases, direction, strength, certainty,
                    f.get(offset + 7).trim(), where, false);
        } catch (IllegalArgumentException e) {
            throw new GuidelineDataException(where + ": " + e.getMessage()
                    + " (direction: FOR, AGAINST, RESEARCH_ONLY, NO_POSITION; strength: STRONG, MODERATE, WEAK, UNSPECIFIED;"
                    + " certainty: HIGH, MODERATE, LOW, VERY_LOW, UNSPECIFIED)");
        }
    }
}
