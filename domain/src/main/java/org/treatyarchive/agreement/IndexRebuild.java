package org.treatyarchive.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
}
