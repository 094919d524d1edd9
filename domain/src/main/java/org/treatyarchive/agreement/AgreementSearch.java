package org.treatyarchive.agreement;

import org.treatyarchive.shared.Classification;

/** Full-text search over the agreements, kept up to date with every change by the search engine. */
public interface AgreementSearch {

    /**
     * @param clearance   the most sensitive classification the caller may see
     * @param unpublished whether records not (or no longer) published count too
     */
    SearchResult search(SearchQuery query, Classification clearance, boolean unpublished, int firstRow, int size);

    /** How many agreements the index holds, to tell a missing or stale index at start. */
    long indexedCount();

    /** Rebuilds the index from the database, waiting until it is done. */
    void reindex();
}
