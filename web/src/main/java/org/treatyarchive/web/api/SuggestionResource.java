package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageChoice;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/suggestions?query=seab}: what the search box offers while a reader types, parties
 * first, then titles of agreements the caller may see, labelled in the caller's language, in the shape
 * PrimeFaces' autoComplete reads from an endpoint. The search page asks here rather than through Faces
 * because it keeps no state for anonymous readers, and a stateless view forgets the suggestions it
 * made before it renders them. Each value says what choosing it searches by: {@code party=TM} narrows
 * by that party, {@code q=} and a title searches for the title's words.
 */
@Path("suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private static final int LIMIT = 9;

    @Inject
    private AgreementCatalog catalog;

    @Inject
    private PartyRegister partyRegister;

    @Inject
    private LanguageChoice language;

    public record Suggestion(String label, String value) {
    }

    /** @param moreAvailable always false: the box shows the best {@value #LIMIT} and the search finds the rest */
    public record Suggestions(List<Suggestion> suggestions, boolean moreAvailable) {
    }

    @GET
    public Suggestions suggest(@QueryParam("query") String query) {
        if (query != null && query.length() > SearchQuery.TEXT_MAX) {
            throw new InvalidRecordException("query", Phrase.of("search.tooLong", SearchQuery.TEXT_MAX));
        }
        // The register's names are English; other languages' names are read once for the whole answer.
        Map<String, String> names = language.getCurrent() == InterfaceLanguage.ENGLISH ? Map.of() : partyRegister.namesIn(language.getTag());
        return new Suggestions(catalog.suggest(query, LIMIT).stream().map(suggestion -> switch (suggestion.kind()) {
            case PARTY -> new Suggestion(language.text("search.suggestion.party",
                    Party.labelOf(names.getOrDefault(suggestion.value(), suggestion.label()), suggestion.value())), "party=" + suggestion.value());
            case TITLE -> new Suggestion(suggestion.label(), "q=" + suggestion.value());
        }).toList(), false);
    }
}
