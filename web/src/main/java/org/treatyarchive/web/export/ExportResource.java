package org.treatyarchive.web.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.web.api.SearchParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import static org.treatyarchive.web.shared.UrlParameters.enumeration;

/**
 * {@code GET /api/agreements/export?format=csv|xlsx|json} with the search API's parameters: every
 * agreement the same search finds for the caller (within their clearance, published only unless
 * staff), in its order, streamed as the index gives them. The query is checked before the first byte
 * goes out, so a wrong parameter still answers 400 with its name.
 */
@Path("agreements/export")
@RequestScoped
public class ExportResource {

    @Inject
    AgreementCatalog catalog;

    @GET
    public Response export(@QueryParam("format") String format, @BeanParam SearchParameters search) {
        ExportFormat as = format == null || format.isBlank() ? ExportFormat.CSV : enumeration("format", format, ExportFormat.class);
        SearchQuery query = search.query();
        AgreementSort sort = search.sortBy();
        boolean ascending = search.ascending();
        StreamingOutput body = out -> {
            ExportWriter writer = as.open(out);
            catalog.export(query, sort, ascending, agreement -> {
                try {
                    writer.write(agreement);
                } catch (IOException gone) {
                    // The reader went away: stop reading the index for nobody.
                    throw new UncheckedIOException(gone);
                }
            });
            writer.finish();
        };
        String name = "agreements-" + LocalDate.now() + "." + as.extension();
        return Response.ok(body, as.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
