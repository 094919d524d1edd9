package org.treatyarchive.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;

/**
 * The one JSON shape of the edit forms, for the drafts stored in proposals, the history's lines and
 * the API's form bodies: every property a form keeps in a field, nothing a form derives ("new",
 * "rightToLeft"), so the forms need no JSON annotations and what is stored is what was typed.
 */
public final class FormJson {

    private static final Jsonb JSON = JsonbBuilder.create(config(new HistoricalDateJson()));

    private FormJson() {
    }

    /** The forms' configuration, with the given reading of dates (the API's names the field it refuses). */
    public static JsonbConfig config(HistoricalDateJson dates) {
        return new JsonbConfig().withAdapters(dates).withPropertyVisibilityStrategy(new StoredFields());
    }

    public static String write(Object form) {
        return JSON.toJson(form);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.fromJson(json, type);
    }

    /** Getters and setters count only where the class (or a superclass) has a field of that property's name. */
    private static final class StoredFields implements PropertyVisibilityStrategy {

        @Override
        public boolean isVisible(Field field) {
            return Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            String property = property(method.getName());
            if (!Modifier.isPublic(method.getModifiers()) || property == null) {
                return false;
            }
            for (Class<?> type = method.getDeclaringClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                try {
                    return !Modifier.isStatic(type.getDeclaredField(property).getModifiers());
                } catch (NoSuchFieldException notHere) {
                    // a superclass may hold it
                }
            }
            return false;
        }

        private static String property(String method) {
            String rest = method.startsWith("get") || method.startsWith("set") ? method.substring(3)
                    : method.startsWith("is") ? method.substring(2) : "";
            return rest.isEmpty() ? null : rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
        }
    }
}
