package org.treatyarchive.event;

import java.util.List;
import java.util.Optional;

/** Summits and meetings. */
public interface EventRepository {

    Optional<Event> findById(long id);

    Optional<Event> findByName(String name);

    /** Events ordered by date, most recent first; for selection lists. */
    List<Event> findAllByDateDescending();

    void add(Event event);
}
