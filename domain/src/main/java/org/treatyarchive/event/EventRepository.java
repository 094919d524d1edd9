package org.treatyarchive.event;

import org.treatyarchive.shared.RecordRepository;

import java.util.List;
import java.util.Optional;

/** Summits and meetings; an event's {@link #usage usage} is the agreements adopted at it. */
public interface EventRepository extends RecordRepository<Event> {

    Optional<Event> findById(long id);

    /** The event with its sources and notes, for its page. */
    Optional<Event> findComplete(long id);

    Optional<Event> findByName(String name);

    /** Events ordered by date, most recent first; for selection lists. */
    List<Event> findAllByDateDescending();

    /** One page of events, most recent first. */
    List<Event> page(int first, int size);

    long count();
}
