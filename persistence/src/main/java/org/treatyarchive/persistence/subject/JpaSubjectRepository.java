package org.treatyarchive.persistence.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.treatyarchive.persistence.agreement.AgreementUsage;
import org.treatyarchive.shared.Usage;
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
                .setParameter("name", name == null ? null : name.strip())
                .getResultStream().findFirst();
    }

    @Override
    public List<Subject> findAllOrderedByName() {
        return em.createQuery("select s from Subject s order by s.name", Subject.class).getResultList();
    }

    @Override
    public Optional<Subject> findById(long id) {
        return Optional.ofNullable(em.find(Subject.class, id));
    }

    @Override
    public Usage usage(Subject subject) {
        return AgreementUsage.of(em, "from Agreement a join a.subjects s where s = :used", subject, List.of());
    }

    @Override
    public void add(Subject subject) {
        em.persist(subject);
    }

    @Override
    public void remove(Subject subject) {
        em.remove(subject);
    }
}
