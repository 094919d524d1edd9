package org.treatyarchive.agreement;

import java.util.List;
import java.util.Map;

/**
 * One page of search results, best first, with the facet counts of all matching records.
 *
 * @param facets by facet name ({@code kind}, {@code party}, {@code subject}, {@code decade},
 *               {@code event}), the values present among the matches with their counts, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * @param highlights passages that matched, with the matching words between {@code <em>} and {@code </em>}
     *                   (the rest of each passage is escaped HTML)
     */
    public record Hit(String reference, String title, AgreementKind kind, String signed, List<String> highlights) {
    }

    public record FacetValue(String value, long count) {
    }
}
