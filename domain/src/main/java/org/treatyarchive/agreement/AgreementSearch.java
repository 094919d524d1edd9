package org.treatyarchive.agreement;

import org.treatyarchive.shared.Classification;
import org.treatyarchive.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Full-text search over the agreements, kept up to date with every change by the search engine. */
public interface AgreementSearch {

    /**
     * @param clearance   the most sensitive classification the caller may see
     * @param unpublished whether records not (or no longer) published count too
     * @param today       the day the derived status is judged on
     * @param page        which hits, in which order: without a sort, best match first (newest first
     *                    when there are no words)
     * @param facets      whether to count the facets too (the search page and the API do; a plain list does
     *                    not, and its total may then stop at the end of the page: ask {@link #count})
     */
    SearchResult search(SearchQuery query, Classification clearance, boolean unpublished, LocalDate today,
                        PageRequest<AgreementSort> page, boolean facets);

    /**
     * Every match, in the order asked (newest first without one), told one at a time as the index
     * gives them in chunks: an export of a whole treaty series never holds it in memory.
     */
    void forEach(SearchQuery query, Classification clearance, boolean unpublished, LocalDate today, AgreementSort sort,
                 boolean ascending, Consumer<AgreementSummary> each);

    /**
     * The agreements first published most recently, newest first, among the published ones the
     * query and the clearance let through: for the feed.
     */
    List<NewlyPublished> newlyPublished(SearchQuery query, Classification clearance, LocalDate today, int limit);

    /** An agreement of the feed, with when readers first got it. */
    record NewlyPublished(AgreementSummary agreement, Instant firstPublished) {
    }

    /** How many agreements match, without reading any of them. */
    long count(SearchQuery query, Classification clearance, boolean unpublished, LocalDate today);

    /** Titles that begin with or contain the words typed so far, best first, for the search box. */
    List<String> suggestTitles(String typed, Classification clearance, boolean unpublished, int limit);

    /** How many agreements the index holds, to tell a missing or stale index at start. */
    long indexedCount();

    /**
     * Whether a committed change still waits to be written to the index: on several nodes the index
     * follows the database through a queue in it (the outbox), which may run behind; on one node the
     * committing thread writes the index itself, and nothing waits.
     */
    boolean indexWorkWaiting();

    /**
     * Rebuilds the agreements' index from the database, waiting until it is done (the documents'
     * pages are {@link #reindexPages}).
     *
     * @param progress told the number of agreements indexed so far, after every batch
     */
    void reindex(LongConsumer progress);

    /** The row version of every agreement the index holds, by id: what the index was built from. */
    Map<Long, Long> indexedVersions();

    /**
     * Rebuilds the index of the documents' pages when it holds another number of pages than the
     * database (a page committed whose index work was lost).
     *
     * @return by how many pages the two differed
     */
    long reconcilePages();

    /** Rebuilds the index of the documents' pages from the database, waiting until it is done. */
    void reindexPages();

    /** Indexes these agreements again from the database, and drops from the index the ids no longer stored. */
    void reindex(Collection<Long> ids, Collection<Long> gone);
}
