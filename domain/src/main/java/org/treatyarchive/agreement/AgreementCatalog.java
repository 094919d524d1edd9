package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRepository;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.user.Viewer;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What readers do with agreements: list and filter them, and open one. Read-only; the transaction
 * keeps one persistence context for the few queries a page needs. Every answer is limited to what
 * the caller's clearance covers, and for readers to published records: a record above it, or not
 * yet approved, does not exist for them, in lists, counts and direct links alike.
 */
@ApplicationScoped
@Transactional
public class AgreementCatalog {

    private AgreementRepository agreements;
    private PartyRepository parties;
    private Clock clock;

    @Inject
    Viewer viewer;

    @Inject
    AgreementSearch search;

    protected AgreementCatalog() {
        // for CDI proxies
    }

    @Inject
    public AgreementCatalog(AgreementRepository agreements, PartyRepository parties) {
        this(agreements, parties, Clock.systemDefaultZone());
    }

    AgreementCatalog(AgreementRepository agreements, PartyRepository parties, Clock clock) {
        this.agreements = agreements;
        this.parties = parties;
        this.clock = clock;
    }

    /**
     * One page of matching agreements with the total, read from the database: the same rules as the
     * search index applies, in SQL (the tests hold the two to each other).
     */
    public Page<AgreementSummary> find(AgreementFilter filter, PageRequest<AgreementSort> page) {
        return agreements.search(orNone(filter), page, today());
    }

    private AgreementFilter orNone(AgreementFilter filter) {
        return (filter == null ? AgreementFilter.NONE : filter).withAccess(viewer.clearance(), viewer.isStaff());
    }

    /**
     * Whether the caller may see an agreement, for the related agreements a record links to: within
     * their clearance, and published unless they are staff.
     */
    public boolean isVisible(Agreement agreement) {
        return viewer.canSee(agreement.getClassification()) && (agreement.isPublished() || viewer.isStaff());
    }

    /** Whether the caller's clearance covers a document's classification: a document may be classified above its record. */
    public boolean mayRead(AgreementDocument document) {
        return viewer.canSee(document.getClassification());
    }

    /**
     * The complete record.
     *
     * @throws AgreementNotFoundException when no agreement has that reference
     */
    public Agreement getByReference(String reference) {
        if (reference == null || !Agreement.REFERENCE.matcher(reference.strip()).matches()) {
            throw new AgreementNotFoundException(String.valueOf(reference));
        }
        return agreements.findCompleteByReference(reference.strip())
                .filter(this::isVisible)
                .orElseThrow(() -> new AgreementNotFoundException(reference));
    }

    /**
     * Full-text search, ranked by relevance, with facet counts; within the caller's clearance, and
     * published records only unless the caller is staff, in the hits and the counts alike.
     *
     * @param page without a sort, best match first (newest first when there are no words)
     */
    public SearchResult search(SearchQuery query, PageRequest<AgreementSort> page) {
        return search.search(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today(), page, true);
    }

    /**
     * The agreement list: one page from the search index in the order asked, without facets. The
     * index answers counts at any size at once, where the database would count every row.
     */
    public List<AgreementSummary> list(SearchQuery query, PageRequest<AgreementSort> page) {
        return search.search(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today(), page, false)
                .hits().stream().map(SearchResult.Hit::agreement).toList();
    }

    /**
     * Everything the list or the search shows for this query, not one page: within the caller's
     * clearance, published only unless the caller is staff, told one at a time.
     */
    public void export(SearchQuery query, AgreementSort sort, boolean ascending, Consumer<AgreementSummary> each) {
        search.forEach(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today(), sort, ascending, each);
    }

    /**
     * The newest of the published agreements the query lets through, for the feed: published ones
     * only whoever asks (a feed is read by programs that keep it), within the caller's clearance.
     */
    public List<AgreementSearch.NewlyPublished> newlyPublished(SearchQuery query, int limit) {
        return search.newlyPublished(query == null ? SearchQuery.ALL : query, viewer.clearance(), today(), limit);
    }

    /** How many agreements the list holds; a paged table asks this once, then {@link #list} for each page. */
    public long count(SearchQuery query) {
        return search.count(query == null ? SearchQuery.ALL : query, viewer.clearance(), viewer.isStaff(), today());
    }

    /**
     * What the search box offers while a reader types: parties by name or code first (they narrow a
     * search best), then titles of agreements the reader may see.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        if (typed == null || typed.isBlank() || typed.strip().length() < 2) {
            return List.of();
        }
        String text = typed.strip();
        List<Suggestion> suggestions = new ArrayList<>();
        parties.search(text, Math.max(1, limit / 3))
                .forEach(party -> suggestions.add(new Suggestion(Suggestion.Kind.PARTY, party.getName(), party.getCode())));
        search.suggestTitles(text, viewer.clearance(), viewer.isStaff(), limit - suggestions.size())
                .forEach(title -> suggestions.add(new Suggestion(Suggestion.Kind.TITLE, title, title)));
        return suggestions;
    }

    /**
     * One line the search box offers.
     *
     * @param value what choosing it searches by: a party code, or the title as words
     */
    public record Suggestion(Kind kind, String label, String value) implements Serializable {

        public enum Kind { PARTY, TITLE }
    }

    /** The parties a reader can filter by. */
    public List<Party> parties() {
        return parties.findAllOrderedByName();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
