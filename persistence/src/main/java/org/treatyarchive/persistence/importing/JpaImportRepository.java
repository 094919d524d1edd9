package org.treatyarchive.persistence.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.util.common.SearchException;
import org.treatyarchive.importing.ImportOutcome;
import org.treatyarchive.importing.ImportRepository;
import org.treatyarchive.importing.ImportRow;
import org.treatyarchive.importing.ImportRun;
import org.treatyarchive.importing.ImportState;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

@ApplicationScoped
public class JpaImportRepository implements ImportRepository {

    /** Report lines read per page when a whole report is streamed out. */
    private static final int STREAM_FETCH = 500;

    @Inject
    private EntityManager em;

    @Override
    public void add(ImportRun run) {
        em.persist(run);
    }

    @Override
    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    @Override
    public Optional<Long> claim(Instant now, Instant staleBefore) {
        List<Long> candidates = em.createQuery("""
                        select r.id from ImportRun r
                        where r.state = :queued or (r.state = :running and r.claimedAt < :stale)
                        order by r.id""", Long.class)
                .setParameter("queued", ImportState.QUEUED).setParameter("running", ImportState.RUNNING).setParameter("stale", staleBefore)
                .setMaxResults(1).getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // Conditional, so that of two nodes asking at once exactly one gets the run.
        int taken = em.createQuery("""
                        update ImportRun r set r.state = :running, r.claimedAt = :now, r.claims = r.claims + 1
                        where r.id = :id and (r.state = :queued or (r.state = :running and r.claimedAt < :stale))""")
                .setParameter("running", ImportState.RUNNING).setParameter("now", now).setParameter("id", candidates.get(0))
                .setParameter("queued", ImportState.QUEUED).setParameter("stale", staleBefore).executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        // The bulk update bypassed the persistence context: read the run afresh.
        em.clear();
        return Optional.of(candidates.get(0));
    }

    @Override
    public void addRows(List<ImportRow> rows) {
        // Written in JDBC batches (hibernate.jdbc.batch_size): the report's keys are assigned, not generated.
        rows.forEach(em::persist);
        em.flush();
    }

    @Override
    public void indexWithoutWaiting() {
        try {
            Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        } catch (SearchException queued) {
            // Outbox-polling coordination (several nodes): index work is queued and never waited for anyway.
        }
    }

    @Override
    public void writeAndRelease() {
        em.flush();
        // The documents are built while the records are still in the session: clearing it drops what is not built yet.
        Search.session(em).indexingPlan().process();
        em.clear();
    }

    @Override
    public List<ImportRow> rows(long run, boolean refusedOnly, int firstRow, int size) {
        return rowQuery(run, refusedOnly).setFirstResult(firstRow).setMaxResults(size).getResultList();
    }

    @Override
    public long countRows(long run, boolean refusedOnly) {
        TypedQuery<Long> query = em.createQuery("select count(r) from ImportRow r where r.run = :run"
                + (refusedOnly ? " and r.outcome = :refused" : ""), Long.class).setParameter("run", run);
        return (refusedOnly ? query.setParameter("refused", ImportOutcome.INVALID) : query).getSingleResult();
    }

    @Override
    public void forEachRow(long run, Consumer<ImportRow> row) {
        // Read in pages by row number, detaching each page: a report of 250,000 rows is never held whole.
        int after = 0;
        while (true) {
            List<ImportRow> page = em.createQuery("select r from ImportRow r where r.run = :run and r.number > :after order by r.number", ImportRow.class)
                    .setParameter("run", run).setParameter("after", after).setMaxResults(STREAM_FETCH).getResultList();
            if (page.isEmpty()) {
                return;
            }
            page.forEach(row);
            after = page.get(page.size() - 1).getNumber();
            page.forEach(em::detach);
        }
    }

    @Override
    public Map<String, Integer> keysRead(long run) {
        Map<String, Integer> keys = new HashMap<>();
        em.createQuery("select r.key, r.number from ImportRow r where r.run = :run and r.key is not null", Object[].class)
                .setParameter("run", run)
                .getResultList()
                .forEach(row -> keys.putIfAbsent((String) row[0], (Integer) row[1]));
        return keys;
    }

    @Override
    public List<ImportRun> recent(String owner, int max) {
        TypedQuery<ImportRun> query = owner == null
                ? em.createQuery("select r from ImportRun r order by r.id desc", ImportRun.class)
                : em.createQuery("select r from ImportRun r where r.owner = :owner order by r.id desc", ImportRun.class).setParameter("owner", owner);
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<ImportRun> importOf(long dryRun) {
        return em.createQuery("select r from ImportRun r where r.dryRunOf = :dryRun order by r.id", ImportRun.class)
                .setParameter("dryRun", dryRun).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ImportRun> abandonedDryRuns(Instant finishedBefore) {
        return em.createQuery("""
                        select r from ImportRun r where r.dryRun = true and r.finishedAt < :before
                        and not exists (select 1 from ImportRun i where i.dryRunOf = r.id)""", ImportRun.class)
                .setParameter("before", finishedBefore).setMaxResults(1000).getResultList();
    }

    private TypedQuery<ImportRow> rowQuery(long run, boolean refusedOnly) {
        TypedQuery<ImportRow> query = em.createQuery("select r from ImportRow r where r.run = :run"
                + (refusedOnly ? " and r.outcome = :refused" : "") + " order by r.number", ImportRow.class).setParameter("run", run);
        return refusedOnly ? query.setParameter("refused", ImportOutcome.INVALID) : query;
    }
}
