package org.treatyarchive.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.event.EventEdit;
import org.treatyarchive.event.EventLevel;
import org.treatyarchive.event.EventRegister;
import org.treatyarchive.shared.RevisionEntry;
import org.treatyarchive.web.shared.RecordEditor;

import java.util.List;
import java.util.Map;

/** Backs {@code events/edit.xhtml} (a new event) and {@code events/edit.xhtml?id=3}. */
@Named
@ViewScoped
public class EditEventBacking extends RecordEditor<EventEdit> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EventRegister register;

    private Long id;

    public EditEventBacking() {
        super("event", Map.of("name", "name", "level", "level", "starts", "starts", "ends", "ends",
                "place", "place", "outcome", "outcome"));
    }

    @Override
    protected boolean opensStored() {
        return id != null;
    }

    @Override
    protected EventEdit open() {
        return register.open(id == null ? form.getId() : id);
    }

    @Override
    protected EventEdit blank() {
        return new EventEdit();
    }

    @Override
    protected boolean isNew() {
        return form.isNew();
    }

    @Override
    protected String create() {
        register.create(form);
        return "/events/list.xhtml";
    }

    @Override
    protected String update() {
        register.update(form);
        return "/events/list.xhtml";
    }

    @Override
    protected String remove() {
        register.delete(form.getId());
        return "/events/list.xhtml";
    }

    @Override
    protected List<RevisionEntry> history() {
        return register.history(form.getId());
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
