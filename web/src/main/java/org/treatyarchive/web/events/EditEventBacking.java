package org.treatyarchive.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.event.EventEdit;
import org.treatyarchive.event.EventLevel;
import org.treatyarchive.event.EventRegister;
import org.treatyarchive.shared.ReferenceRegister;
import org.treatyarchive.web.shared.RecordEditor;

import java.util.Set;

/** Backs {@code events/edit.xhtml} (a new event) and {@code events/edit.xhtml?id=3}. */
@Named
@ViewScoped
public class EditEventBacking extends RecordEditor<EventEdit, Long> {

    private static final long serialVersionUID = 1L;

    @Inject
    EventRegister register;

    private Long id;

    public EditEventBacking() {
        super("event", EventEdit.class, Set.of("name", "level", "starts", "ends", "place", "outcome"), "/events/list.xhtml");
    }

    @Override
    protected ReferenceRegister<EventEdit, Long> register() {
        return register;
    }

    @Override
    protected Long requested() {
        return id;
    }

    @Override
    protected String describe() {
        return "the event " + form.getName();
    }

    public EventLevel[] getLevels() {
        return EventLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
