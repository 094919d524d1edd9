package org.treatyarchive.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatyarchive.archiving.DocumentFiling;
import org.treatyarchive.web.shared.UrlParameters;

import java.util.List;

/** A document by its number ({@code id} in a record's JSON), with the same access rules as through its record. */
@Path("documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class StoredDocumentResource {

    @Inject
    DocumentFiling filing;

    @GET
    public DocumentJson get(@PathParam("id") String id) {
        long number = UrlParameters.number("id", id, -1);
        DocumentFiling.Stored stored = filing.findStored(number);
        String sha256 = stored.document().getSha256();
        return DocumentJson.of(stored.reference(), stored.document(), number).withText(filing.textStatus(List.of(sha256)).get(sha256));
    }

    @GET
    @Path("content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") String id, @HeaderParam("Range") String range) {
        DocumentFiling.Stored stored = filing.findStored(UrlParameters.number("id", id, -1));
        return DocumentResource.download(filing.open(stored.reference(), stored.document().getSha256()), range);
    }
}
