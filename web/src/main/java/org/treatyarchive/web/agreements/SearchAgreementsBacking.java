package org.treatyarchive.web.agreements;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
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
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageChoice;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.treatyarchive.web.shared.UrlParameters.enumeration;
import static org.treatyarchive.web.shared.UrlParameters.optionalNumber;

/**
 * Backs {@code agreements/search.xhtml}: the search box, the facet panel and the lazily paged hits.
 * The whole query lives in the URL (one parameter per facet), so every search and every facet
 * chosen is a link that can be bookmarked and shared; choosing a facet is following a link.
 */
@Named
@ViewScoped
public class SearchAgreementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final int SUGGESTIONS = 9;
    /** The URL parameters, in the order links write them; {@code q} holds the words. */
    static final List<String> PARAMETERS = List.of("q", "kind", "status", "party", "subject", "decade", "event");

    @Inject
    LanguageChoice language;

    @Inject
    private AgreementCatalog catalog;

    @Inject
    private PartyRegister partyRegister;

    private transient Map<String, String> partyNames;

    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> partySuggestions = new HashMap<>();
    private SearchQuery query;
    private SearchResult firstPage;
    private LazyDataModel<SearchResult.Hit> hits;

    /** Called by {@code f:viewAction}: runs the query in the URL for the first page and the facets. */
    public void load() {
        try {
            query = new SearchQuery(get("q"), enumeration("kind", get("kind"), AgreementKind.class), get("party"), get("subject"),
                    optionalNumber("decade", get("decade")), get("event"), enumeration("status", get("status"), AgreementStatus.class),
                    null, null);
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, Map.of("q", "searchForm:q"));
            query = null;
            return;
        } catch (BadParameterException bad) {
            Messages.error(null, Messages.text("search.badLink", bad.getMessage()));
            query = null;
            return;
        }
        firstPage = catalog.search(query, new PageRequest<>(0, PAGE_SIZE, null, false));
    }

    /** The search box's button: the same page with the words in its URL, keeping the chosen facets. */
    public void search() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(page() + queryString(parameters));
    }

    /** A suggestion chosen: a party narrows by that party, a title searches for its words. */
    public void suggestionChosen(SelectEvent<String> chosen) throws IOException {
        String code = partySuggestions.get(chosen.getObject());
        if (code != null) {
            parameters.put("party", code);
            parameters.remove("q");
        }
        search();
    }

    public List<String> suggest(String typed) {
        partySuggestions.clear();
        return catalog.suggest(typed, SUGGESTIONS).stream().map(suggestion -> {
            if (suggestion.kind() == AgreementCatalog.Suggestion.Kind.PARTY) {
                String label = language.text("search.suggestion.party", Party.labelOf(partyNames().getOrDefault(suggestion.value(), suggestion.label()),
                        suggestion.value()));
                partySuggestions.put(label, suggestion.value());
                return label;
            }
            return suggestion.label();
        }).toList();
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
        if (firstPage == null) {
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
        String joined = PARAMETERS.stream().filter(name -> values.get(name) != null && !values.get(name).isBlank())
                .map(name -> name + "=" + URLEncoder.encode(values.get(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
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

    /** Pages after the first are asked from the index as the reader pages; the first comes with the facets. */
    private static final class HitModel extends LazyDataModel<SearchResult.Hit> {

        private static final long serialVersionUID = 1L;
        private final SearchAgreementsBacking backing;

        HitModel(SearchAgreementsBacking backing) {
            this.backing = backing;
        }

        @Override
        public int count(Map<String, FilterMeta> ignored) {
            return backing.firstPage == null ? 0 : (int) Math.min(Integer.MAX_VALUE, backing.firstPage.total());
        }

        @Override
        public List<SearchResult.Hit> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
            if (backing.query == null) {
                return List.of();
            }
            if (first == 0 && pageSize == PAGE_SIZE && backing.firstPage != null) {
                return backing.firstPage.hits();
            }
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            return backing.catalog.search(backing.query, new PageRequest<>(first / size, size, null, false)).hits();
        }

        @Override
        public String getRowKey(SearchResult.Hit row) {
            return row.agreement().reference();
        }
    }

    public SearchResult getResult() {
        return firstPage;
    }

    public List<String> getFacets() {
        return SearchResult.FACETS;
    }

    public boolean isSearched() {
        return firstPage != null;
    }

    // --- URL parameters, bound by f:viewParam ---------------------------------------------------

    public String getQ() {
        return parameters.get("q");
    }

    public void setQ(String q) {
        parameters.put("q", q);
    }

    public String getKind() {
        return parameters.get("kind");
    }

    public void setKind(String kind) {
        parameters.put("kind", kind);
    }

    public String getStatus() {
        return parameters.get("status");
    }

    public void setStatus(String status) {
        parameters.put("status", status);
    }

    public String getParty() {
        return parameters.get("party");
    }

    public void setParty(String party) {
        parameters.put("party", party);
    }

    public String getSubject() {
        return parameters.get("subject");
    }

    public void setSubject(String subject) {
        parameters.put("subject", subject);
    }

    public String getDecade() {
        return parameters.get("decade");
    }

    public void setDecade(String decade) {
        parameters.put("decade", decade);
    }

    public String getEvent() {
        return parameters.get("event");
    }

    public void setEvent(String event) {
        parameters.put("event", event);
    }
}
