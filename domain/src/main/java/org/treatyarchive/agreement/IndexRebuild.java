package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The transactional steps of {@link SearchIndexing}, in their own bean so that the transaction
 * interceptor applies when the executor's thread calls them. No role check here: only
 * {@code SearchIndexing} uses it, after checking.
 */
@ApplicationScoped
@Transactional
public class IndexRebuild {

    @Inject
    AgreementSearch search;

    @Inject
    AgreementRepository agreements;

    public long stored() {
        return agreements.countAll();
    }

    public long indexed() {
        return search.indexedCount();
    }

    public void rebuild(LongConsumer progress) {
        search.reindex(progress);
    }

    /** @return by how many pages the index and the database differed (then rebuilt) */
    public long reconcilePages() {
        return search.reconcilePages();
    }

    public void rebuildPages() {
        search.reindexPages();
    }

    /**
     * Brings the index in step with the database record by record: every agreement whose indexed
     * version differs from its row (a change committed whose index work was lost, by a crash between
     * the two) is indexed again, every indexed id no longer stored is dropped.
     *
     * @return how many documents were repaired
     */
    public int reconcile() {
        Map<Long, Long> stored = agreements.versions();
        Map<Long, Long> indexed = search.indexedVersions();
        List<Long> stale = stored.entrySet().stream()
                .filter(row -> !row.getValue().equals(indexed.get(row.getKey()))).map(Map.Entry::getKey).sorted().toList();
        List<Long> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        if (!stale.isEmpty() || !gone.isEmpty()) {
            search.reindex(stale, gone);
        }
        return stale.size() + gone.size();
    }
}
