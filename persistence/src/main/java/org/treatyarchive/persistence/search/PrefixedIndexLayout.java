package org.treatyarchive.persistence.search;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hibernate Search's usual index layout (an index {@code agreement-000001} behind the aliases
 * {@code agreement-write} and {@code agreement-read}) with every name starting with a prefix, so that
 * several archives (a production and a staging installation, or the tests) share one Elasticsearch or
 * OpenSearch cluster without one writing into another's index (README, "Search on several nodes").
 */
public final class PrefixedIndexLayout implements IndexLayoutStrategy {

    /** What an index name may start with in Elasticsearch and OpenSearch, kept to the plain part of it. */
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern NUMBERED = Pattern.compile("(.*)-\\d{6}");

    private final String prefix;

    public PrefixedIndexLayout(String prefix) {
        if (!ALLOWED.matcher(prefix).matches()) {
            throw new IllegalArgumentException("ARCHIVE_SEARCH_INDEX_PREFIX '" + prefix
                    + "' cannot start an index name: use lower-case letters, digits, '-' and '_' (at most 64), starting with a letter or digit.");
        }
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher numbered = NUMBERED.matcher(elasticsearchIndexName);
        if (!numbered.matches()) {
            throw new IllegalArgumentException("The index '" + elasticsearchIndexName + "' is not named as this archive names its indexes ("
                    + prefix + "<name>-000001).");
        }
        return numbered.group(1);
    }
}
