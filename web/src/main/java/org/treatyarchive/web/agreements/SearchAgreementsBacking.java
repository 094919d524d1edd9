package org.treatyarchive.web.agreements;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.agreement.SearchResult;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageChoice;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.UrlParameters;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.treatyarchive.web.shared.UrlParameters.enumeration;
import static org.treatyarchive.web.shared.UrlParameters.optionalNumber;

/**
 * Backs {@code agreements/search.xhtml}: the search box, the facet panel and the lazily paged hits.
 * The whole query lives in the URL (one parameter per facet), so every search and every facet
 * chosen is a link that can be bookmarked and shared; choosing a facet is following a link.
 *
 * <p>Request-scoped like the list's bean: the query is read from each request (the address, then the
 * fields the forms carry back: {@link #getParameters()}) and the search box's suggestions come from the
 * API, each saying what it searches by, so the page keeps nothing between requests and is rendered for
 * anonymous readers as a stateless view, without a session, which the page cache can keep.
 */
@Named
@RequestScoped
public class SearchAgreementsBacking {

    static final int PAGE_SIZE = 20;
    /** The URL parameters, in the order links write them; {@code q} holds the words. */
    static final List<String> PARAMETERS = List.of("q", "kind", "status", "party", "subject", "decade", "event");

    @Inject
    LanguageChoice language;

    @Inject
    private AgreementCatalog catalog;

    @Inject
    private PartyRegister partyRegister;

    private Map<String, String> partyNames;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private SearchQuery query;
    private InvalidRecordException refused;
    private BadParameterException unreadable;
    private SearchResult firstPage;
    private Long total;
    private LazyDataModel<SearchResult.Hit> hits;

