package org.treatyarchive.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Every field appears in every answer, as null when empty, so that clients see one stable shape. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
