package org.treatyarchive.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRegister;
import org.treatyarchive.web.shared.PagedModel;

/** Backs {@code events/list.xhtml}: summits and meetings, most recent first, a page at a time. */
@Named
@RequestScoped
public class ListEventsBacking {

    @Inject
    EventRegister register;

    private final PagedModel<Event> events = new PagedModel<>((first, size) -> register.list(first, size),
            event -> String.valueOf(event.getId()));

    public PagedModel<Event> getEvents() {
        return events;
    }
}
