package org.htaworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.htaworkbench.analysis.internal.MetaCommand;
import org.htaworkbench.testdata.TestData;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** bcg.json, the CSV fixtures, running the meta command in-process, tolerance-aware assertions. */
final class Fixtures {

    /** Closed forms (FE, DL, HE, HS, SJ, MH, Peto, escalc). */
    static final double CLOSED = 1e-9;
    /** Iterative estimators against metafor's *_tight entries. */
    static final double TIGHT = 1e-6;

    private static JsonObject bcg;

    private Fixtures() {
    }

    static synchronized JsonObject bcg() {
        if (bcg == null) {
            bcg = JsonParser.parseString(TestData.text(TestData.BCG_JSON)).getAsJsonObject();
        }
        return bcg;
    }

    /** bcg.json block by path, e.g. {@code block("rma", "RR", "REML_tight")}. */
    static JsonObject block(String... path) {
        JsonObject o = bcg();
        for (String p : path) {
            o = o.getAsJsonObject(p);
            if (o == null) {
                fail("no block " + String.join(".", path));
            }
        }
        return o;
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Copies a data resource into dir and returns its path. */
    static Path copy(Path dir, String name) throws IOException {
        if (name.equals(TestData.BCG_CSV)) {
            return TestData.copy(name, dir);
        }
        Path p = dir.resolve(name);
        Files.writeString(p, resource("/data/" + name));
        return p;
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    record Run(int code, String out, String err) {
        JsonObject json() {
            assertEquals(0, code, "exit code; stderr: " + err);
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    static Run meta(Object... args) {
        List<String> list = new ArrayList<>();
        for (Object a : args) {
            list.add(a.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new MetaCommand().run(list, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void close(double expected, double actual, double tol, String what) {
        double diff = Math.abs(actual - expected);
        double scale = Math.max(Math.abs(expected), 1e-12);
        assertTrue(Double.isFinite(actual) && diff <= tol * scale,
                what + ": expected " + expected + " but was " + actual + " (rel. diff " + diff / scale + ", tol " + tol + ")");
    }

    static void close(JsonObject expected, String eField, JsonObject actual, String aField, double tol) {
        JsonElement e = expected.get(eField);
        JsonElement a = actual.get(aField);
        if (e == null || e.isJsonNull()) {
            fail("fixture has no " + eField);
        }
        if (a == null || a.isJsonNull()) {
            fail("output has no " + aField + " (expected " + e + ")");
        }
        close(e.getAsDouble(), a.getAsDouble(), tol, aField);
    }

    static void closeArrays(JsonArray expected, JsonArray actual, double tol, String what) {
        assertEquals(expected.size(), actual.size(), what + " length");
        for (int i = 0; i < expected.size(); i++) {
            close(expected.get(i).getAsDouble(), actual.get(i).getAsDouble(), tol, what + "[" + i + "]");
        }
    }

    /** Values of field {@code f} of an array of objects. */
    static JsonArray column(JsonArray rows, String f) {
        JsonArray out = new JsonArray();
        rows.forEach(r -> out.add(r.getAsJsonObject().get(f)));
        return out;
    }
}
