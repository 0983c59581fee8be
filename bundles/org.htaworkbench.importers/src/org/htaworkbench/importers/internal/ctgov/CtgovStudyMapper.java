package org.htaworkbench.importers.internal.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htaworkbench.importers.ImportProblem;
import org.htaworkbench.importers.ImportSink;
import org.htaworkbench.importers.ImportedRecord;
import org.htaworkbench.importers.Position;
import org.htaworkbench.importers.TrialField;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Turns one study of the ClinicalTrials.gov API v2 into a trial record: every leaf value as a raw value (tag = its
 * path inside the study), and the normalised trial fields from the modules of {@code protocolSection}.
 */
final class CtgovStudyMapper {

    /** Leaf values of one study, and the characters their paths and texts take, kept as raw values. */
    static final int MAX_RAW_VALUES = 200_000;
    static final long MAX_RAW_CHARS = 32L * 1024 * 1024;

    static final String NCT_ID = "protocolSection.identificationModule.nctId";

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("(\\d{1,12})(\\.0+)?");

    /** A study whose raw values would take more than the limits. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final JsonObject study;
    private final String file;
    private final int record;
    private final String path;
    private final ImportSink sink;
    private ImportedRecord.Builder builder;
    private int rawValues;
    private long rawChars;
    private boolean notUtf8Reported;

    /**
     * @param path the study's JSON path in the file: {@code $} for a file of one study, {@code $.studies[2]} for the
     *            third of a page
     */
    CtgovStudyMapper(JsonObject study, String file, int record, String path, ImportSink sink) {
        this.study = study;
        this.file = file;
        this.record = record;
        this.path = path;
        this.sink = sink;
    }

    /** The record, or null when the study has no NCT number (then reported as skipped). */
    ImportedRecord map() throws TooLarge {
        String nctId = text(NCT_ID);
        if (nctId.isEmpty()) {
            sink.problem(ImportProblem.skipped(position(NCT_ID), NCT_ID,
                    "study " + record + " has no " + NCT_ID + "; skipped"));
            return null;
        }
        builder = ImportedRecord.builder(ImportedRecord.Kind.TRIAL, new Position(file, 0, record, path));
        raw(study, "");
        add(TrialField.REGISTRY_ID, NCT_ID);
        add(TrialField.BRIEF_TITLE, "protocolSection.identificationModule.briefTitle");
        add(TrialField.OFFICIAL_TITLE, "protocolSection.identificationModule.officialTitle");
        add(TrialField.ACRONYM, "protocolSection.identificationModule.acronym");
        add(TrialField.STATUS, "protocolSection.statusModule.overallStatus");
        date(TrialField.START_DATE, "protocolSection.statusModule.startDateStruct.date");
        date(TrialField.PRIMARY_COMPLETION_DATE, "protocolSection.statusModule.primaryCompletionDateStruct.date");
        date(TrialField.COMPLETION_DATE, "protocolSection.statusModule.completionDateStruct.date");
        design();
        enrollment();
        for (String condition : arrayPaths("protocolSection.conditionsModule.conditions")) {
            add(TrialField.CONDITION, condition);
        }
        interventions();
        add(TrialField.SPONSOR, "protocolSection.sponsorCollaboratorsModule.leadSponsor.name");
        countries();
        return builder.build();
    }

    /** "INTERVENTIONAL; RANDOMIZED; PARALLEL; TREATMENT; MASKING: NONE", or the observational model and timing. */
    private void design() {
        String module = "protocolSection.designModule.";
        List<String> parts = new ArrayList<>();
        for (String field : List.of("studyType", "designInfo.allocation", "designInfo.interventionModel",
                "designInfo.observationalModel", "designInfo.timePerspective", "designInfo.primaryPurpose")) {
            String value = text(module + field);
            if (!value.isEmpty()) {
                parts.add(value);
            }
        }
        String masking = text(module + "designInfo.maskingInfo.masking");
        if (masking.isEmpty()) {
            masking = text(module + "designInfo.masking");
        }
        if (!masking.isEmpty()) {
            parts.add("MASKING: " + masking);
        }
        if (!parts.isEmpty()) {
            String at = module + "studyType";
            builder.add(TrialField.DESIGN, at, String.join("; ", parts), position(at));
        }
    }

