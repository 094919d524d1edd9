package org.treatyarchive.event;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.treatyarchive.shared.EditConflictException;
import org.treatyarchive.shared.FormLines;
import org.treatyarchive.shared.RecordHistory;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.shared.FormValidation;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.user.Role;
import org.treatyarchive.user.Secured;
import org.treatyarchive.user.Viewer;

import java.time.Clock;
import java.util.List;

/** Summits and meetings: anyone reads them; archivists and administrators keep them. */
@ApplicationScoped
@Secured
@Transactional
@RolesAllowed({Role.ARCHIVIST_NAME, Role.ADMINISTRATOR_NAME})
public class EventRegister {

    @Inject
    RecordHistory history;

    @Inject
    EventRepository events;

    @Inject
    FormValidation forms;

    @Inject
    Viewer viewer;

    private final Clock clock = Clock.systemUTC();

    @PermitAll
    public Page<Event> list(int first, int size) {
        return new Page<>(events.page(first, size), events.count());
    }

    /** @throws NotFoundException when there is no such event */
    @PermitAll
    public Event get(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("There is no event number " + id + "."));
    }

    @PermitAll
    public EventEdit open(long id) {
        return EventEdit.of(get(id));
    }

    /** @return the new event's id */
    public long create(EventEdit edit) {
        forms.check("The event", edit);
        Event event = new Event(edit.getName(), edit.getLevel(), edit.getStarts());
        apply(edit, event);
        events.add(event);
        return event.getId();
    }

    /** @throws EditConflictException when someone saved the event after the form read it */
    public void update(EventEdit edit) {
        forms.check("The event", edit);
        Event event = get(edit.getId() == null ? -1 : edit.getId());
        event.checkEditedFrom(edit.getVersion(), "The event " + event.getName());
        apply(edit, event);
    }

    /** @throws org.treatyarchive.shared.InvalidRecordException naming the agreements adopted at the event */
    public void delete(long id) {
        Event event = get(id);
        events.usage(event).refuseDeletionIfUsed("The event " + event.getName(), "is where the archive records the adoption of");
        events.remove(event);
    }

    private void apply(EventEdit edit, Event event) {
        event.rename(edit.getName(), edit.getLevel());
        event.reschedule(edit.getStarts(), edit.getEnds());
        event.heldIn(edit.getPlace());
        event.recordOutcome(edit.getOutcome());
        event.recordEdit(viewer.username(), clock.instant());
    }

    /** The event's latest revisions, newest first, with what each changed. */
    public List<RevisionEntry> history(long id) {
        Event event = get(id);
        return RevisionEntry.history(history, Event.class, event.getId(), RevisionEntry.SHOWN, old -> FormLines.of(EventEdit.of(old)));
    }
}
