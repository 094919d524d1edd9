package org.treatyarchive.web.agreements;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.web.shared.Messages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Backs {@code agreements/list.xhtml}: the filter form and the lazily paged table. */
@Named
@ViewScoped
public class ListAgreementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE_ID = ":results:agreements";

    @Inject
    private AgreementCatalog catalog;

    private String text;
    private String partyCode;
    private AgreementKind kind;
    private AgreementStatus status;
    private Integer fromYear;
    private Integer toYear;

    private SearchQuery filter = SearchQuery.ALL;
    private LazyDataModel<AgreementSummary> agreements;
    private List<Party> parties;

    /** Filters given in the URL ({@code ?q=seabed&party=KZ&kind=PROTOCOL&status=IN_FORCE&from=1990&to=2010}) apply at once. */
    public void load() {
        if (text != null || partyCode != null || kind != null || status != null || fromYear != null || toYear != null) {
            filter();
        }
    }

    public void apply() {
        if (filter()) {
            backToFirstPage();
            // The address bar follows the filters, so that a filtered list can be bookmarked and sent.
            PrimeFaces.current().executeScript("history.replaceState(null, '', " + Json.createValue(address()) + ");");
        }
    }

    private boolean filter() {
        try {
            filter = new SearchQuery(text, kind, partyCode, null, null, null, status,
                    fromYear == null ? null : LocalDate.of(fromYear, 1, 1),
                    toYear == null ? null : LocalDate.of(toYear, 12, 31));
            return true;
        } catch (InvalidRecordException invalid) {
            Messages.invalid(invalid, Map.of("signedTo", "filters:toYear"));
            return false;
        }
    }

    /** This page's address with the filters as they are now. */
    private String address() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        param(query, "q", text);
        param(query, "party", partyCode);
        param(query, "kind", kind == null ? null : kind.name());
        param(query, "status", status == null ? null : status.name());
        param(query, "from", fromYear == null ? null : fromYear.toString());
        param(query, "to", toYear == null ? null : toYear.toString());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/agreements/list.xhtml" + query;
    }

    /** Every agreement the filters let through, not one page, in a format ({@code csv}, {@code xlsx}, {@code json}). */
    public String exportHref(String format) {
        StringJoiner query = new StringJoiner("&", "?", "");
        param(query, "format", format);
        param(query, "q", text);
        param(query, "party", partyCode);
        param(query, "kind", kind == null ? null : kind.name());
        param(query, "status", status == null ? null : status.name());
        param(query, "signedFrom", fromYear == null ? null : fromYear.toString());
        param(query, "signedTo", toYear == null ? null : toYear.toString());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/agreements/export" + query;
    }

    private static void param(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
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
        backToFirstPage();
        PrimeFaces.current().executeScript("history.replaceState(null, '', " + Json.createValue(address()) + ");");
    }

    public LazyDataModel<AgreementSummary> getAgreements() {
        if (agreements == null) {
            agreements = new AgreementListModel(catalog, () -> filter);
        }
        return agreements;
    }

    /** The party register for the filter; read once per view. */
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
