package org.treatyarchive.agreement;

import java.io.Serializable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search results, best first, with the facet counts of all matching records.
 *
 * @param facets by facet name ({@link #FACETS}), the values present among the matches with their
 *               counts, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) implements Serializable {

    /** The facets, in the order a search page shows them. */
    public static final List<String> FACETS = List.of("kind", "status", "party", "subject", "decade", "event");

    public SearchResult {
        hits = List.copyOf(hits);
        // In the order of FACETS, as the page and the API show them.
        Map<String, List<FacetValue>> ordered = new LinkedHashMap<>();
        for (String name : FACETS) {
            if (facets.containsKey(name)) {
                ordered.put(name, List.copyOf(facets.get(name)));
            }
        }
        facets = Collections.unmodifiableMap(ordered);
    }

    public List<FacetValue> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    /**
     * @param agreement   the row as the agreement list shows it, read from the index alone
     * @param highlights  passages that matched, with the matching words between {@code <em>} and {@code </em>}
     *                    (the rest of each passage is escaped HTML)
     * @param inDocuments the documents of the record, visible to the caller, whose text matched: the
     *                    best page of each
     */
    public record Hit(AgreementSummary agreement, List<String> highlights, List<DocumentMatch> inDocuments) implements Serializable {

        public Hit {
            highlights = List.copyOf(highlights);
            inDocuments = List.copyOf(inDocuments);
        }
    }

    /**
     * A page of a record's document where the words were found.
     *
     * @param documentId the document's number, as {@code /api/documents/{id}} knows it
     * @param passage    the matching passage, marked and escaped as {@link Hit#highlights}
     */
    public record DocumentMatch(long documentId, String title, int page, String passage) implements Serializable {
    }

    /**
     * @param value the value a query narrows by (a kind or status constant, a party code, a year…)
     * @param label the value as a reader reads it
     */
    public record FacetValue(String value, String label, long count) implements Serializable {
    }
}
