package org.treatyarchive.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.archiving.DocumentFiling;
import org.treatyarchive.document.DocumentKind;
import org.treatyarchive.document.DocumentType;
import org.treatyarchive.document.TextStatus;
import org.treatyarchive.shared.Classification;
import org.treatyarchive.web.shared.BadParameterException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.treatyarchive.web.shared.UrlParameters.enumeration;

/**
 * A record's documents: list them, add one (multipart: {@code file} and its description), read one
 * (with its SHA-256 in {@code Repr-Digest}, RFC 9530, so a client can check what it received), and
 * take one off the record. Adding and removing are saves of the record: on a published record they go
 * into its draft change, for review.
 */
@Path("agreements/{reference}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    DocumentFiling filing;

    @GET
    public List<DocumentJson> list(@PathParam("reference") String reference) {
        List<DocumentEntry> held = filing.list(reference);
        Map<String, TextStatus> text = filing.textStatus(held.stream().map(DocumentEntry::getSha256).toList());
        return held.stream().map(entry -> DocumentJson.of(reference, entry, null).withText(text.get(entry.getSha256()))).toList();
    }

    /**
     * Parts: {@code file} (required), {@code kind} (a {@link DocumentKind}, default {@code SIGNED_ORIGINAL}), {@code title}
     * (default the file's name), {@code language} (BCP 47), {@code party} (a party code), {@code date} ({@code 2018-08-12}),
     * {@code classification} (default the record's).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@PathParam("reference") String reference, List<EntityPart> parts) {
        EntityPart file = part(parts, "file").orElseThrow(() -> new BadParameterException("file",
                "Send the document as the multipart part \"file\", with its description in the parts kind, title, language, party, date."));
        DocumentFiling.Description description = new DocumentFiling.Description(
                enumeration("kind", text(parts, "kind"), DocumentKind.class), text(parts, "title"), text(parts, "language"),
                text(parts, "party"), day(text(parts, "date")), enumeration("classification", text(parts, "classification"), Classification.class));
        DocumentEntry added = filing.attach(reference, description, file.getFileName().orElse(null), file.getContent());
        DocumentJson json = DocumentJson.of(reference, added, null);
        return Response.created(URI.create(json.href())).entity(json).build();
    }

    @GET
    @Path("{sha256}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("reference") String reference, @PathParam("sha256") String sha256,
                            @HeaderParam("Range") String range) {
        return download(filing.open(reference, sha256), range);
    }

    /** A picture of the first page (PNG, 120 px wide), made when the text was read; 404 until then and for files without pages. */
    @GET
    @Path("{sha256}/thumbnail")
    @Produces("image/png")
    public Response thumbnail(@PathParam("reference") String reference, @PathParam("sha256") String sha256) {
        InputStream picture = filing.openThumbnail(reference, sha256);
        StreamingOutput body = out -> {
            try (InputStream in = picture) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "image/png").header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{sha256}")
    public Response remove(@PathParam("reference") String reference, @PathParam("sha256") String sha256) {
        filing.detach(reference, sha256);
        return Response.noContent().build();
    }

    /**
     * The content with the headers that let a client trust it and a browser show it safely: the type
     * found when the file was received (never the client's), inline only for PDFs and images, the
     * original name, the checksum.
     */
    static Response download(DocumentFiling.Holding holding, String range) {
        DocumentEntry document = holding.document();
        boolean inline = DocumentType.ofMediaType(document.getMediaType()).map(DocumentType::inline).orElse(false);
        long size = document.getSize();
        long[] part = byteRange(range, size);
        long first = part == null ? 0 : part[0];
        long length = part == null ? size : part[1] - part[0] + 1;
        StreamingOutput body = out -> {
            try (InputStream in = holding.content()) {
                in.skipNBytes(first);
                copy(in, out, length);
            }
        };
        Response.ResponseBuilder answer = part == null ? Response.ok(body, document.getMediaType())
                : Response.status(Response.Status.PARTIAL_CONTENT).entity(body).type(document.getMediaType())
                        .header("Content-Range", "bytes " + part[0] + "-" + part[1] + "/" + size);
        return answer
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", length)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + asciiName(document.getFileName())
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(document.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.getSha256())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * One range of {@code Range: bytes=first-last} (or {@code first-}, or {@code -suffix}), within the
     * file; {@code null} for the whole file (no header, several ranges, or one that does not fit),
     * which a client then gets with 200, as HTTP allows.
     */
    static long[] byteRange(String range, long size) {
        if (range == null || !range.startsWith("bytes=") || range.contains(",") || size == 0) {
            return null;
        }
        String[] ends = range.substring(6).strip().split("-", -1);
        try {
            if (ends.length != 2) {
                return null;
            }
            long first;
            long last;
            if (ends[0].isEmpty()) {
                first = Math.max(0, size - Long.parseLong(ends[1]));
                last = size - 1;
            } else {
                first = Long.parseLong(ends[0]);
                last = ends[1].isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(ends[1]));
            }
            return first <= last && first < size ? new long[] {first, last} : null;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) {
        return part(parts, name).map(part -> {
            try {
                return part.getContent(String.class);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw new BadParameterException("date", "date=" + value + " is not a day such as 2018-08-12.");
        }
    }
}
