package org.treatyarchive.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import org.treatyarchive.shared.HistoricalDate;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Every field appears in every answer, as null when empty, so that clients see one stable shape. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(false)
            .withAdapters(new HistoricalDates()));

    /** Partial dates travel in their ISO-like form: 2018-08-12, 1997-06 or 2008. */
    public static class HistoricalDates implements JsonbAdapter<HistoricalDate, String> {
        @Override
        public String adaptToJson(HistoricalDate date) {
            return date == null ? null : date.toIsoString();
        }

        @Override
        public HistoricalDate adaptFromJson(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return HistoricalDate.read(text);
            } catch (IllegalArgumentException unreadable) {
                throw new BadParameterException("date", unreadable.getMessage());
            }
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
