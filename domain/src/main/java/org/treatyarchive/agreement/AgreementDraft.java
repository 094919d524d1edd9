package org.treatyarchive.agreement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.treatyarchive.shared.FormJson;

import java.io.StringReader;

/**
 * A draft change as a proposal stores it: the agreement form as JSON, inside an envelope that names
 * the version of the form's shape, {@code {"format": 2, "form": {...}}}. A draft may wait in review
 * for months while the form changes; the envelope lets a later version read what an earlier one
 * stored, and says what to convert when a field is renamed or reshaped.
 * <ul>
 *   <li>format 1 (before the envelope): the form's properties at the top level;</li>
 *   <li>format 2: the same properties inside {@code form}.</li>
 * </ul>
 */
public final class AgreementDraft {

    /** The version this build writes. */
    public static final int FORMAT = 2;

    private AgreementDraft() {
    }

    /** The form's content, without its bookkeeping (version, who saved): the proposal keeps those. */
    public static String write(AgreementEdit form) {
        return "{\"format\":" + FORMAT + ",\"form\":" + FormJson.write(form) + "}";
    }

    /** @throws IllegalStateException for a format this build does not know, written by a newer one */
    public static AgreementEdit read(String content) {
        JsonObject stored;
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            stored = reader.readObject();
        }
        int format = stored.containsKey("format") && stored.containsKey("form") ? stored.getInt("format") : 1;
        return switch (format) {
            case 1 -> FormJson.read(content, AgreementEdit.class);
            case FORMAT -> FormJson.read(stored.getJsonObject("form").toString(), AgreementEdit.class);
            default -> throw new IllegalStateException("This draft was stored in format " + format
                    + ", newer than this version of the archive reads (" + FORMAT + ").");
        };
    }
}
