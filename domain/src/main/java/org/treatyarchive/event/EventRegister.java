package org.treatyarchive.event;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.Phrase;
import org.treatyarchive.shared.RecordKeeping;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;

import java.util.List;

/** Summits and meetings: anyone reads them; archivists and administrators keep them. */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
public class EventRegister implements ReferenceRegister<EventEdit, Long> {

    @Inject
    EventRepository events;

    @Inject
    RecordKeeping keeping;

    @PermitAll
    public Page<Event> list(int first, int size) {
        return new Page<>(events.page(first, size), events.count());
    }

    /** @throws NotFoundException when there is no such event */
    @PermitAll
    public Event get(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException(Phrase.of("event.none", id)));
    }

    /** The event with its sources and notes, for its page; anyone may read it. */
    @PermitAll
    public Event getComplete(long id) {
        return events.findComplete(id).orElseThrow(() -> new NotFoundException(Phrase.of("event.none", id)));
    }

    @Override
    @PermitAll
    public EventEdit open(Long id) {
        return EventEdit.of(get(id));
    }

    @Override
    public Long create(EventEdit edit) {
        keeping.check("The event", edit);
        Event event = new Event(edit.getName(), edit.getLevel(), edit.getStarts());
        apply(edit, event);
        events.add(event);
        return event.getId();
    }

    @Override
    public void update(EventEdit edit) {
        keeping.check("The event", edit);
        Event event = get(edit.getId() == null ? -1 : edit.getId());
        event.checkEditedFrom(edit.getVersion(), Phrase.of("record.event", event.getName()));
        apply(edit, event);
    }

    /** Refused while agreements name the event as where they were adopted. */
    @Override
    public void delete(Long id) {
        Event event = get(id);
        events.usage(event).refuseDeletionIfUsed(Phrase.of("record.event", event.getName()), "usage.eventOf");
        events.remove(event);
    }

    private void apply(EventEdit edit, Event event) {
        event.rename(edit.getName(), edit.getLevel());
        event.reschedule(edit.getStarts(), edit.getEnds());
        event.heldIn(edit.getPlace());
        event.recordOutcome(edit.getOutcome());
        keeping.stamp(event);
    }

    @Override
    public List<RevisionEntry> history(Long id) {
        return keeping.history(Event.class, get(id).getId(), EventEdit::of);
    }
}
