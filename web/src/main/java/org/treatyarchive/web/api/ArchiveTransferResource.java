package org.treatyarchive.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.treatyarchive.transfer.ArchiveTransfer;
import org.treatyarchive.transfer.ArchiveWriter;
import org.treatyarchive.transfer.TransferCounts;
import org.treatyarchive.web.shared.BadParameterException;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole archive as one JSON file, for another archive: {@code GET /api/archive} downloads it,
 * {@code POST /api/archive} with the file as the {@code file} part of a multipart form restores it
 * into an empty archive. Administrators only, checked by {@link ArchiveTransfer}.
 */
@Path("archive")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveTransferResource {

    @Inject
    ArchiveTransfer transfer;

    @GET
    public Response export() {
        // Asked for before the stream opens, so that a refusal still answers 403 as JSON.
        ArchiveWriter writer = transfer.export();
        StreamingOutput body = writer::writeTo;
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"treaty-archive-" + LocalDate.now() + ".json\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public JsonObject restore(List<EntityPart> parts) {
        EntityPart file = (parts == null ? List.<EntityPart>of() : parts).stream().filter(part -> "file".equals(part.getName())).findFirst()
                .orElseThrow(() -> new BadParameterException("file", "Send the export as the part named \"file\" of a multipart form."));
        TransferCounts counts = transfer.restore(file.getContent());
        return Json.createObjectBuilder().add("parties", counts.parties()).add("subjects", counts.subjects()).add("events", counts.events())
                .add("documents", counts.documents()).add("agreements", counts.agreements()).add("relations", counts.relations()).build();
    }
}
