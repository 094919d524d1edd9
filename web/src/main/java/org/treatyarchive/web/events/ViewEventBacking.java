package org.treatyarchive.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code events/view.xhtml?id=3}: a summit or meeting, what it adopted, and the agreements
 * the archive records as adopted or signed at it (from the search index, within the reader's
 * access), oldest signature first.
 *
 * <p>Request-scoped, reading the summit from each request: the table's form carries its number back
 * ({@link #getParameters()}), so the page keeps nothing between requests and is rendered for anonymous
 * readers as a stateless view, without a session (a client that keeps no cookie opened one per request,
 * each holding the page's state for half an hour), which the page cache can keep for the next reader.
 */
@Named
@RequestScoped
public class ViewEventBacking {

    @Inject
    EventRegister register;

    @Inject
    AgreementCatalog catalog;

    private String id;
    private Event event;

    private final PagedModel<AgreementSummary> agreements = new PagedModel<>(
            (first, size) -> new Page<>(catalog.list(query(), new PageRequest<>(first / size, size, AgreementSort.SIGNED, true)),
                    catalog.count(query())),
            () -> catalog.count(query()),
            AgreementSummary::reference);

    /** The summit's number, from the address or, when the table pages, from the field that carries it. */
    @PostConstruct
    void readParameters() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }

    /** The summit's number as it came, for the table's form to send back. */
    public List<Map.Entry<String, String>> getParameters() {
        return id == null ? List.of() : List.of(Map.entry("id", id));
    }

    /** Called by {@code f:viewAction}: an unknown or unreadable id answers 404. */
    public void load() throws IOException {
        try {
            getEvent();
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
        return new SearchQuery(null, null, null, null, null, getEvent().getName(), null, null, null);
    }

    public PagedModel<AgreementSummary> getAgreements() {
        return agreements;
    }

    /** The search narrowed to this event, for facets and export. */
    public String getSearchHref() {
        return "/agreements/search.xhtml?event=" + URLEncoder.encode(getEvent().getName(), StandardCharsets.UTF_8);
    }
}
