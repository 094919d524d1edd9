package org.treatyarchive.persistence.config;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.junit.jupiter.api.Test;
import org.treatyarchive.persistence.search.ArchiveAnalyzers;
import org.treatyarchive.persistence.search.ArchiveElasticsearchAnalyzers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both search backends are in the WAR: one is chosen, and it gets only its own settings. */
class SearchBackendSettingsTest {

    private static final DatabaseSettings EMBEDDED = DatabaseSettings.from(name -> Optional.empty());

    private static Map<String, Object> chosen(Map<String, Object> given) {
        return chosen(given, Optional.empty());
    }

    private static Map<String, Object> chosen(Map<String, Object> given, Optional<String> indexPrefix) {
        Map<String, Object> settings = new HashMap<>(given);
        ArchivePersistenceProvider.backendSettings(settings, EMBEDDED, indexPrefix);
        return settings;
    }

    @Test
    void withoutAChoiceTheIndexIsLuceneInTheDataFolderWithTheArchivesAnalyzers() {
        Map<String, Object> settings = chosen(Map.of());

        assertEquals("lucene", settings.get(ArchivePersistenceProvider.BACKEND_TYPE));
        assertEquals(ArchivePersistenceProvider.indexDirectory(EMBEDDED).toString(), settings.get(ArchivePersistenceProvider.INDEX_ROOT));
        assertTrue(settings.get(ArchivePersistenceProvider.INDEX_ROOT).toString().startsWith(EMBEDDED.dataDirectory().toString()));
        assertEquals(ArchivePersistenceProvider.INDEX_FORMAT, settings.get(ArchivePersistenceProvider.LUCENE_VERSION));
        assertEquals(ArchiveAnalyzers.class.getName(), settings.get(ArchivePersistenceProvider.ANALYSIS));
    }

    @Test
    void elasticsearchOrOpenSearchGetsItsOwnAnalyzersAndNoLuceneSettings() {
        Map<String, Object> settings = chosen(Map.of(ArchivePersistenceProvider.BACKEND_TYPE, "elasticsearch"));

        assertEquals(ArchiveElasticsearchAnalyzers.class.getName(), settings.get(ArchivePersistenceProvider.ANALYSIS));
        // Hibernate Search warns of every setting its backend does not read, as if it were misspelt.
        assertFalse(settings.containsKey(ArchivePersistenceProvider.INDEX_ROOT));
        assertFalse(settings.containsKey(ArchivePersistenceProvider.LUCENE_VERSION));
        assertFalse(settings.containsKey(ArchivePersistenceProvider.LAYOUT), "Hibernate Search's own names without a prefix");
    }

    @Test
    void aPrefixStartsEveryIndexNameAndAliasInASharedCluster() {
        Map<String, Object> settings = chosen(Map.of(ArchivePersistenceProvider.BACKEND_TYPE, "elasticsearch"), Optional.of("staging-"));

        IndexLayoutStrategy names = (IndexLayoutStrategy) settings.get(ArchivePersistenceProvider.LAYOUT);
        assertEquals("staging-agreement-000001", names.createInitialElasticsearchIndexName("agreement"));
        assertEquals("staging-agreement-write", names.createWriteAlias("agreement"));
        assertEquals("staging-agreement-read", names.createReadAlias("agreement"));
        // The key that ties the cluster's index to the archive's is the same seen from either side.
        assertEquals(names.extractUniqueKeyFromHibernateSearchIndexName("agreement"),
                names.extractUniqueKeyFromElasticsearchIndexName("staging-agreement-000001"));
        assertTrue(chosen(Map.of(), Optional.of("staging-")).get(ArchivePersistenceProvider.LAYOUT) == null, "Lucene has no index names to prefix");
    }

    @Test
    void aPrefixThatCannotStartAnIndexNameIsRefusedWithWhatWould() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> chosen(Map.of(ArchivePersistenceProvider.BACKEND_TYPE, "elasticsearch"), Optional.of("Staging/")));
        assertTrue(refused.getMessage().contains("ARCHIVE_SEARCH_INDEX_PREFIX 'Staging/'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("lower-case letters, digits"), refused.getMessage());
    }

    @Test
    void whatTheOperatorSetsIsKept() {
        Map<String, Object> settings = chosen(Map.of(ArchivePersistenceProvider.BACKEND_TYPE, "lucene",
                ArchivePersistenceProvider.INDEX_ROOT, "/var/lib/archive-index", ArchivePersistenceProvider.ANALYSIS, "com.example.Analyzers"));

        assertEquals("/var/lib/archive-index", settings.get(ArchivePersistenceProvider.INDEX_ROOT));
        assertEquals("com.example.Analyzers", settings.get(ArchivePersistenceProvider.ANALYSIS));
    }
}