    /**
     * The query of the address or of the fields the forms carry back; one that cannot be read is named by
     * {@link #load()} and nothing is searched. The search itself waits until the page asks for it, so that
     * a suggestion chosen, posted to this page only to be turned into an address, costs no search.
     */
    @PostConstruct
    void readParameters() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        PARAMETERS.forEach(name -> parameters.put(name, request.get(name)));
        try {
            query = new SearchQuery(get("q"), enumeration("kind", get("kind"), AgreementKind.class), get("party"), get("subject"),
                    optionalNumber("decade", get("decade")), get("event"), enumeration("status", get("status"), AgreementStatus.class),
                    null, null);
        } catch (InvalidRecordException invalid) {
            refused = invalid;
        } catch (BadParameterException bad) {
            unreadable = bad;
        }
    }

    /**
     * Called by {@code f:viewAction}: names what in the address was refused or could not be read, or
     * searches it before rendering begins, so that an index that cannot answer gets its error page.
     */
    public void load() {
        if (refused != null) {
            Messages.invalid(refused, Map.of("q", "searchForm:q"));
        } else if (unreadable != null) {
            Messages.error(null, Messages.text("search.badLink", unreadable.getMessage()));
        } else {
            getResult();
        }
    }

    /** The search box's button: the same page with the words in its URL, keeping the chosen facets. */
    public void search() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(page() + queryString(parameters));
    }

    /**
     * A suggestion chosen, by its value ({@code SuggestionResource}): {@code party=TM} narrows by that
     * party instead of the words, {@code q=} and a title searches for the title's words.
     */
    public void suggestionChosen(SelectEvent<String> chosen) throws IOException {
        String value = chosen.getObject() == null ? "" : chosen.getObject();
        if (value.startsWith("party=")) {
            parameters.put("party", value.substring("party=".length()));
            parameters.remove("q");
        } else if (value.startsWith("q=")) {
            parameters.put("q", value.substring("q=".length()));
        }
        search();
    }

    /** The link that chooses a facet value, or lets go of it when it is the chosen one. */
    public String href(String facet, String value) {
        Map<String, String> next = new LinkedHashMap<>(parameters);
        if (value.equals(next.get(facet))) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return page() + queryString(next);
    }

    /** The link without this one facet (or without the words). */
    public String without(String facet) {
        Map<String, String> next = new LinkedHashMap<>(parameters);
        next.remove(facet);
        return page() + queryString(next);
    }

    /** Every match of this search, not one page, in a format ({@code csv}, {@code xlsx}, {@code json}). */
    public String exportHref(String format) {
        String query = queryString(parameters);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/agreements/export?format=" + format
                + (query.isEmpty() ? "" : "&" + query.substring(1));
    }

    public boolean isChosen(String facet, String value) {
        return value.equals(parameters.get(facet));
    }

    /** The facet values chosen, as removable chips: name of the facet to the label of the value. */
    public List<Map.Entry<String, String>> getChosenFacets() {
        if (getResult() == null) {
            return List.of();
        }
        return PARAMETERS.stream().filter(name -> !"q".equals(name) && get(name) != null)
                .map(name -> Map.entry(name, labelOf(name, get(name))))
                .toList();
    }

    private String labelOf(String facet, String value) {
        String indexed = firstPage.facet(facet).stream().filter(option -> option.value().equals(value))
                .map(SearchResult.FacetValue::label).findFirst().orElse(value);
        return optionLabel(facet, value, indexed);
    }

    public String facetTitle(String facet) {
        return SearchResult.FACETS.contains(facet) ? language.text("search.facet." + facet) : facet;
    }

    /** A facet value as the reader's language names it: the index holds the English labels of kinds and statuses. */
    public String optionLabel(String facet, String value, String indexed) {
        try {
            return switch (facet) {
                case "kind" -> language.label(AgreementKind.valueOf(value));
                case "status" -> language.label(AgreementStatus.valueOf(value));
                case "party" -> partyNames().getOrDefault(value, indexed);
                default -> indexed;
            };
        } catch (IllegalArgumentException notAValue) {
            return indexed;
        }
    }

    /** The parties' names in the reader's language, read once per request (none needed in English, the register's own). */
    private Map<String, String> partyNames() {
        if (partyNames == null) {
            partyNames = language.getCurrent() == InterfaceLanguage.ENGLISH ? Map.of() : partyRegister.namesIn(language.getTag());
        }
        return partyNames;
    }

    private static String page() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/agreements/search.xhtml";
    }

    private static String queryString(Map<String, String> values) {
        String joined = UrlParameters.queryString(PARAMETERS, values);
        return joined.isEmpty() ? "" : "?" + joined;
    }

    /** The query as it stands, for the forms to send back with whatever they change. */
    public List<Map.Entry<String, String>> getParameters() {
        return PARAMETERS.stream().filter(name -> get(name) != null).map(name -> Map.entry(name, get(name).strip())).toList();
    }

    private String get(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public LazyDataModel<SearchResult.Hit> getHits() {
        if (hits == null) {
            hits = new HitModel(this);
        }
        return hits;
    }

    /** The words, bound to the search box. */
    public String getQ() {
        return parameters.get("q");
    }

    public void setQ(String q) {
        parameters.put("q", q);
    }

    /**
     * Pages after the first are asked from the index as the reader pages, with the count alone, not the
     * facets: the table's paging updates only the table. The first page comes with the facets.
     */
    private static final class HitModel extends LazyDataModel<SearchResult.Hit> {

        private static final long serialVersionUID = 1L;
        private final transient SearchAgreementsBacking backing;

        HitModel(SearchAgreementsBacking backing) {
            this.backing = backing;
        }

        @Override
        public int count(Map<String, FilterMeta> ignored) {
            return (int) Math.min(Integer.MAX_VALUE, backing.getTotal());
        }

        @Override
        public List<SearchResult.Hit> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
            if (backing.query == null) {
                return List.of();
            }
            if (first == 0 && pageSize == PAGE_SIZE) {
                return backing.getResult().hits();
            }
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            return backing.catalog.search(backing.query, new PageRequest<>(first / size, size, null, false)).hits();
        }

        @Override
        public String getRowKey(SearchResult.Hit row) {
            return row.agreement().reference();
        }
    }

    /** The first page of hits with the facets, searched once per request and only when the page shows it; {@code null} when nothing could be searched. */
    public SearchResult getResult() {
        if (firstPage == null && query != null) {
            firstPage = catalog.search(query, new PageRequest<>(0, PAGE_SIZE, null, false));
        }
        return firstPage;
    }

    /** How many agreements match: from the first page when it was searched, else counted alone (a later page asked by the table). */
    public long getTotal() {
        if (firstPage != null || query == null) {
            return firstPage == null ? 0 : firstPage.total();
        }
        if (total == null) {
            total = catalog.count(query);
        }
        return total;
    }

    public List<String> getFacets() {
        return SearchResult.FACETS;
    }

    /** Whether the address held a query that could be searched (an empty one lists everything). */
    public boolean isSearched() {
        return query != null;
    }
}
