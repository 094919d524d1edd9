package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.treatyarchive.document.DocumentFile;
import org.treatyarchive.document.DocumentFileRepository;
import org.treatyarchive.document.DocumentPage;
import org.treatyarchive.document.TextState;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentFileRepository implements DocumentFileRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<DocumentFile> find(String sha256) {
        return Optional.ofNullable(em.find(DocumentFile.class, sha256));
    }

    @Override
    public void add(DocumentFile file) {
        em.persist(file);
    }

    @Override
    public List<DocumentFile> after(String sha256, int size) {
        return em.createQuery("select f from DocumentFile f where f.sha256 > :after order by f.sha256", DocumentFile.class)
                .setParameter("after", sha256).setMaxResults(size).getResultList();
    }

    @Override
    public List<DocumentFile> unsound() {
        return em.createQuery("select f from DocumentFile f where f.fixity in :unsound order by f.checkedAt desc", DocumentFile.class)
                .setParameter("unsound", List.of(DocumentFile.Fixity.DAMAGED, DocumentFile.Fixity.MISSING)).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(f) from DocumentFile f", Long.class).getSingleResult();
    }

    @Override
    public List<DocumentFile> findAll(Collection<String> sha256s) {
        return em.createQuery("select f from DocumentFile f where f.sha256 in :files", DocumentFile.class)
                .setParameter("files", sha256s).getResultList();
    }

    /**
     * Picks a candidate, then takes it with an update that only succeeds while it is still waiting:
     * two nodes that picked the same file race on that one row, and the loser tries the next round.
     */
    @Override
    public Optional<String> claimForReading(Instant now, Instant staleBefore) {
        List<String> candidates = em.createQuery("""
                        select f.sha256 from DocumentFile f
                        where (f.textState = :pending or (f.textState = :reading and f.textClaimedAt < :stale))
                          and exists (select 1 from AgreementDocument d where d.sha256 = f.sha256)
                        order by f.storedAt""", String.class)
                .setParameter("pending", TextState.PENDING).setParameter("reading", TextState.READING).setParameter("stale", staleBefore)
                .setMaxResults(1).getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int taken = em.createQuery("""
                        update DocumentFile f set f.textState = :reading, f.textClaimedAt = :now
                        where f.sha256 = :sha256 and (f.textState = :pending or (f.textState = :reading and f.textClaimedAt < :stale))""")
                .setParameter("reading", TextState.READING).setParameter("now", now).setParameter("sha256", candidates.get(0))
                .setParameter("pending", TextState.PENDING).setParameter("stale", staleBefore).executeUpdate();
        return taken == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    @Override
    public List<String> languagesOf(String sha256) {
        return em.createQuery("""
                        select d.language from AgreementDocument d where d.sha256 = :sha256 and d.language is not null
                        group by d.language order by count(d) desc""", String.class)
                .setParameter("sha256", sha256).getResultList();
    }

    @Override
    public void addPage(DocumentPage page) {
        em.persist(page);
    }

    @Override
    public void removePages(String sha256) {
        // One by one rather than a bulk delete, so that the search index forgets them too.
        em.createQuery("select p from DocumentPage p where p.sha256 = :sha256", DocumentPage.class)
                .setParameter("sha256", sha256).getResultList().forEach(em::remove);
    }

    @Override
    public Map<TextState, Long> countByTextState() {
        Map<TextState, Long> counts = new EnumMap<>(TextState.class);
        em.createQuery("select f.textState, count(f) from DocumentFile f group by f.textState", Object[].class).getResultList()
                .forEach(row -> counts.put((TextState) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public List<DocumentFile> unread(int max) {
        return em.createQuery("select f from DocumentFile f where f.textState in :unread order by f.textReadAt desc", DocumentFile.class)
                .setParameter("unread", List.of(TextState.FAILED, TextState.NEEDS_OCR)).setMaxResults(max).getResultList();
    }

    @Override
    public int readAgainWhereOcrWaits() {
        return em.createQuery("update DocumentFile f set f.textState = :pending where f.textState = :waiting")
                .setParameter("pending", TextState.PENDING).setParameter("waiting", TextState.NEEDS_OCR).executeUpdate();
    }
}
