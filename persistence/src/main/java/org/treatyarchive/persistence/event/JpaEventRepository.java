package org.treatyarchive.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.persistence.agreement.AgreementUsage;
import org.treatyarchive.shared.Usage;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<Event> findById(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    @Override
    public Optional<Event> findByName(String name) {
        return em.createQuery("select e from Event e where e.name = :name", Event.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Event> findAllByDateDescending() {
        return em.createQuery("select e from Event e order by e.starts.earliest desc, e.id desc", Event.class).getResultList();
    }

    @Override
    public List<Event> page(int first, int size) {
        return em.createQuery("select e from Event e order by e.starts.earliest desc, e.id desc", Event.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }

    @Override
    public Usage usage(Event event) {
        return AgreementUsage.of(em, "from Agreement a where a.event = :used", event, List.of());
    }

    @Override
    public void add(Event event) {
        em.persist(event);
    }

    @Override
    public void remove(Event event) {
        em.remove(event);
    }
}
