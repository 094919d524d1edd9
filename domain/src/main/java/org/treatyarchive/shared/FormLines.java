package org.treatyarchive.shared;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Forms as labelled lines, the shape every comparison (review, history) works on. A reference-data
 * form (party, event, subject) is read from its JSON shape so that a new field shows up in the
 * history without code here; the agreement's lines are labelled by hand ({@code AgreementLines})
 * with the same rule for what makes a line. Bookkeeping fields (version, who saved, when) are left
 * out: the revision itself says those.
 */
public final class FormLines {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "editedBy", "editedAt", "createdBy", "new");

    private FormLines() {
    }

    public static Map<String, String> of(Object form) {
        JsonObject json = Json.createReader(new StringReader(FormJson.write(form))).readObject();
        Map<String, String> lines = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (!BOOKKEEPING.contains(key)) {
                flatten(label(key), value, lines);
            }
        });
        return lines;
    }

    private static void flatten(String label, JsonValue value, Map<String, String> lines) {
        switch (value.getValueType()) {
            case NULL -> { }
            case STRING -> put(lines, label, ((JsonString) value).getString());
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    flatten(label + " " + (i + 1), array.get(i), lines);
                }
            }
            case OBJECT -> value.asJsonObject().forEach((key, inner) -> flatten(label + ": " + label(key).toLowerCase(), inner, lines));
            default -> lines.put(label, value.toString());
        }
    }

    /** Adds the line unless its value is empty: an empty field is no line, on either side of a comparison. */
    public static void put(Map<String, String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.put(label, value);
        }
    }

    /** "predecessorCode" becomes "Predecessor code". */
    static String label(String key) {
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
