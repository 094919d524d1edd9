package org.treatyarchive.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.event.Event;
import org.treatyarchive.event.EventRegister;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.web.shared.PagedModel;
import org.treatyarchive.web.shared.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Backs {@code events/view.xhtml?id=3}: a summit or meeting, what it adopted, and the agreements
 * the archive records as adopted or signed at it (from the search index, within the reader's
 * access), oldest signature first.
 */
@Named
@ViewScoped
public class ViewEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventRegister register;

    @Inject
    AgreementCatalog catalog;

    private String id;
    private String name;
    private transient Event event;

    private final PagedModel<AgreementSummary> agreements = new PagedModel<>(
            (first, size) -> new Page<>(catalog.list(query(), new PageRequest<>(first / size, size, AgreementSort.SIGNED, true)),
                    catalog.count(query())),
            () -> catalog.count(query()),
            AgreementSummary::reference);

    /** Called by {@code f:viewAction}: an unknown or unreadable id answers 404. */
    public void load() throws IOException {
        try {
            name = getEvent().getName();
        } catch (NotFoundException | NumberFormatException notFound) {
            Pages.notFound("There is no event number " + id + ".");
        }
    }

    public Event getEvent() {
        if (event == null) {
            event = register.getComplete(Long.parseLong(id == null ? "" : id.strip()));
        }
        return event;
    }

    private SearchQuery query() {
        return new SearchQuery(null, null, null, null, null, name, null, null, null);
    }

    public PagedModel<AgreementSummary> getAgreements() {
        return agreements;
    }

    /** The search narrowed to this event, for facets and export. */
    public String getSearchHref() {
        return "/agreements/search.xhtml?event=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
