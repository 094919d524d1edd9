package org.treatyarchive.persistence.importing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.treatyarchive.importing.ImportRefusedException;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Reads the archive's own JSON, as its export writes it: an array of objects whose members are the
 * import's columns ({@code "title"} or {@code "officialTitle"}, {@code "signed"}, {@code "parties"}
 * as codes or as {@code {"code": …}} objects…), one object at a time, with the same names as a
 * spreadsheet's header.
 */
final class JsonRows {

    void read(InputStream content, BiPredicate<Integer, Map<String, String>> sink) {
        try (JsonParser parser = Json.createParser(content)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new ImportRefusedException("The JSON file is not an array of agreements ([{…}, {…}]), as the archive's export writes it.");
            }
            int number = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return;
                }
                number++;
                if (event != JsonParser.Event.START_OBJECT) {
                    throw new ImportRefusedException("Element " + number + " of the JSON array is not an object: each agreement is one {…}.");
                }
                JsonObject agreement = parser.getObject();
                Map<String, String> cells = new LinkedHashMap<>();
                agreement.forEach((name, value) -> cells.put(name, text(value)));
                if (!sink.test(number, cells)) {
                    return;
                }
            }
        } catch (JsonParsingException broken) {
            throw new ImportRefusedException("The JSON file is not well-formed at line " + broken.getLocation().getLineNumber()
                    + ", column " + broken.getLocation().getColumnNumber() + ": " + broken.getMessage());
        } catch (jakarta.json.JsonException unreadable) {
            throw new ImportRefusedException("The JSON file cannot be read (is it UTF-8?): " + unreadable.getMessage());
        }
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE -> "TRUE";
            case FALSE -> "FALSE";
            case NULL -> "";
            case ARRAY -> ((JsonArray) value).stream().map(JsonRows::item).collect(Collectors.joining("; "));
            case OBJECT -> value.toString();
        };
    }

    /** An element of a list: a party as the export writes it ({@code {"code": "KZ", "name": …}}) counts by its code. */
    private static String item(JsonValue value) {
        if (value instanceof JsonObject object && object.containsKey("code")) {
            return text(object.get("code"));
        }
        return text(value);
    }
}
