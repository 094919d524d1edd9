package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.archiving.ReviewDesk;
import org.treatyarchive.review.ReviewItem;
import org.treatyarchive.shared.Page;
import org.treatyarchive.web.shared.UrlParameters;

/**
 * {@code GET /api/reviews} is the review queue, oldest first; {@code GET /api/reviews/{id}} one proposal
 * with its changes; {@code POST .../{id}/approval} and {@code POST .../{id}/return} decide it. The same
 * service as the review page, with its role checks and four eyes.
 */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    private ReviewDesk desk;

    @GET
    public ReviewJson.QueueAnswer queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = UrlParameters.page(page);
        int pageSize = UrlParameters.size(size, AgreementResource.DEFAULT_SIZE);
        Page<ReviewItem> found = desk.queue((pageNumber - 1) * pageSize, pageSize);
        return new ReviewJson.QueueAnswer(found.total(), pageNumber, pageSize, found.items().stream().map(ReviewJson.Item::of).toList());
    }

    @GET
    @Path("{id}")
    public ReviewJson.Case get(@PathParam("id") String id) {
        return ReviewJson.Case.of(desk.open(UrlParameters.number("id", id, -1)));
    }

    /** Approves; reviewers only, and never their own work (403). Body: {@code {"comment": "..."}} (optional). */
    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson.Case approve(@PathParam("id") String id, ReviewJson.Comment body) {
        long proposal = UrlParameters.number("id", id, -1);
        desk.approve(proposal, body == null ? null : body.comment());
        return ReviewJson.Case.of(desk.open(proposal));
    }

    /**
     * Approves what an import brought in and waits for review, up to {@link ReviewDesk#BATCH_MAX} at a
     * time; reviewers only, four eyes holding for each (work the reviewer wrote is left for another).
     */
    @POST
    @Path("imports/{run}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewDesk.BatchDecision approveImport(@PathParam("run") long run, ReviewJson.Comment body) {
        return desk.approveBatch(run, body == null ? null : body.comment());
    }

    /** Returns the work to its authors; reviewers only. Body: {@code {"comment": "what to fix"}} (required). */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewJson.Case returnToAuthors(@PathParam("id") String id, ReviewJson.Comment body) {
        long proposal = UrlParameters.number("id", id, -1);
        desk.returnWithComment(proposal, body == null ? null : body.comment());
        return ReviewJson.Case.of(desk.open(proposal));
    }
}
