package org.treatyarchive.web.agreements;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.UrlParameters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs {@code agreements/list.xhtml}: the filter form and the lazily paged table.
 *
 * <p>Request-scoped, reading the filters from each request (the address on a first visit, then the
 * fields both forms carry back: {@link #getParameters()}), so that the page keeps nothing between
 * requests and is rendered for anonymous readers as a stateless view, without a session, which the
 * page cache can keep: the list's first page is what most readers open. The column a reader sorted
 * by is carried the same way, as the table itself forgets it in a stateless view.
 */
@Named
@RequestScoped
public class ListAgreementsBacking {

    private static final String TABLE_ID = ":results:agreements";

    @Inject
    AgreementCatalog catalog;

    private String text;
    private String partyCode;
    private AgreementKind kind;
    private AgreementStatus status;
    private Integer fromYear;
    private Integer toYear;
    /** The column sorted by, {@code -} before it when descending; {@code null} for the list's own order. */
    private String sort;

    private BadParameterException unreadable;
    private InvalidRecordException refused;
    private SearchQuery filter = SearchQuery.ALL;
    private LazyDataModel<AgreementSummary> agreements;
    private List<Party> parties;

    /** The filters of the address or of the fields the forms carry back; one that cannot be read is left out and named by {@link #load()}. */
    @PostConstruct
    void readParameters() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = blankToNull(request.get("q"));
        partyCode = blankToNull(request.get("party"));
        kind = readable(() -> UrlParameters.enumeration("kind", request.get("kind"), AgreementKind.class));
        status = readable(() -> UrlParameters.enumeration("status", request.get("status"), AgreementStatus.class));
        fromYear = readable(() -> UrlParameters.optionalNumber("from", request.get("from")));
        toYear = readable(() -> UrlParameters.optionalNumber("to", request.get("to")));
        sort = sortClicked(request) ? sortRequested(request) : AgreementListModel.readableSort(request.get("sort"));
        try {
            filter = query();
        } catch (InvalidRecordException invalid) {
            refused = invalid;
        }
    }

    /**
     * The column a click on a header sorts by ({@code null}: back to the list's own order), read here
     * because the table cannot: in a stateless view it has no sorting state to find the column in, and
     * sorts nothing. The columns' ids are their fields.
     */
    private static String sortRequested(Map<String, String> request) {
        String table = TABLE_ID.substring(1);
        String column = request.get(table + "_sortKey");
        String field = AgreementListModel.readableSort(column.substring(column.lastIndexOf(':') + 1).toUpperCase(Locale.ROOT));
        String direction = request.get(table + "_sortDir");
        return field == null || "0".equals(direction) ? null : ("-1".equals(direction) ? "-" : "") + field;
    }

    private static boolean sortClicked(Map<String, String> request) {
        String table = TABLE_ID.substring(1);
        return "true".equals(request.get(table + "_sorting")) && request.get(table + "_sortKey") != null;
    }

    private <T> T readable(Supplier<T> read) {
        try {
            return read.get();
        } catch (BadParameterException bad) {
            unreadable = unreadable == null ? bad : unreadable;
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Called by {@code f:viewAction}: names what in the address could not be read or was refused; the rest applies. */
    public void load() {
        if (unreadable != null) {
            Messages.error(null, unreadable.getMessage());
        }
        if (refused != null) {
            Messages.invalid(refused, Map.of("signedTo", "filters:toYear"));
        }
    }

    public void apply() {
        if (filter()) {
            backToFirstPage();
            // The address bar follows the filters, so that a filtered list can be bookmarked and sent.
            PrimeFaces.current().executeScript("history.replaceState(null, '', " + Json.createValue(address()) + ");");
        }
    }

    /** The carried sort as the table's own, so that its header shows it after a request that rebuilt the table. */
    public SortMeta getSortMeta() {
        if (sort == null) {
            return null;
        }
        return SortMeta.builder().field(sort.replaceFirst("^-", "")).order(sort.startsWith("-") ? SortOrder.DESCENDING : SortOrder.ASCENDING)
                .build();
    }

    private boolean filter() {
        try {
            filter = query();
            return true;
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, Map.of("signedTo", "filters:toYear"));
            return false;
        }
    }

    private SearchQuery query() {
        return new SearchQuery(text, kind, partyCode, null, null, null, status,
                fromYear == null ? null : LocalDate.of(fromYear, 1, 1),
                toYear == null ? null : LocalDate.of(toYear, 12, 31));
    }

    /** The filters and the sorted column as they stand, for the forms to send back with whatever they change. */
    public List<Map.Entry<String, String>> getParameters() {
        Map<String, String> given = filters();
        given.put("sort", sort);
        return given.entrySet().stream().filter(parameter -> !UrlParameters.isBlank(parameter.getValue()))
                .map(parameter -> Map.entry(parameter.getKey(), parameter.getValue().strip())).toList();
    }

    private Map<String, String> filters() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("q", text);
        given.put("party", partyCode);
        given.put("kind", kind == null ? null : kind.name());
        given.put("status", status == null ? null : status.name());
        given.put("from", fromYear == null ? null : fromYear.toString());
        given.put("to", toYear == null ? null : toYear.toString());
        return given;
    }

    /** This page's address with the filters as they are now (the sorted column stays with the page). */
    private String address() {
        Map<String, String> given = filters();
        String query = UrlParameters.queryString(List.copyOf(given.keySet()), given);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/agreements/list.xhtml"
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** Every agreement the filters let through, not one page, in a format ({@code csv}, {@code xlsx}, {@code json}). */
    public String exportHref(String format) {
        Map<String, String> given = filters();
        // The export names the years as the API does: signedFrom and signedTo.
        given.put("signedFrom", given.remove("from"));
        given.put("signedTo", given.remove("to"));
        List<String> names = List.of("format", "q", "party", "kind", "status", "signedFrom", "signedTo");
        given.put("format", format);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/agreements/export?"
                + UrlParameters.queryString(names, given);
    }

    /** New filters show their first page, not the page number the old filters were on. */
    private void backToFirstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void reset() {
        text = null;
        partyCode = null;
        kind = null;
        status = null;
        fromYear = null;
        toYear = null;
        filter = SearchQuery.ALL;
        refused = null;
        backToFirstPage();
        PrimeFaces.current().executeScript("history.replaceState(null, '', " + Json.createValue(address()) + ");");
    }

    public LazyDataModel<AgreementSummary> getAgreements() {
        if (agreements == null) {
            agreements = new AgreementListModel(catalog, () -> filter, () -> sort);
        }
        return agreements;
    }

    /** The party register for the filter; read once per request. */
    public List<Party> getParties() {
        if (parties == null) {
            parties = catalog.parties();
        }
        return parties;
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public void setPartyCode(String partyCode) {
        this.partyCode = partyCode;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }
}
