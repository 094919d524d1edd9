package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementEdit;
import org.treatyarchive.agreement.AgreementHistory;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.agreement.SearchResult;
import org.treatyarchive.archiving.AgreementEditing;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.web.export.RecordPdf;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageChoice;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.UrlParameters;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.treatyarchive.web.shared.UrlParameters.number;

/**
 * {@code GET /api/agreements} lists or searches agreements, filtered and paged; {@code GET /api/agreements/{reference}}
 * returns one complete record. Archivists enter records with {@code POST /api/agreements} and correct
 * them by {@code GET .../{reference}/form}, changing it, and {@code PUT .../{reference}}, under the same
 * rules and role checks as the web form. Parameters arrive as strings and are parsed here, so that a wrong one
 * is answered with 400 and its name rather than the server's generic 404 for unconvertible parameters.
 */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    private AgreementCatalog catalog;

    @Inject
    private AgreementEditing editing;

    @Inject
    private ReviewDesk desk;

    @Inject
    private AgreementHistory history;

    /**
     * Searches the index: with words ({@code q}), best match first with each item's highlighted
     * passages; without, newest first; {@code sort} orders by a column instead. Every answer holds
     * the facet counts of all matches, and any facet value narrows.
     */
    @GET
    public AgreementJson.ListAnswer list(@BeanParam SearchParameters search, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        int pageNumber = UrlParameters.page(page);
        int pageSize = UrlParameters.size(size, DEFAULT_SIZE);
        SearchQuery query = search.query();
        AgreementSort sortBy = search.sortBy();
        SearchResult found = catalog.search(query, new PageRequest<>(pageNumber - 1, pageSize, sortBy, search.ascending()));
        return new AgreementJson.ListAnswer(found.total(), pageNumber, pageSize,
                found.hits().stream().map(hit -> AgreementJson.Item.of(hit.agreement(), hit.highlights(), hit.inDocuments())).toList(),
                found.facets());
    }

    @GET
    @Path("{reference}")
    public AgreementJson.Record get(@PathParam("reference") String reference) {
        Agreement agreement = catalog.getByReference(reference);
        return AgreementJson.Record.of(agreement, agreement.status(catalog.today()), catalog::isVisible, catalog::mayRead);
    }

    /**
     * The record as a print-ready PDF sheet, within the same access as its JSON: titles in every
     * language, parties, articles, relations, sources and notes.
     */
    @GET
    @Path("{reference}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("reference") String reference, @Context HttpServletRequest request) {
        Agreement agreement = catalog.getByReference(reference);
        AgreementStatus status = agreement.status(catalog.today());
        // Decided now, in the request, rather than while the sheet streams out.
        Set<String> visible = Stream.concat(agreement.getRelations().stream().map(AgreementRelation::getTarget),
                        agreement.getIncomingRelations().stream().map(AgreementRelation::getSource))
                .filter(catalog::isVisible).map(Agreement::getReference).collect(Collectors.toSet());
        // In the reader's language, as the record page is (the language menu's cookie, Accept-Language, or ?lang=).
        InterfaceLanguage language = LanguageChoice.of(request);
        StreamingOutput sheet = out -> RecordPdf.write(agreement, status, related -> visible.contains(related.getReference()), language, out);
        return Response.ok(sheet).header("Content-Disposition", "inline; filename=\"" + reference + ".pdf\"").build();
    }

    /**
     * The agreement's lineage as a graph: it and what amends, supersedes, supplements, implements,
     * terminates or refers to it (and what it does so to), {@code depth} relations out in both
     * directions (2 by default, at most 3), within the caller's access.
     */
    @GET
    @Path("{reference}/relations")
    public AgreementJson.Graph relations(@PathParam("reference") String reference, @QueryParam("depth") String depth) {
        return AgreementJson.Graph.of(catalog.relationGraph(reference, number("depth", depth, 2)));
    }

    /** The record as the edit form holds it, with its version: change it and {@code PUT} it back. */
    @GET
    @Path("{reference}/form")
    public AgreementEdit form(@PathParam("reference") String reference) {
        return editing.open(reference);
    }

    /** Enters a new agreement; archivists only. Answers 201 with the new reference. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AgreementEdit edit, @Context UriInfo uri) {
        String reference = editing.create(required(edit));
        return Response.created(uri.getAbsolutePathBuilder().path(reference).build())
                .entity(editing.open(reference)).build();
    }

    /**
     * Saves a form over the record; archivists only. The form's {@code version} must be the stored one,
     * else 409 says who saved in between.
     */
    @PUT
    @Path("{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementEdit update(@PathParam("reference") String reference, AgreementEdit edit) {
        required(edit).setReference(reference);
        editing.update(edit);
        return editing.open(reference);
    }

    /** Hands the record's draft to the reviewers; archivists only. Body: {@code {"comment": "..."}} (optional). */
    @POST
    @Path("{reference}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson.RecordState submit(@PathParam("reference") String reference, ReviewJson.Comment body) {
        desk.submit(reference, body == null ? null : body.comment());
        return ReviewJson.RecordState.of(desk.ofRecord(reference));
    }

    /** Asks for the record's withdrawal; archivists only. Body: {@code {"comment": "why"}} (required). */
    @POST
    @Path("{reference}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson.RecordState requestWithdrawal(@PathParam("reference") String reference, ReviewJson.Comment body) {
        desk.requestWithdrawal(reference, body == null ? null : body.comment());
        return ReviewJson.RecordState.of(desk.ofRecord(reference));
    }

    /**
     * Deletes a record that was never published (an unwanted new draft); its authors or an
     * administrator only. A published record answers 409: it is withdrawn through review instead.
     */
    @DELETE
    @Path("{reference}")
    public Response deleteDraft(@PathParam("reference") String reference) {
        desk.deleteNewDraft(reference);
        return Response.noContent().build();
    }

    /** Where the record stands in review, with its review comments; staff only. */
    @GET
    @Path("{reference}/review")
    public ReviewJson.RecordState review(@PathParam("reference") String reference) {
        return ReviewJson.RecordState.of(desk.ofRecord(reference));
    }

    /** The record's revisions, newest first, with what each changed; staff only. */
    @GET
    @Path("{reference}/history")
    public List<ReviewJson.RevisionJson> history(@PathParam("reference") String reference) {
        return history.of(reference).stream().map(ReviewJson.RevisionJson::of).toList();
    }

    /** Starts a draft from an old revision, to be submitted like any change; archivists only. */
    @POST
    @Path("{reference}/history/{revision}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementEdit restore(@PathParam("reference") String reference, @PathParam("revision") String revision) {
        editing.restore(reference, number("revision", revision, 0));
        return editing.open(reference);
    }

    private static AgreementEdit required(AgreementEdit edit) {
        if (edit == null) {
            throw new BadParameterException("body", "Send the agreement as JSON, as GET /api/agreements/{reference}/form returns it.");
        }
        return edit;
    }
}
