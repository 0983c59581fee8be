package org.htaworkbench.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Text and JSON renderings of findings (for {@code workbench validate --format text|json}). */
public final class FindingsFormat {

    private FindingsFormat() {
    }

    /** One finding per line block: "WARNING [effect.counts] Møller 2024 / Limb ischaemia: ...". */
    public static String text(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.severity()).append(" [").append(f.checkId()).append("] ").append(f.message()).append('\n');
        }
        return b.toString();
    }

    /**
     * A JSON array of objects {severity, check, study, outcome, element, message}; element is the id of the offending
     * element or of its nearest container with an id.
     */
    public static String json(List<Finding> findings) {
        return GSON.toJson(findings.stream().map(FindingsFormat::toJsonObject).toList()) + "\n";
    }

    /** The JSON object of one finding, as a map so that callers can embed it in larger documents. */
    public static Map<String, Object> toJsonObject(Finding f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("severity", f.severity().name());
        o.put("check", f.checkId());
        o.put("study", f.studyLabel());
        o.put("outcome", f.outcomeLabel());
        o.put("element", f.elementId());
        o.put("message", f.message());
        return o;
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();
}