    /** The count as a whole number (the API writes 360, some tools "360" or 360.0); the type as given. */
    private void enrollment() {
        String count = "protocolSection.designModule.enrollmentInfo.count";
        String value = text(count);
        if (!value.isEmpty()) {
            Matcher m = WHOLE_NUMBER.matcher(value);
            if (m.matches()) {
                builder.add(TrialField.ENROLLMENT, count, m.group(1), position(count));
            } else {
                warn(count, "the enrollment count '" + value + "' of study " + record + " is not a whole number;"
                        + " left out");
            }
        }
        add(TrialField.ENROLLMENT_TYPE, "protocolSection.designModule.enrollmentInfo.type");
    }

    private void interventions() {
        for (String intervention : arrayPaths("protocolSection.armsInterventionsModule.interventions")) {
            String name = text(intervention + ".name");
            String type = text(intervention + ".type");
            if (name.isEmpty()) {
                warn(intervention, "an intervention of study " + record + " has no name; left out");
            } else {
                builder.add(TrialField.INTERVENTION, intervention + ".name", type.isEmpty() ? name : type + ": " + name,
                        position(intervention + ".name"));
            }
        }
    }

    /** Each country once, in the order of the first location in it. */
    private void countries() {
        Set<String> seen = new LinkedHashSet<>();
        for (String location : arrayPaths("protocolSection.contactsLocationsModule.locations")) {
            String country = text(location + ".country");
            if (!country.isEmpty() && seen.add(country)) {
                builder.add(TrialField.COUNTRY, location + ".country", country, position(location + ".country"));
            }
        }
    }

    /** Dates stay as partial as the registry gave them; an unusual form is kept, with a warning. */
    private void date(TrialField field, String at) {
        String value = text(at);
        if (!value.isEmpty() && !DATE.matcher(value).matches()) {
            warn(at, "'" + value + "' is not a date as ClinicalTrials.gov writes them (2021-03-15, 2021-03)");
        }
        builder.add(field, at, value, position(at));
    }

    private void add(TrialField field, String at) {
        builder.add(field, at, text(at), position(at));
    }

    /** The text of a leaf: strings as they are, numbers and booleans as written; "" when absent or not a leaf. */
    private String text(String at) {
        JsonElement e = element(at);
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (!e.isJsonPrimitive()) {
            warn(at, "expected a text at " + at + " of study " + record + ", found " + (e.isJsonArray() ? "a list"
                    : "an object") + "; left out");
            return "";
        }
        return e.getAsString().strip();
    }

    /** {@code a.b.c[2].d}: members and array elements down from the study; null when any step is missing. */
    private JsonElement element(String at) {
        JsonElement e = study;
        for (String step : at.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            if (!(e instanceof JsonObject o) || !o.has(name)) {
                return null;
            }
            e = o.get(name);
            if (bracket >= 0) {
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                if (!(e instanceof JsonArray a) || index >= a.size()) {
                    return null;
                }
                e = a.get(index);
            }
        }
        return e;
    }

    /** The paths of an array's elements ({@code x[0]}, {@code x[1]}), none when it is missing or not an array. */
    private List<String> arrayPaths(String at) {
        JsonElement e = element(at);
        List<String> paths = new ArrayList<>();
        if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                paths.add(at + "[" + i + "]");
            }
        } else if (e != null && !e.isJsonNull()) {
            warn(at, "expected a list at " + at + " of study " + record + "; left out");
        }
        return paths;
    }

    /** Every leaf in document order; JSON null carries no value and is left out. */
    private void raw(JsonElement e, String at) throws TooLarge {
        if (e instanceof JsonObject o) {
            for (Map.Entry<String, JsonElement> member : o.entrySet()) {
                raw(member.getValue(), at.isEmpty() ? member.getKey() : at + "." + member.getKey());
            }
        } else if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                raw(a.get(i), at + "[" + i + "]");
            }
        } else if (e.isJsonPrimitive()) {
            String value = e.getAsString();
            rawChars += 2L * at.length() + path.length() + value.length();
            if (++rawValues > MAX_RAW_VALUES || rawChars > MAX_RAW_CHARS) {
                throw new TooLarge("study " + record + " has more values than can be kept (over " + MAX_RAW_VALUES
                        + " values or " + MAX_RAW_CHARS / (1024 * 1024) + " Mi characters)");
            }
            if (!notUtf8Reported && value.indexOf('\uFFFD') >= 0) {
                notUtf8Reported = true;
                warn(at, "study " + record + " holds bytes that are not UTF-8 (shown as \uFFFD), first at " + at);
            }
            builder.raw(at, value, position(at));
        }
    }

    private void warn(String at, String message) {
        sink.problem(ImportProblem.warning(position(at), at, message));
    }

    private Position position(String at) {
        return new Position(file, 0, record, path + "." + at);
    }
}
