package org.treatyarchive.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

@ApplicationPath("api")
public class ArchiveApi extends Application {

    /** Multipart bodies (document uploads, as {@code EntityPart}s); the resources and providers are still found by scanning. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
