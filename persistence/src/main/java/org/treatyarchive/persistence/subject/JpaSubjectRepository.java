package org.treatyarchive.persistence.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.treatyarchive.subject.Subject;
import org.treatyarchive.subject.SubjectRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSubjectRepository implements SubjectRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<Subject> findByName(String name) {
        return em.createQuery("select s from Subject s where s.name = :name", Subject.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Subject> findAllOrderedByName() {
        return em.createQuery("select s from Subject s order by s.name", Subject.class).getResultList();
    }

    @Override
    public void add(Subject subject) {
        em.persist(subject);
    }
}
