package org.treatyarchive.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.treatyarchive.importing.ImportRow;
import org.treatyarchive.importing.ImportRun;
import org.treatyarchive.importing.RegisterColumns;
import org.treatyarchive.importing.RegisterImport;
import org.treatyarchive.shared.Page;
import org.treatyarchive.web.export.CsvExport;
import org.treatyarchive.web.shared.BadParameterException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Importing a register through the API: {@code POST /api/imports?dryRun=true} with the file as the
 * {@code file} part of a multipart form answers 202 with the run, which reads in the background;
 * {@code GET /api/imports/{id}} says how far it is and what it found; {@code …/report} pages its
 * rows as JSON and {@code …/report.csv} downloads them all; {@code POST …/{id}/import} imports what a
 * dry run found valid. The roles are checked by {@link RegisterImport}.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    RegisterImport imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, @QueryParam("publish") @DefaultValue("false") boolean publish,
                          List<EntityPart> parts) {
        EntityPart file = (parts == null ? List.<EntityPart>of() : parts).stream().filter(part -> "file".equals(part.getName())).findFirst()
                .orElseThrow(() -> new BadParameterException("file", "Send the register as the part named \"file\" of a multipart form."));
        ImportRun run = imports.start(file.getFileName().orElse("register"), file.getContent(), dryRun, publish);
        return Response.accepted(json(run)).location(URI.create("imports/" + run.getId())).build();
    }

    @GET
    @Path("{id}")
    public JsonObject status(@PathParam("id") long id) {
        return json(imports.find(id));
    }

    @POST
    @Path("{id}/import")
    public Response confirm(@PathParam("id") long dryRun, @QueryParam("publish") @DefaultValue("false") boolean publish) {
        ImportRun run = imports.confirm(dryRun, publish);
        return Response.accepted(json(run)).location(URI.create("imports/" + run.getId())).build();
    }

    /** One page of the report; {@code refused=true} for the refused rows only. */
    @GET
    @Path("{id}/report")
    public JsonObject report(@PathParam("id") long id, @QueryParam("refused") @DefaultValue("false") boolean refusedOnly,
                             @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("100") int size) {
        if (first < 0 || size < 1) {
            throw new BadParameterException(first < 0 ? "first" : "size", "Give a first row from 0 and a page size from 1.");
        }
        Page<ImportRow> page = imports.report(id, refusedOnly, first, size);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.items().forEach(row -> rows.add(json(row)));
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    /** The whole report as CSV (UTF-8 with a byte-order mark, so that spreadsheets read it right), streamed. */
    @GET
    @Path("{id}/report.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("id") long id) {
        ImportRun run = imports.find(id);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write("row,outcome,reference,externalId,title,problems\r\n");
            imports.forEachRow(run.getId(), row -> {
                try {
                    writer.write(row.getNumber() + "," + row.getOutcome().name() + "," + CsvExport.cell(row.getReference()) + "," + CsvExport.cell(row.getExternalId())
                            + "," + CsvExport.cell(row.getTitle()) + "," + CsvExport.cell(String.join("\n", row.getProblems())) + "\r\n");
                } catch (IOException failed) {
                    throw new java.io.UncheckedIOException(failed);
                }
            });
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }

    /** The template: the header with every column, to fill in a spreadsheet. */
    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response template() {
        String header = "\uFEFF" + String.join(",", RegisterColumns.template()) + "\r\n";
        return Response.ok(header.getBytes(StandardCharsets.UTF_8)).header("Content-Disposition", "attachment; filename=\"register-template.csv\"").build();
    }

    static JsonObject json(ImportRun run) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", run.getId())
                .add("file", run.getFileName())
                .add("format", run.getFormat().name())
                .add("dryRun", run.isDryRun())
                .add("publish", run.isPublish())
                .add("state", run.getState().name())
                .add("owner", run.getOwner())
                .add("percent", run.percentDone())
                .add("rows", run.getRowsTotal())
                .add("read", run.getRowsRead())
                .add("valid", run.getRowsValid())
                .add("refused", run.getRowsInvalid())
                .add("created", run.getRowsCreated())
                .add("updated", run.getRowsUpdated())
                .add("unchanged", run.getRowsUnchanged())
                .add("report", "/api/imports/" + run.getId() + "/report.csv");
        if (run.getMessage() != null) {
            json.add("message", run.getMessage());
        }
        run.getDryRunOf().ifPresent(dryRun -> json.add("dryRunOf", dryRun));
        return json.build();
    }

    private static JsonObject json(ImportRow row) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("row", row.getNumber()).add("outcome", row.getOutcome().name());
        if (row.getReference() != null) {
            json.add("reference", row.getReference());
        }
        if (row.getExternalId() != null) {
            json.add("externalId", row.getExternalId());
        }
        if (row.getTitle() != null) {
            json.add("title", row.getTitle());
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        row.getProblems().forEach(problems::add);
        return json.add("problems", problems).build();
    }
}
