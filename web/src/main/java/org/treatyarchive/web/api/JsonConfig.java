package org.treatyarchive.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.treatyarchive.shared.FormJson;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.HistoricalDateJson;
import org.treatyarchive.shared.RecordForm;
import org.treatyarchive.web.shared.BadParameterException;

/**
 * Every field appears in every answer, as null when empty, so that clients see one stable shape. An
 * edit form (the body of a write, the answer of {@code .../form}) has the shape the domain gives its
 * forms ({@link FormJson}): what it keeps, not what it derives.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(false)
            .withAdapters(new HistoricalDates()));

    private final Jsonb forms = JsonbBuilder.create(FormJson.config(new HistoricalDates()).withNullValues(true).withFormatting(false));

    /** The domain's form, with an unreadable date answered as a bad parameter rather than a failure. */
    public static class HistoricalDates extends HistoricalDateJson {
        @Override
        public HistoricalDate adaptFromJson(String text) {
            try {
                return super.adaptFromJson(text);
            } catch (IllegalArgumentException unreadable) {
                throw new BadParameterException("date", unreadable.getMessage());
            }
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return type != null && RecordForm.class.isAssignableFrom(type) ? forms : jsonb;
    }
}
