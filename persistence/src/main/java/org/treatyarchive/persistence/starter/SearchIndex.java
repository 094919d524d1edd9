package org.treatyarchive.persistence.starter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.agreement.AgreementRepository;
import org.treatyarchive.agreement.AgreementSearch;

import java.util.logging.Logger;

/**
 * Keeps the search index in step with the database at start: an index that is missing (a new
 * installation, a deleted folder, an archive upgraded from before search) or holds another number
 * of agreements than the database is rebuilt before the archive answers.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    private AgreementSearch search;

    @Inject
    private AgreementRepository agreements;

    @Transactional
    public void rebuildIfOutOfStep() {
        long stored = agreements.countAll();
        long indexed = search.indexedCount();
        if (stored != indexed) {
            long started = System.nanoTime();
            search.reindex();
            LOG.info(() -> "Rebuilt the search index: " + stored + " agreements (it held " + indexed + ") in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms.");
        }
    }
}
