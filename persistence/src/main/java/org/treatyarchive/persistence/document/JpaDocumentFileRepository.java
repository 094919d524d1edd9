package org.treatyarchive.persistence.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.treatyarchive.document.DocumentFile;
import org.treatyarchive.document.DocumentFileRepository;

import java.util.List;
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
}
