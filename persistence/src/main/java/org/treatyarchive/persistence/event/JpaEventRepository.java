package org.treatyarchive.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRepository;
import org.treatyarchive.persistence.agreement.AgreementUsage;
import org.treatyarchive.persistence.shared.JpaRecords;
import org.treatyarchive.shared.Usage;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEventRepository extends JpaRecords<Event> implements EventRepository {

    private static final String NEWEST_FIRST = "select e from Event e order by e.starts.earliest desc, e.id desc";

    public JpaEventRepository() {
        super(Event.class);
    }

    @Override
    public Optional<Event> findComplete(long id) {
        Optional<Event> found = findById(id);
        // One query per list (two lists fetched in one query would multiply their rows).
        found.ifPresent(event -> List.of("left join fetch e.sources", "left join fetch e.notes").forEach(fetch ->
                em.createQuery("select distinct e from Event e " + fetch + " where e.id = :id", Event.class)
                        .setParameter("id", id).getResultList()));
        return found;
    }

    @Override
    public Optional<Event> findByName(String name) {
        return findOne("select e from Event e where e.name = :name", "name", name);
    }

    @Override
    public List<Event> findAllByDateDescending() {
        return list(NEWEST_FIRST);
    }

    @Override
    public List<Event> page(int first, int size) {
        return page(NEWEST_FIRST, first, size);
    }

    @Override
    public Usage usage(Event event) {
        return AgreementUsage.of(em, "from Agreement a where a.event = :used", event, List.of());
    }
}
