package org.treatyarchive.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import org.treatyarchive.web.shared.BadParameterException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON body the API could not turn into its record, said in the body's own
 * terms: the field (as a path for nested ones), and the value expected, never a Java class name.
 * JSON-B does not say which property it failed on; for a value it could not take (an unknown enum
 * constant) the body is searched for where that value stands.
 */
record BodyProblem(String field, String message) {

    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]*)");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+([A-Z][\\w$]*)");

    static BodyProblem of(Throwable failure, byte[] body) {
        List<String> path = new ArrayList<>();
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadParameterException bad) {
                return new BodyProblem(bad.parameter(), bad.getMessage());
            }
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            while (property.find()) {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(property.group(1))) {
                    path.add(property.group(1));
                }
            }
            root = cause;
        }
        String field = path.isEmpty() ? "body" : String.join(".", path);
        String where = path.isEmpty() ? "The body" : field;
        String detail = String.valueOf(root.getMessage());
        Matcher constant = ENUM.matcher(detail);
        if (constant.find()) {
            if (path.isEmpty() && body != null) {
                String found = pathOf(body, constant.group(2));
                if (found != null) {
                    field = found.contains(".") ? found.substring(0, found.indexOf('.')) : found;
                    where = found;
                }
            }
            return new BodyProblem(field, where + ": '" + constant.group(2) + "' is not one of " + allowed(constant.group(1)) + ".");
        }
        if (root instanceof NumberFormatException) {
            return new BodyProblem(field, where + ": a number is expected here.");
        }
        if (path.isEmpty()) {
            return new BodyProblem(field, "The body is not JSON the archive can read: " + withoutJavaNames(detail));
        }
        return new BodyProblem(field, where + " has a value of the wrong kind (" + withoutJavaNames(detail) + ").");
    }

    Response answer() {
        return ErrorMappers.error(Response.Status.BAD_REQUEST, message, field);
    }

    /** Where in the body a string value stands ("kind", "parties.consentType"), or null. */
    private static String pathOf(byte[] body, String value) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return find(reader.readValue(), value, "");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String find(JsonValue node, String value, String at) {
        if (node instanceof JsonString text) {
            return text.getString().equals(value) && !at.isEmpty() ? at : null;
        }
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String found = find(member.getValue(), value, at.isEmpty() ? member.getKey() : at + "." + member.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        if (node instanceof JsonArray array) {
            for (JsonValue element : array) {
                String found = find(element, value, at);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String allowed(String enumClass) {
        try {
            Object[] constants = Class.forName(enumClass, false, BodyProblem.class.getClassLoader()).getEnumConstants();
            return constants == null ? "the allowed values" : Arrays.toString(constants);
        } catch (ClassNotFoundException | LinkageError unknown) {
            return "the allowed values";
        }
    }

    /** "org.treatyarchive.agreement.AgreementKind" reads as "AgreementKind": the caller has no use for packages. */
    private static String withoutJavaNames(String detail) {
        return JAVA_NAME.matcher(detail).replaceAll("$1");
    }
}
