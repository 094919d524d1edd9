package org.treatyarchive.persistence.shared;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.treatyarchive.shared.RecordRepository;

import java.util.List;
import java.util.Optional;

/**
 * What the repositories of the reference data (parties, events, subjects) do alike: find by id,
 * count, store, remove, and run a query for one record or one page. Each repository adds its own
 * queries and says where its records are used.
 *
 * @param <T> the entity
 */
public abstract class JpaRecords<T> implements RecordRepository<T> {

    @Inject
    protected EntityManager em;

    private final Class<T> type;

    protected JpaRecords(Class<T> type) {
        this.type = type;
    }

    public Optional<T> findById(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public long count() {
        return em.createQuery("select count(r) from " + type.getSimpleName() + " r", Long.class).getSingleResult();
    }

    /**
     * Written at once: ids come in blocks (no identity column to force the insert), and reference data is
     * then looked up by its key without flushing ({@link #findOne}), as a restore does for the parties,
     * subjects and events it has just added. Reference data is added a few at a time, so the flush costs nothing.
     */
    @Override
    public void add(T record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public void remove(T record) {
        em.remove(record);
    }

    /**
     * The first record the query finds with the one parameter, if any. Reference data is looked up by
     * its key while agreements are assembled, several times a record: flushing before each lookup
     * made an import's chunk dirty-check every record it held once per party. What the lookup could
     * miss is a key changed in this same transaction and not yet flushed, which no use case does; a
     * record added is flushed by {@link #add}.
     */
    protected Optional<T> findOne(String jpql, String parameter, Object value) {
        return em.createQuery(jpql, type).setParameter(parameter, value).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    protected List<T> list(String jpql) {
        return em.createQuery(jpql, type).getResultList();
    }

    /** One page of the query's results; the query orders them, with a unique last key so that pages do not overlap. */
    protected List<T> page(String jpql, int first, int size) {
        return em.createQuery(jpql, type).setFirstResult(first).setMaxResults(size).getResultList();
    }
}
