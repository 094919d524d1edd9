package org.treatyarchive.persistence.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link ArchiveAnalyzers} for Elasticsearch and OpenSearch: the English, Russian and Persian
 * analyzers are the engine's own language analyzers of the same names; only the archive's general
 * analyzer is defined here. Chosen with the backend by {@code ArchivePersistenceProvider}.
 */
public class ArchiveElasticsearchAnalyzers implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ArchiveAnalyzers.GENERAL).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
