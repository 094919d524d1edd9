package org.treatyarchive.event;

import org.treatyarchive.shared.Usage;

import java.util.List;
import java.util.Optional;

/** Summits and meetings. */
public interface EventRepository {

    Optional<Event> findById(long id);

    Optional<Event> findByName(String name);

    /** Events ordered by date, most recent first; for selection lists. */
    List<Event> findAllByDateDescending();

    /** One page of events, most recent first. */
    List<Event> page(int first, int size);

    long count();

    /** The agreements adopted at the event. */
    Usage usage(Event event);

    void add(Event event);

    void remove(Event event);
}
