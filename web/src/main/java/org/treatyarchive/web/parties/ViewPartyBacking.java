package org.treatyarchive.web.parties;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.PartyAgreement;
import org.treatyarchive.agreement.PartyAgreementQuery;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.NotFoundException;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.Messages;
import org.treatyarchive.web.shared.PagedModel;
import org.treatyarchive.web.shared.Pages;
import org.treatyarchive.web.shared.UrlParameters;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code parties/view.xhtml?code=KZ}: the party, its line of succession, and every agreement
 * it takes part in with its own terms, a page at a time. The filters live in the URL (one parameter
 * each, {@code other=AZ} for what two parties have both signed), so that every view is a link; the
 * table pages through them lazily.
 *
 * <p>Request-scoped, reading its filters from each request: the forms carry them back as fields of the
 * same names ({@link #getParameters()}), so the page keeps nothing between requests and is rendered for
 * anonymous readers as a stateless view, without a session, which the page cache can keep for the
 * next reader (a large party's page counts and sorts tens of thousands of rows).
 */
@Named
@RequestScoped
public class ViewPartyBacking {
    private static final List<String> PARAMETERS = List.of("code", "other", "kind", "status", "decade", "predecessors", "sort");
    /** The decades a filter offers: from the archive's oldest agreements (Turkmenchay, 1828) to now. */
    private static final int FIRST_DECADE = 1820;

    @Inject
    AgreementCatalog catalog;

    @Inject
    PartyRegister register;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private PartyAgreementQuery query;
    private RuntimeException unreadable;
    private AgreementSort sort = AgreementSort.SIGNED;
    private List<Party> line;
    private List<Party> successors;
    private AgreementCatalog.PartyFigures figures;
    private List<Party> others;

    private final PagedModel<PartyAgreement> agreements = new PagedModel<>(
            (first, size) -> catalog.partyAgreements(query, new PageRequest<>(first / size, size, sort, sort != AgreementSort.SIGNED)),
            () -> getFigures().total(),
            row -> row.agreement().reference() + "/" + row.asParty().code());

    /**
     * The filters of the address or, on a form's submission, of the fields that carry them; one that
     * cannot be read is left out, and {@link #load()} says so.
     */
    @PostConstruct
    void readParameters() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        PARAMETERS.forEach(name -> set(name, request.get(name)));
        try {
            query = read();
        } catch (InvalidRecordException | BadParameterException cannotRead) {
            unreadable = cannotRead;
            try {
                query = PartyAgreementQuery.of(parameters.get("code"));
            } catch (InvalidRecordException notACode) {
                query = null;
            }
        }
    }

    /** Called by {@code f:viewAction}: an unknown party answers 404; a filter that cannot be read is named and left out. */
    public void load() throws IOException {
        if (query == null) {
            Pages.notFound(unreadable.getMessage());
            return;
        }
        if (unreadable != null) {
            Messages.error(null, unreadable.getMessage());
        }
        try {
            getLine();
        } catch (NotFoundException notFound) {
            Pages.notFound(notFound.getMessage());
        }
    }

    /** The filters as they came, for the forms to send back with whatever they change. */
    public List<Map.Entry<String, String>> getParameters() {
        return parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
                .map(parameter -> Map.entry(parameter.getKey(), parameter.getValue())).toList();
    }

    private PartyAgreementQuery read() {
        sort = switch (String.valueOf(parameters.get("sort")).toLowerCase()) {
            case "title" -> AgreementSort.TITLE;
            case "reference" -> AgreementSort.REFERENCE;
            default -> AgreementSort.SIGNED;
        };
        return new PartyAgreementQuery(parameters.get("code"), !"hide".equals(parameters.get("predecessors")), parameters.get("other"),
                UrlParameters.enumeration("kind", parameters.get("kind"), AgreementKind.class),
                UrlParameters.enumeration("status", parameters.get("status"), AgreementStatus.class),
                UrlParameters.optionalNumber("decade", parameters.get("decade")));
    }

    /** The party and the parties it continues, nearest first. */
    public List<Party> getLine() {
        if (line == null) {
            line = catalog.lineOf(query.partyCode());
        }
        return line;
    }

    public Party getParty() {
        return getLine().get(0);
    }

    public List<Party> getPredecessors() {
        return getLine().subList(1, getLine().size());
    }

    public List<Party> getSuccessors() {
        if (successors == null) {
            successors = register.successorsOf(getParty().getCode());
        }
        return successors;
    }

    /** The counts by status and kind of what the filters let through. */
    public AgreementCatalog.PartyFigures getFigures() {
        if (figures == null) {
            figures = catalog.partyFigures(query);
        }
        return figures;
    }

    public PagedModel<PartyAgreement> getAgreements() {
        return agreements;
    }

    /** Whether a row's party took part through a predecessor of this page's party. */
    public boolean throughPredecessor(PartyAgreement row) {
        return row.throughPredecessorOf(query.partyCode());
    }

    /** The other parties, for "what it has signed with…". */
    public List<Party> getOthers() {
        if (others == null) {
            others = register.all().stream().filter(party -> !party.getCode().equals(getParty().getCode())).toList();
        }
        return others;
    }

    public Party getOther() {
        return query.otherParty() == null ? null : getOthers().stream().filter(party -> party.getCode().equals(query.otherParty()))
                .findFirst().orElse(null);
    }

    public List<Integer> getDecades() {
        List<Integer> decades = new ArrayList<>();
        for (int decade = Year.now().getValue() / 10 * 10; decade >= FIRST_DECADE; decade -= 10) {
            decades.add(decade);
        }
        return decades;
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public PartyAgreementQuery getQuery() {
        return query;
    }

    public String getSort() {
        return sort.name().toLowerCase();
    }

    /** The filter form's button: the same page with the chosen filters in its URL, so that the view is a link. */
    public void apply() throws IOException {
        Pages.redirect("/parties/" + href("code", getCode()));
    }

    /** This page with one parameter changed ({@code null} drops it), the others kept: the switches are links. */
    public String href(String parameter, String value) {
        Map<String, String> next = new LinkedHashMap<>(parameters);
        if (value == null || value.isBlank()) {
            next.remove(parameter);
        } else {
            next.put(parameter, value);
        }
        return "view.xhtml?" + UrlParameters.queryString(PARAMETERS, next);
    }

    /** Every row the filters let through, as CSV with the party's own terms ({@code api/parties/KZ/agreements.csv?…}). */
    public String getExportHref() {
        return exportHref("csv");
    }

    /** The same rows as a workbook ({@code api/parties/KZ/agreements.xlsx?…}). */
    public String getXlsxHref() {
        return exportHref("xlsx");
    }

    private String exportHref(String format) {
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        // The export API names the switch by what it keeps; absent means with them.
        filters.put("withPredecessors", query.withPredecessors() ? null : "false");
        String given = UrlParameters.queryString(List.of("withPredecessors", "other", "kind", "status", "decade"), filters);
        return getParty().getCode() + "/agreements." + format + (given.isEmpty() ? "" : "?" + given);
    }

    /** The party page of another party: what it and this one have both signed. */
    public String withOther(String code) {
        return href("other", code);
    }

    private String get(String name) {
        return parameters.get(name);
    }

    private void set(String name, String value) {
        parameters.put(name, value == null || value.isBlank() ? null : value.strip());
    }

    public String getCode() { return get("code"); }
    public String getOtherCode() { return get("other"); }
    public void setOtherCode(String value) { set("other", value); }
    public String getKind() { return get("kind"); }
    public void setKind(String value) { set("kind", value); }
    public String getStatus() { return get("status"); }
    public void setStatus(String value) { set("status", value); }
    public String getDecade() { return get("decade"); }
    public void setDecade(String value) { set("decade", value); }
    public String getSortBy() { return get("sort"); }
    public void setSortBy(String value) { set("sort", value); }
}
