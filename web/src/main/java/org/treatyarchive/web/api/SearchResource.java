package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.agreement.SearchResult;
import org.treatyarchive.shared.PageRequest;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search?q=warship&kind=&party=&subject=&decade=&event=&page=&size=}: full-text search,
 * best match first, with highlighted passages and the facet counts of all matches. The same
 * classification and publication rules as the list apply to the hits and the counts.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private AgreementCatalog catalog;

    public record Answer(long total, int page, int size, List<Hit> items, Map<String, List<SearchResult.FacetValue>> facets) {
    }

    public record Hit(String reference, String title, String kind, String signed, List<String> highlights, String href) {
    }

    @GET
    public Answer search(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("party") String party,
                         @QueryParam("subject") String subject, @QueryParam("decade") String decade,
                         @QueryParam("event") String event, @QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = AgreementResource.number("page", page, 1);
        int pageSize = AgreementResource.number("size", size, AgreementResource.DEFAULT_SIZE);
        if (pageNumber < 1 || pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw new BadParameterException(pageNumber < 1 ? "page" : "size",
                    "page starts at 1 and size is between 1 and " + PageRequest.MAX_SIZE + ".");
        }
        SearchQuery query = new SearchQuery(q, AgreementResource.enumeration("kind", kind, AgreementKind.class), party, subject,
                decade == null || decade.isBlank() ? null : AgreementResource.number("decade", decade, 0), event);
        SearchResult found = catalog.search(query, (pageNumber - 1) * pageSize, pageSize);
        return new Answer(found.total(), pageNumber, pageSize, found.hits().stream()
                .map(hit -> new Hit(hit.reference(), hit.title(), hit.kind().name(), hit.signed(), hit.highlights(),
                        "/api/agreements/" + hit.reference()))
                .toList(), found.facets());
    }
}
